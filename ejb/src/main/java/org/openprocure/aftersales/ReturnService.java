package org.openprocure.aftersales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.SupplierInvoiceLine;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChanged;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.GoodsReceiptLine;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentNumberSeries;
import org.openprocure.shared.DocumentNumbers;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.SupplierScope;

/**
 * Posts and cancels returns, and settles them each time their order changes. Posting or
 * cancelling a return fires {@link PurchaseOrderChanged}, so every invoice of the order is
 * matched again with the quantity the return withholds.
 */
@Stateless
@PermitAll
public class ReturnService {

    private static final Logger LOG = Logger.getLogger(ReturnService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ReceivingService receiving;

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

    @RolesAllowed({"buyer", "receiver", "accounts-payable"})
    public ReturnClaim post(ReturnDraft draft) {
        Inputs.requirePresent(draft, "body");
        GoodsReceipt receipt = receiving.get(Inputs.requirePresent(draft.goodsReceiptId(), "goodsReceiptId"));
        GoodsReceiptLine receiptLine = receiptLine(receipt, Inputs.requireText(draft.lineNumber(), "lineNumber"));
        PurchaseOrderLine orderLine = receiptLine.getOrderLine();
        SupplierInvoiceLine billedBy = billedBy(orderLine, draft.invoiceId());
        String actor = session.getCallerPrincipal().getName();
        ReturnClaim claim = new ReturnClaim(numbers.next(DocumentNumberSeries.RETURN_CLAIM), receiptLine,
                acceptedOnReceipt(receipt, orderLine), returnedBefore(receipt, orderLine), billedBy, draft, actor);

        entityManager.persist(claim);
        PurchaseOrder order = claim.getPurchaseOrder();
        auditTrail.record(DocumentType.RETURN_CLAIM, claim.getId(), "POSTED", actor,
                claim.getReason() + ", " + claim.getRemedy() + ", receipt " + receipt.getNumber());
        auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "RETURN_POSTED", actor, claim.getNumber());
        orderChanged.fire(new PurchaseOrderChanged(order.getId()));

        LOG.info(() -> "Return " + claim.getNumber() + " posted on order " + order.getNumber() + " line " + orderLine.getLineNumber());
        return claim;
    }

    @RolesAllowed("buyer")
    public ReturnClaim cancel(long id, String note) {
        ReturnClaim claim = get(id);
        String actor = session.getCallerPrincipal().getName();
        claim.cancel(note, actor);

        auditTrail.record(DocumentType.RETURN_CLAIM, claim.getId(), "CANCELLED", actor);
        auditTrail.record(DocumentType.PURCHASE_ORDER, claim.getPurchaseOrder().getId(), "RETURN_CANCELLED", actor, claim.getNumber());
        orderChanged.fire(new PurchaseOrderChanged(claim.getPurchaseOrder().getId()));

        LOG.info(() -> "Return " + claim.getNumber() + " cancelled");
        return claim;
    }

    /** Returns the return; a supplier user gets only their company's, and 404 for any other. */
    public ReturnClaim get(long id) {
        ReturnClaim claim = entityManager.find(ReturnClaim.class, id);
        if (claim == null) {
            throw new DocumentNotFoundException(DocumentType.RETURN_CLAIM, id);
        }
        scope.requireVisible(DocumentType.RETURN_CLAIM, id, claim.getPurchaseOrder().getSupplier());
        return claim;
    }

    /** Returns one page of the returns the caller may see, newest first, of one order when {@code orderId} is given. */
    public List<ReturnClaim> list(Long orderId, int first, int size) {
        Optional<Long> supplierId = scope.restriction();
        List<String> conditions = new ArrayList<>();
        if (orderId != null) {
            conditions.add("r.purchaseOrder.id = :orderId");
        }
        supplierId.ifPresent(id -> conditions.add("r.purchaseOrder.supplier.id = :supplierId"));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<ReturnClaim> query = entityManager.createQuery("select r from ReturnClaim r" + where + " order by r.id desc",
                ReturnClaim.class);
        if (orderId != null) {
            query.setParameter("orderId", orderId);
        }
        supplierId.ifPresent(id -> query.setParameter("supplierId", id));
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Settles the returns of one order line against its counters; {@code credited} is what credit notes took back from it. */
    public ReturnSettlement settlement(PurchaseOrderLine line, BigDecimal credited) {
        return settlement(claimsOf(line), line, credited);
    }

    private static ReturnSettlement settlement(List<ReturnClaim> claims, PurchaseOrderLine line, BigDecimal credited) {
        if (claims.isEmpty()) {
            return ReturnSettlement.NONE;
        }
        return ReturnSettlement.of(claims.stream().map(ReturnClaim::asClaim).toList(), credited, line.getAcceptedQuantity(),
                line.expectedQuantity());
    }

    /**
     * Derives the status of every return of the order again, in the transaction that changed the
     * order: a credit note linked to it, a receipt, a confirmation, a return posted or cancelled.
     */
    public void onOrderChanged(@Observes PurchaseOrderChanged event) {
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, event.orderId());
        for (PurchaseOrderLine line : order.getLines()) {
            if (line.getReturnedQuantity().signum() > 0) {
                settle(line);
            }
        }
    }

