package org.openprocure.user;

/** State of a user record's personal data. Only ERASED appears, in the message that rejects a second erasure. */
enum UserAccountState {
    ACTIVE,
    ERASED
}
