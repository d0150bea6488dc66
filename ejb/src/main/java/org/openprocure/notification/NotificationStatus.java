package org.openprocure.notification;

/** Life cycle of an outbox e-mail: PENDING until the mail server accepts it (SENT) or the send attempt fails (FAILED). */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
