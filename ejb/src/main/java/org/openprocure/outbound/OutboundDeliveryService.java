package org.openprocure.outbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.platform.Settings;
import org.openprocure.punchout.CxmlOrderService;
import org.openprocure.punchout.SecretCipher;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Messages;

/**
 * Queues deliveries of orders and goods receipts on the supplier's channel and makes their
 * attempts. Each attempt runs on a persistent EJB timer of its own, created in the transaction that
 * queues the delivery or records the failed attempt before it. A timer survives a server restart,
 * so a due attempt still happens, and it waits exactly the backoff that {@link RetryPolicy} gives.
 * JMS redelivery was not used: Artemis sets its redelivery delay per address, not per message, and
 * it parks a message on the dead-letter queue, where buyers could not see or re-send it.
 */
@Stateless
@PermitAll
public class OutboundDeliveryService {

    private static final Logger LOG = Logger.getLogger(OutboundDeliveryService.class.getName());
    private static final String MAIL_SESSION = "java:jboss/mail/Default";

    @PersistenceContext
    private EntityManager entityManager;

    @Resource
    private TimerService timerService;

    @Resource(lookup = MAIL_SESSION)
    private Session mailSession;

    @Resource
    private SessionContext session;

    @Inject
    private Settings settings;

    @Inject
    private OutboundDocuments documents;

    @Inject
    private CxmlOrderService cxmlOrders;

    @Inject
    private SecretCipher cipher;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private AuditTrail auditTrail;

    /**
     * Queues the delivery of a new, changed or cancelled order to its supplier, on the supplier's
     * channel. A supplier on the PORTAL channel gets nothing sent. It runs on another thread in a
     * transaction of its own, after the order's transaction committed.
     */
    @Asynchronous
    public void queueOrder(long orderId, DeliveryPurpose purpose) {
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, orderId);
        if (order == null) {
            LOG.warning(() -> "Purchase order " + orderId + " is missing; no " + purpose + " delivery queued");
            return;
        }
        SupplierOrderChannel channel = entityManager.find(SupplierOrderChannel.class, order.getSupplier().getId());
        if (channel == null || channel.getChannel() == OrderChannel.PORTAL) {
            return;
        }

