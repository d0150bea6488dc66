package org.openprocure.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands each queued e-mail to {@link NotificationSender} once the transaction that queued it has
 * committed. After a rollback the observer is not called, so nothing is sent. This is a plain CDI
 * bean, not an EJB, so that no container transaction starts while the committed one is still completing.
 */
@ApplicationScoped
public class NotificationDispatcher {

    @Inject
    private NotificationSender sender;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        sender.send(queued.notificationId());
    }
}
