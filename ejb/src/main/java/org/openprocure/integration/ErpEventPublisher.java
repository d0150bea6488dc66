package org.openprocure.integration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.invoicing.InvoiceDispute;
import org.openprocure.invoicing.InvoiceDisputeClosed;
import org.openprocure.invoicing.InvoiceDisputeOpened;
import org.openprocure.invoicing.InvoiceLifecycleChanged;
import org.openprocure.invoicing.LifecycleStatus;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.purchasing.OrderConfirmationReceived;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderIssued;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.GoodsReceiptPosted;
import org.openprocure.supplier.Supplier;

/**
 * Turns business events into ERP messages. Each observer runs in the business transaction, stores
 * the message, sends it to the topic through the XA connection factory and schedules one webhook
 * delivery per interested subscription on a persistent timer. All of that happens only when the
 * business transaction commits, so the ERP never hears of a change that was rolled back.
 * Messages carry ids, numbers, codes and amounts, never a person's name or address.
 */
@Stateless
@PermitAll
public class ErpEventPublisher {

    public static final String TOPIC = "java:/jms/topic/openprocure/ErpEvents";
    /** The JMS string property with the event's type name, for message selectors. */
    public static final String EVENT_TYPE_PROPERTY = "eventType";

    private static final Logger LOG = Logger.getLogger(ErpEventPublisher.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext context;

    @Resource(lookup = TOPIC)
    private Topic topic;

    @Inject
    private WebhookDispatcher dispatcher;

    public void onOrderIssued(@Observes PurchaseOrderIssued issued) {
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, issued.orderId());
        JsonObjectBuilder data = order(order)
                .add("currency", order.getCurrency())
                .add("netTotal", order.netTotal().amount());
        if (order.getRequisitionId() != null) {
            data.add("requisitionId", order.getRequisitionId());
        }
        publish(ErpEventType.PURCHASE_ORDER_ISSUED, data);
    }

    public void onConfirmation(@Observes OrderConfirmationReceived confirmation) {
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, confirmation.orderId());
        publish(ErpEventType.ORDER_CONFIRMATION_RECEIVED, order(order)
                .add("outcome", confirmation.outcome())
                .add("orderStatus", order.getStatus().name()));
    }

    public void onReceiptPosted(@Observes GoodsReceiptPosted posted) {
        GoodsReceipt receipt = entityManager.find(GoodsReceipt.class, posted.receiptId());
        PurchaseOrder order = receipt.getPurchaseOrder();
        publish(ErpEventType.GOODS_RECEIPT_POSTED, order(order)
                .add("receiptId", receipt.getId())
                .add("receiptNumber", receipt.getNumber())
                .add("orderStatus", order.getStatus().name()));
    }

    /** Publishes "invoice good to pay" each time an invoice reaches 205 Approuvée. */
    public void onLifecycleChanged(@Observes InvoiceLifecycleChanged changed) {
        if (changed.status() != LifecycleStatus.APPROVED) {
            return;
        }
        SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, changed.invoiceId());
        JsonObjectBuilder data = invoice(invoice)
                .add("currency", invoice.getCurrency())
                .add("lifecycleCode", changed.status().code());
        addAmount(data, "totalWithVat", invoice.getTotalWithVat());
        if (invoice.getPurchaseOrder() != null) {
            data.add("orderId", invoice.getPurchaseOrder().getId()).add("orderNumber", invoice.getPurchaseOrder().getNumber());
        }
        publish(ErpEventType.INVOICE_GOOD_TO_PAY, data);
    }

    public void onDisputeOpened(@Observes InvoiceDisputeOpened opened) {
        InvoiceDispute dispute = entityManager.find(InvoiceDispute.class, opened.disputeId());
        publish(ErpEventType.DISPUTE_OPENED, invoice(dispute.getInvoice())
                .add("disputeId", dispute.getId())
                .add("reason", dispute.getReason().name()));
    }

    public void onDisputeClosed(@Observes InvoiceDisputeClosed closed) {
        InvoiceDispute dispute = entityManager.find(InvoiceDispute.class, closed.disputeId());
        SupplierInvoice invoice = dispute.getInvoice();
        JsonObjectBuilder data = invoice(invoice)
                .add("disputeId", dispute.getId())
                .add("outcome", closed.outcome().name());
        if (invoice.getLifecycle() != null) {
            data.add("lifecycleCode", invoice.getLifecycle().code());
        }
        publish(ErpEventType.DISPUTE_CLOSED, data);
    }

    private void publish(ErpEventType type, JsonObjectBuilder data) {
        ErpEvent event = new ErpEvent(type, Instant.now());
        event.setPayload(Json.createObjectBuilder()
                .add("eventId", event.getEventId())
                .add("type", type.typeName())
                .add("occurredAt", event.getOccurredAt().toString())
                .add("data", data)
                .build()
                .toString());
        entityManager.persist(event);

        context.createProducer().setProperty(EVENT_TYPE_PROPERTY, type.typeName()).send(topic, event.getPayload());
        List<WebhookSubscription> subscriptions = entityManager.createQuery(
                        "select s from WebhookSubscription s where s.active = true order by s.id", WebhookSubscription.class)
                .getResultList();
        for (WebhookSubscription subscription : subscriptions) {
            if (subscription.wants(type)) {
                WebhookDelivery delivery = new WebhookDelivery(subscription, event, event.getOccurredAt());
                entityManager.persist(delivery);
                dispatcher.scheduleNow(delivery.getId());
            }
        }
        LOG.info(() -> "ERP event " + type.typeName() + " " + event.getEventId() + " published");
    }

    private static JsonObjectBuilder order(PurchaseOrder order) {
        return supplier(Json.createObjectBuilder()
                .add("orderId", order.getId())
                .add("orderNumber", order.getNumber()), order.getSupplier());
    }

    private static JsonObjectBuilder invoice(SupplierInvoice invoice) {
        return supplier(Json.createObjectBuilder()
                .add("invoiceId", invoice.getId())
                .add("invoiceNumber", invoice.getNumber()), invoice.getSupplier());
    }

    private static JsonObjectBuilder supplier(JsonObjectBuilder data, Supplier supplier) {
        if (supplier != null) {
            data.add("supplierId", supplier.getId());
            if (supplier.getCode() != null) {
                data.add("supplierCode", supplier.getCode());
            }
        }
        return data;
    }

    private static void addAmount(JsonObjectBuilder data, String name, BigDecimal amount) {
        if (amount != null) {
            data.add(name, amount);
        }
    }
}
