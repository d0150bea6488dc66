package org.openprocure.user;

/** Whether a user record still holds personal data; only ERASED is named in messages. */
enum UserAccountState {
    ACTIVE,
    ERASED
}
