package org.openprocure.integration;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.punchout.SecretCipher;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

/** Webhook subscriptions and their delivery log, for administrators. */
@Stateless
@RolesAllowed("administrator")
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecretCipher cipher;

    @Inject
    private WebhookDispatcher dispatcher;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    public WebhookSubscription subscribe(WebhookSubscriptionDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        String secret = WebhookSubscription.checkedSecret(draft.secret());
        String actor = session.getCallerPrincipal().getName();
        WebhookSubscription subscription = new WebhookSubscription(draft.url(), draft.eventTypes(), cipher.encrypt(secret), actor);

        entityManager.persist(subscription);
        auditTrail.record(DocumentType.WEBHOOK_SUBSCRIPTION, subscription.getId(), "CREATED", actor,
                String.join(",", subscription.getEventTypes()));

        LOG.info(() -> "Webhook subscription " + subscription.getId() + " created for " + subscription.getEventTypes());
        return subscription;
    }

    /** Stops new deliveries to the subscription; pending ones still run their course and the log stays. */
    public WebhookSubscription deactivate(long subscriptionId) {
        WebhookSubscription subscription = get(subscriptionId);
        subscription.deactivate();
        auditTrail.record(DocumentType.WEBHOOK_SUBSCRIPTION, subscriptionId, "DEACTIVATED", session.getCallerPrincipal().getName());
        LOG.info(() -> "Webhook subscription " + subscriptionId + " deactivated");
        return subscription;
    }

    public WebhookSubscription get(long subscriptionId) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, subscriptionId);
        if (subscription == null) {
            throw new DocumentNotFoundException(DocumentType.WEBHOOK_SUBSCRIPTION, subscriptionId);
        }
        return subscription;
    }

    public List<WebhookSubscription> list(int first, int size) {
        return entityManager.createQuery("select s from WebhookSubscription s order by s.id", WebhookSubscription.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** Returns one page of the subscription's deliveries, newest first, with their attempts. */
    public List<WebhookDelivery> deliveries(long subscriptionId, int first, int size) {
        get(subscriptionId);
        List<WebhookDelivery> page = entityManager.createQuery("""
                        select d from WebhookDelivery d join fetch d.event
                        where d.subscription.id = :subscription order by d.id desc""", WebhookDelivery.class)
                .setParameter("subscription", subscriptionId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        page.forEach(delivery -> delivery.getAttempts().size());
        return page;
    }

    /** Sends a FAILED delivery again with a fresh series of retries. */
    public WebhookDelivery resend(long subscriptionId, long deliveryId) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.getSubscription().getId().equals(subscriptionId)) {
            throw new DocumentNotFoundException(DocumentType.WEBHOOK_DELIVERY, deliveryId);
        }
        delivery.resend(Instant.now());
        dispatcher.scheduleNow(deliveryId);
        auditTrail.record(DocumentType.WEBHOOK_SUBSCRIPTION, subscriptionId, "DELIVERY_RESENT", session.getCallerPrincipal().getName(),
                "delivery " + deliveryId);

        LOG.info(() -> "Webhook delivery " + deliveryId + " re-sent");
        return delivery;
    }
}