        Payload payload = documents.forOrder(order, channel, purpose);
        OutboundDelivery delivery = new OutboundDelivery(DocumentType.PURCHASE_ORDER, order.getId(), order.getId(), order.getSupplier().getId(),
                channel.getChannel(), purpose, order.getRevision(), payload, targetOf(channel, order));
        store(delivery, order.getNumber());
    }

    /** Queues the UBL ReceiptAdvice of a posted goods receipt, for suppliers on the UBL channel only. */
    @Asynchronous
    public void queueReceipt(long receiptId) {
        GoodsReceipt receipt = entityManager.find(GoodsReceipt.class, receiptId);
        if (receipt == null) {
            LOG.warning(() -> "Goods receipt " + receiptId + " is missing; no delivery queued");
            return;
        }
        PurchaseOrder order = receipt.getPurchaseOrder();
        SupplierOrderChannel channel = entityManager.find(SupplierOrderChannel.class, order.getSupplier().getId());
        if (channel == null || channel.getChannel() != OrderChannel.UBL) {
            return;
        }

        OutboundDelivery delivery = new OutboundDelivery(DocumentType.GOODS_RECEIPT, receipt.getId(), order.getId(), order.getSupplier().getId(),
                channel.getChannel(), DeliveryPurpose.RECEIPT, order.getRevision(), documents.forReceipt(receipt), channel.getEndpointUrl());
        store(delivery, receipt.getNumber());
    }

    private void store(OutboundDelivery delivery, String documentNumber) {
        entityManager.persist(delivery);
        entityManager.flush();
        schedule(delivery.getId(), Duration.ZERO);
        auditTrail.record(DocumentType.PURCHASE_ORDER, delivery.getPurchaseOrderId(), "DELIVERY_QUEUED", AuditTrail.SYSTEM,
                "delivery " + delivery.getId() + ": " + delivery.getFormat() + " of " + documentNumber + " on channel " + delivery.getChannel());
        LOG.info(() -> "Delivery " + delivery.getId() + " queued: " + delivery.getFormat() + " of " + documentNumber + " on channel "
                + delivery.getChannel());
    }

    private static String targetOf(SupplierOrderChannel channel, PurchaseOrder order) {
        if (channel.getChannel().postsOverHttp()) {
            return channel.getEndpointUrl();
        }
        String contact = order.getSupplier().getContactEmail();
        return contact == null ? "" : contact;
    }

    /** Makes the attempt a timer is due for. */
    @Timeout
    void due(Timer timer) {
        if (timer.getInfo() instanceof Long deliveryId) {
            attempt(deliveryId);
        }
    }

    /**
     * Makes one attempt at a PENDING delivery and records it. A failure schedules the next attempt
     * after the backoff, or marks the delivery FAILED when it was the last one allowed.
     */
    void attempt(long deliveryId) {
        OutboundDelivery delivery = entityManager.find(OutboundDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.getStatus() != DeliveryStatus.PENDING) {
            LOG.fine(() -> "Delivery " + deliveryId + " is missing or no longer pending; no attempt made");
            return;
        }

        Instant started = Instant.now();
        AttemptOutcome outcome = send(delivery);
        Instant finished = Instant.now();
        entityManager.persist(new DeliveryAttempt(deliveryId, started, Duration.between(started, finished).toMillis(), outcome.httpStatus(),
                outcome.succeeded(), outcome.error()));

        if (outcome.succeeded()) {
            delivery.delivered(finished);
            auditTrail.record(DocumentType.PURCHASE_ORDER, delivery.getPurchaseOrderId(), "DELIVERED", AuditTrail.SYSTEM,
                    "delivery " + deliveryId + " after " + delivery.getAttempts() + " attempt(s)");
            LOG.info(() -> "Delivery " + deliveryId + " delivered on attempt " + delivery.getAttempts());
            return;
        }
        RetryPolicy policy = new RetryPolicy(settings.outboundFirstRetry(), settings.outboundMaxAttempts());
        int failed = delivery.getAttempts() + 1;
        Instant next = policy.nextAttempt(failed, finished);
        delivery.attemptFailed(outcome.error(), next);
        if (next != null) {
            schedule(deliveryId, policy.waitAfter(failed));
            LOG.warning(() -> "Delivery " + deliveryId + " attempt " + failed + " failed (" + outcome.error() + "); next attempt at " + next);
        } else {
            auditTrail.record(DocumentType.PURCHASE_ORDER, delivery.getPurchaseOrderId(), "DELIVERY_FAILED", AuditTrail.SYSTEM,
                    "delivery " + deliveryId + " after " + failed + " attempt(s): " + outcome.error());
            LOG.warning(() -> "Delivery " + deliveryId + " failed after " + failed + " attempts: " + outcome.error());
        }
    }

    private AttemptOutcome send(OutboundDelivery delivery) {
        try {
            return switch (delivery.getChannel()) {
                case CXML -> HttpDelivery.post(delivery.getTarget(), delivery.getContentType(), withSharedSecret(delivery), true);
                case UBL -> HttpDelivery.post(delivery.getTarget(), delivery.getContentType(), delivery.getPayload(), false);
                case EMAIL -> mail(delivery);
                case PORTAL -> AttemptOutcome.failure(null, "The PORTAL channel sends nothing");
            };
        } catch (RuntimeException e) {
            // A bad URL or a broken stored document fails this attempt, which is recorded instead of rolled back.
            return AttemptOutcome.failure(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private byte[] withSharedSecret(OutboundDelivery delivery) {
        SupplierOrderChannel channel = entityManager.find(SupplierOrderChannel.class, delivery.getSupplierId());
        String secret = channel == null ? null : channel.sharedSecret(cipher);
        if (secret == null) {
            secret = cxmlOrders.punchOutSharedSecret(delivery.getSupplierId());
        }
        String document = new String(delivery.getPayload(), StandardCharsets.UTF_8);
        return CxmlSecrets.withSharedSecret(document, secret).getBytes(StandardCharsets.UTF_8);
    }

    private AttemptOutcome mail(OutboundDelivery delivery) {
        if (delivery.getTarget().isEmpty()) {
            return AttemptOutcome.failure(null, "The supplier has no contact e-mail address");
        }
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, delivery.getPurchaseOrderId());
        String language = order.getSupplier().getContactLanguage();
        Locale locale = Locale.forLanguageTag(language);
        String key = "outbound.mail." + delivery.getPurpose().name().toLowerCase(Locale.ROOT);
        String subject = Messages.format(locale, key + ".subject", order.getNumber(), delivery.getOrderRevision());
        String body = Messages.format(locale, key + ".body", order.getNumber(), delivery.getOrderRevision(), settings.companyName());
        return MailDelivery.send(mailSession, new MailDelivery.Mail(delivery.getTarget(), language, subject, body,
                order.getNumber() + (delivery.getOrderRevision() > 0 ? "-" + delivery.getOrderRevision() : "") + ".pdf",
                delivery.getContentType(), delivery.getPayload()));
    }

    private void schedule(long deliveryId, Duration wait) {
        timerService.createSingleActionTimer(Math.max(1, wait.toMillis()), new TimerConfig(deliveryId, true));
    }

    /** Returns the deliveries of an order and of its goods receipts, oldest first, to staff. */
    @RolesAllowed({"buyer", "administrator", "receiver", "accounts-payable"})
    public List<OutboundDelivery> deliveriesOf(long orderId) {
        purchaseOrders.get(orderId);
        return entityManager.createQuery("select d from OutboundDelivery d where d.purchaseOrderId = :orderId order by d.id",
                        OutboundDelivery.class)
                .setParameter("orderId", orderId)
                .getResultList();
    }

    /** Returns the attempts of these deliveries, oldest first. */
    @RolesAllowed({"buyer", "administrator", "receiver", "accounts-payable"})
    public List<DeliveryAttempt> attemptsOf(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select a from DeliveryAttempt a where a.deliveryId in :ids order by a.id", DeliveryAttempt.class)
                .setParameter("ids", deliveryIds)
                .getResultList();
    }

    /** Sends a failed or delivered delivery again, with a new round of attempts that starts at once. */
    @RolesAllowed("buyer")
    public OutboundDelivery resend(long orderId, long deliveryId) {
        purchaseOrders.get(orderId);
        OutboundDelivery delivery = entityManager.find(OutboundDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.getPurchaseOrderId() != orderId) {
            throw new DocumentNotFoundException(DocumentType.OUTBOUND_DELIVERY, deliveryId);
        }
        String buyer = session.getCallerPrincipal().getName();

        delivery.resend(Instant.now());
        schedule(deliveryId, Duration.ZERO);
        auditTrail.record(DocumentType.PURCHASE_ORDER, orderId, "DELIVERY_RESENT", buyer, "delivery " + deliveryId);

        LOG.info(() -> "Delivery " + deliveryId + " of order " + orderId + " sent again by " + buyer);
        return delivery;
    }
}
