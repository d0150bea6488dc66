package org.openprocure.matching;

import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.invoicing.InvoiceReceived;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChanged;

/**
 * Asks for a match run by sending the invoice id to the match queue. It sends through the XA
 * connection factory, so a request exists only if the transaction that caused it commits. All
 * requests about one purchase order share a message group, so the broker hands them to one
 * consumer at a time and the runs of one order never overlap.
 */
@Stateless
@PermitAll
public class MatchRequestPublisher {

    /** Name of the long property that carries the invoice id; the message has no body. */
    public static final String INVOICE_ID = "invoiceId";
    /** The JMS property that names a message group. */
    static final String GROUP_ID = "JMSXGroupID";

    private static final Logger LOG = Logger.getLogger(MatchRequestPublisher.class.getName());

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext context;

    @Resource(lookup = "java:/jms/queue/openprocure/MatchRequests")
    private Queue queue;

    @PersistenceContext
    private EntityManager entityManager;

    public void request(long invoiceId) {
        Message message = context.createMessage();
        try {
            message.setLongProperty(INVOICE_ID, invoiceId);
            message.setStringProperty(GROUP_ID, group(orderNumberOf(invoiceId), invoiceId));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot set the invoice id on a match request", e);
        }
        context.createProducer().send(queue, message);
        LOG.fine(() -> "Match requested for invoice " + invoiceId);
    }

    /**
     * Returns the message group of a request: the order's number, which an invoice names before the
     * order exists and keeps once linked, or the invoice itself when it names no order.
     */
    static String group(String orderNumber, long invoiceId) {
        return orderNumber == null ? "invoice:" + invoiceId : "order:" + orderNumber;
    }

    private String orderNumberOf(long invoiceId) {
        return entityManager.createQuery("""
                        select coalesce(o.number, i.orderReference,
                            (select min(l.orderReference) from SupplierInvoiceLine l where l.invoice = i))
                        from SupplierInvoice i left join i.purchaseOrder o
                        where i.id = :id""", String.class)
                .setParameter("id", invoiceId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public void onInvoiceReceived(@Observes InvoiceReceived event) {
        request(event.invoiceId());
    }

    /**
     * Requests a match of every invoice linked to the order, or waiting for an order with its
     * number, and of every invoice with a line that names the order for itself. Rejected invoices
     * are left out, because they are never matched.
     */
    public void onOrderChanged(@Observes PurchaseOrderChanged event) {
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, event.orderId());
        Set<Long> invoiceIds = new TreeSet<>(entityManager.createQuery("""
                        select i.id from SupplierInvoice i
                        where (i.purchaseOrder.id = :orderId or (i.purchaseOrder is null and i.orderReference = :number))
                        and i.status <> :rejected""", Long.class)
                .setParameter("orderId", order.getId())
                .setParameter("number", order.getNumber())
                .setParameter("rejected", InvoiceStatus.REJECTED)
                .getResultList());
        invoiceIds.addAll(entityManager.createQuery("""
                        select distinct l.invoice.id from SupplierInvoiceLine l
                        where l.orderReference = :number and l.invoice.status <> :rejected""", Long.class)
                .setParameter("number", order.getNumber())
                .setParameter("rejected", InvoiceStatus.REJECTED)
                .getResultList());
        invoiceIds.forEach(this::request);
    }
}
