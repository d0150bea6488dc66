package org.openprocure.user;

/** Origin of the last change to a user record. */
public enum UserAccountSource {
    ADMINISTRATOR,
    ERP
}
