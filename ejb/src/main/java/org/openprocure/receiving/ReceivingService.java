package org.openprocure.receiving;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChanged;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentNumberSeries;
import org.openprocure.shared.DocumentNumbers;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.supplier.SupplierScope;

/** Posts goods receipts and requests a new match of the order's invoices. */
@Stateless
@PermitAll
public class ReceivingService {

    private static final Logger LOG = Logger.getLogger(ReceivingService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<GoodsReceiptPosted> receiptPosted;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private DocumentNumbers numbers;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<PurchaseOrderChanged> orderChanged;

    @Inject
    private SupplierScope scope;

    @Resource
    private SessionContext session;

    /**
     * Quantities of one order line in a receipt; a null accepted quantity means received minus
     * rejected. Goods of several batches (lots) take one line each. The rejection reason says why
     * goods were rejected, and is null when none were.
     */
    public record ReceivedLine(String lineNumber, BigDecimal receivedQuantity, BigDecimal acceptedQuantity, BigDecimal rejectedQuantity,
                               String batch, String rejectionReason) {
    }

    @RolesAllowed("receiver")
    public GoodsReceipt post(long orderId, List<ReceivedLine> lines) {
        Inputs.requireEntries(lines, "lines");
        PurchaseOrder order = purchaseOrders.getForUpdate(orderId);
        String receiver = session.getCallerPrincipal().getName();
        GoodsReceipt receipt = new GoodsReceipt(numbers.next(DocumentNumberSeries.GOODS_RECEIPT), order, receiver);

        for (ReceivedLine line : lines) {
            receipt.post(line);
        }
        entityManager.persist(receipt);
        auditTrail.record(DocumentType.GOODS_RECEIPT, receipt.getId(), "POSTED", receiver, order.getNumber());
        auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "GOODS_RECEIVED", receiver, receipt.getNumber());
        orderChanged.fire(new PurchaseOrderChanged(order.getId()));
        receiptPosted.fire(new GoodsReceiptPosted(receipt.getId()));

        LOG.info(() -> "Goods receipt " + receipt.getNumber() + " posted for order " + order.getNumber() + ", now " + order.getStatus());
        return receipt;
    }

    /**
     * Returns the order the receiver asked for by its number, or by the number of one of its
     * shipping notices, with its lines loaded. The order number is tried first.
     */
    @RolesAllowed({"receiver", "administrator"})
    public Optional<PurchaseOrder> findOrderToReceive(String orderOrNoticeNumber) {
        if (orderOrNoticeNumber == null || orderOrNoticeNumber.isBlank()) {
            return Optional.empty();
        }
        String number = orderOrNoticeNumber.strip();
        Optional<PurchaseOrder> order = purchaseOrders.findByNumber(number).or(() -> entityManager.createQuery(
                        "select n.purchaseOrder from ShippingNotice n where n.number = :number order by n.id desc", PurchaseOrder.class)
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultStream()
                .findFirst());
        order.ifPresent(found -> found.getLines().size());
        return order;
    }

    public GoodsReceipt get(long id) {
        GoodsReceipt receipt = entityManager.find(GoodsReceipt.class, id);
        if (receipt == null) {
            throw new DocumentNotFoundException(DocumentType.GOODS_RECEIPT, id);
        }
        scope.requireVisible(DocumentType.GOODS_RECEIPT, id, receipt.getPurchaseOrder().getSupplier());
        return receipt;
    }

    /** Tells whether this user posted any goods receipt for the order. */
    public boolean hasPosted(long orderId, String user) {
        return !entityManager.createQuery("select r.id from GoodsReceipt r where r.purchaseOrder.id = :id and r.postedBy = :user", Long.class)
                .setParameter("id", orderId)
                .setParameter("user", user)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<GoodsReceipt> forOrder(long orderId) {
        return entityManager.createQuery("select r from GoodsReceipt r where r.purchaseOrder.id = :id order by r.id", GoodsReceipt.class)
                .setParameter("id", orderId)
                .getResultList();
    }
}
