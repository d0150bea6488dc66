package org.openprocure.punchout;

/** OPEN until the shop posts a cart back, then USED: the token is one-time. */
public enum PunchOutSessionStatus {
    OPEN,
    USED
}
