package org.openprocure.notification;

/** CDI event fired in the transaction that stored an outbox e-mail, with the id of its notification row. */
public record NotificationQueued(long notificationId) {
}
