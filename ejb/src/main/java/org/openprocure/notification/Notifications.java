package org.openprocure.notification;

import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.shared.DocumentType;

/**
 * Queues e-mails in the outbox. The row is written in the caller's transaction and
 * {@link NotificationDispatcher} has it sent only after that transaction commits, so a change that rolls
 * back sends nothing, and a mail server that fails never rolls the change back.
 */
@Stateless
@PermitAll
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<NotificationQueued> queued;

    /** Stores a PENDING e-mail about a document and returns it. The language is fr or en, the language of the text. */
    public Notification queue(String recipient, String language, String subject, String body, DocumentType documentType, long documentId) {
        Notification notification = new Notification(recipient, language, subject, body, documentType, documentId);

        entityManager.persist(notification);
        queued.fire(new NotificationQueued(notification.getId()));

        LOG.info(() -> "Notification " + notification.getId() + " queued about " + documentType + " " + documentId);
        return notification;
    }
}