    private void settle(PurchaseOrderLine line) {
        List<ReturnClaim> claims = claimsOf(line);
        ReturnSettlement settlement = settlement(claims, line, line.getCreditedQuantity());
        for (ReturnClaim claim : claims) {
            if (claim.settle(settlement.settled(claim.getId()))) {
                String action = claim.getStatus() == ReturnStatus.OPEN ? "REOPENED" : claim.getStatus().name();
                auditTrail.record(DocumentType.RETURN_CLAIM, claim.getId(), action, AuditTrail.SYSTEM,
                        claim.getSettledQuantity().stripTrailingZeros().toPlainString() + " " + claim.getUnitCode() + " settled");
                LOG.info(() -> "Return " + claim.getNumber() + " now " + claim.getStatus());
            }
        }
    }

    /** Returns the order line's returns that are not cancelled, oldest first. */
    private List<ReturnClaim> claimsOf(PurchaseOrderLine line) {
        return entityManager.createQuery("""
                        select r from ReturnClaim r where r.orderLine.id = :lineId and r.status <> :cancelled order by r.id""",
                        ReturnClaim.class)
                .setParameter("lineId", line.getId())
                .setParameter("cancelled", ReturnStatus.CANCELLED)
                .getResultList();
    }

    private static GoodsReceiptLine receiptLine(GoodsReceipt receipt, String lineNumber) {
        return receipt.getLines().stream()
                .filter(line -> line.getOrderLine().getLineNumber().equals(lineNumber))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("error.return.lineNotOnReceipt", receipt.getNumber(), lineNumber));
    }

    /** Returns the quantity the receipt accepted on the order line, over all its lines for it. */
    private static BigDecimal acceptedOnReceipt(GoodsReceipt receipt, PurchaseOrderLine orderLine) {
        return receipt.getLines().stream()
                .filter(line -> line.getOrderLine().equals(orderLine))
                .map(GoodsReceiptLine::getAcceptedQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal returnedBefore(GoodsReceipt receipt, PurchaseOrderLine orderLine) {
        BigDecimal returned = entityManager.createQuery("""
                        select sum(r.quantity) from ReturnClaim r
                        where r.receiptLine.receipt.id = :receiptId and r.orderLine.id = :lineId and r.status <> :cancelled""",
                        BigDecimal.class)
                .setParameter("receiptId", receipt.getId())
                .setParameter("lineId", orderLine.getId())
                .setParameter("cancelled", ReturnStatus.CANCELLED)
                .getSingleResult();
        return returned == null ? BigDecimal.ZERO : returned;
    }

    /**
     * Returns the invoice line that billed the order line: on the named invoice, which must bill it,
     * or else on the only invoice that billed it. Null when none is named and none or several billed it.
     */
    private SupplierInvoiceLine billedBy(PurchaseOrderLine orderLine, Long invoiceId) {
        List<SupplierInvoiceLine> billing = entityManager.createQuery("""
                        select l from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.quantity > 0
                        and l.invoice.kind = org.openprocure.invoicing.InvoiceKind.INVOICE
                        order by l.id""", SupplierInvoiceLine.class)
                .setParameter("lineId", orderLine.getId())
                .getResultList();
        if (invoiceId == null) {
            long invoices = billing.stream().map(line -> line.getInvoice().getId()).distinct().count();
            return invoices == 1 ? billing.get(0) : null;
        }
        return billing.stream()
                .filter(line -> line.getInvoice().getId().equals(invoiceId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("error.return.invoiceNotForLine", String.valueOf(invoiceId),
                        orderLine.getLineNumber(), orderLine.getPurchaseOrder().getNumber()));
    }
}
