package org.openprocure.purchasing;

/** The supplier's confirmation status of one order line (UNCL 1229 in Peppol order responses: 5 accepted, 3 changed, 7 not accepted). */
public enum LineConfirmationStatus {
    PENDING,
    ACCEPTED,
    CHANGED,
    REJECTED
}
