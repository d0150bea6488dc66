package org.openprocure.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.InvoiceLifecycleService;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.invoicing.SupplierInvoiceLine;
import org.openprocure.platform.LockTimeout;
import org.openprocure.platform.Settings;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChanged;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;

/**
 * Runs the three-way match of one invoice from the current state of its order and receipts, so
 * the result is the same whatever order the documents arrived in, and stores it in place of the
 * previous one.
 */
@Stateless
@PermitAll
public class MatchingService {

    private static final Logger LOG = Logger.getLogger(MatchingService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PurchaseOrderService purchaseOrders;


    @Inject
    private AuditTrail auditTrail;

    @Inject
    private MatchToleranceService tolerances;

    @Inject
    private Settings settings;

    @Inject
    private InvoiceLifecycleService lifecycle;

    @Inject
    private Event<PurchaseOrderChanged> orderChanged;

    @Inject
    private LockTimeout lockTimeout;

    /**
     * Matches one invoice. The invoice row stays locked until the transaction ends, so two runs for
     * the same invoice, say after a receipt and an order change, take turns instead of colliding.
     * A run that waits longer than the lock timeout setting for a row fails, and the broker
     * redelivers its request.
     */
    public MatchResult match(long invoiceId) {
        lockTimeout.limitCurrentTransaction(entityManager, settings.matchLockTimeoutMillis());
        SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId);
        }
        if (invoice.getOrderReference() == null) {
            LOG.info(() -> "Invoice " + invoiceId + " has no order reference; not matched");
            return null;
        }

        PurchaseOrder order = orderOf(invoice);
        MatchResult result = findResult(invoiceId).orElseGet(() -> new MatchResult(invoiceId));
        if (order == null) {
            result.replace(MatchOutcome.DISCREPANCY, DiscrepancyReason.UNKNOWN_PURCHASE_ORDER, List.of());
        } else if (!invoice.mayComeFrom(order.getSupplier())) {
            result.replace(MatchOutcome.DISCREPANCY, DiscrepancyReason.SUPPLIER_MISMATCH, List.of());
        } else {
            if (invoice.getPurchaseOrder() == null) {
                invoice.linkTo(order);
                if (invoice.isCreditNote()) {
                    // What a credit note takes back changes what the order's other invoices may still bill.
                    orderChanged.fire(new PurchaseOrderChanged(order.getId()));
                }
            }
            List<LineMatch> lines = invoice.isCreditNote() ? matchCreditLines(invoice, order) : matchLines(invoice, order);
            result.replace(ThreeWayMatchPolicy.overall(lines), lines.isEmpty() ? DiscrepancyReason.NO_LINES : null, lines);
        }
        if (result.getId() == null) {
            entityManager.persist(result);
        }
        recordStatus(invoice, result);

        LOG.info(() -> "Invoice " + invoiceId + " matched: " + result.getOutcome() + " (run " + result.getRunCount() + ")");
        return result;
    }

    public Optional<MatchResult> findResult(long invoiceId) {
        return entityManager.createQuery("select r from MatchResult r where r.invoiceId = :id", MatchResult.class)
                .setParameter("id", invoiceId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Returns the order the invoice is linked to, else the order its reference names, or null if
     * none. The named order may have been created after the invoice arrived, or may belong to
     * another supplier.
     */
    private PurchaseOrder orderOf(SupplierInvoice invoice) {
        if (invoice.getPurchaseOrder() != null) {
            return invoice.getPurchaseOrder();
        }
        return purchaseOrders.findByNumber(invoice.getOrderReference()).orElse(null);
    }

    private List<LineMatch> matchLines(SupplierInvoice invoice, PurchaseOrder order) {
        ThreeWayMatchPolicy policy = new ThreeWayMatchPolicy(tolerances.forSupplier(order.getSupplier().getId()), units());
        List<LineMatch> matches = new ArrayList<>();
        for (SupplierInvoiceLine line : invoice.getLines()) {
            LineFacts.InvoiceLine invoiceFacts = new LineFacts.InvoiceLine(line.getLineId(), line.getQuantity(), line.getUnitCode(),
                    line.getNetPrice(), line.getPriceBaseQuantity(), invoice.getCurrency());
            PurchaseOrderLine orderLine = line.getOrderLine();
            matches.add(policy.match(invoiceFacts, orderFacts(invoice, order, orderLine))
                    .withVatRates(line.getVatRate(), orderLine == null ? null : orderLine.getVatRate(), settings.vatRateTolerancePoints()));
        }
        return matches;
    }

    private List<LineMatch> matchCreditLines(SupplierInvoice creditNote, PurchaseOrder order) {
        ThreeWayMatchPolicy policy = new ThreeWayMatchPolicy(MatchTolerance.EXACT, units());
        List<LineMatch> matches = new ArrayList<>();
        for (SupplierInvoiceLine line : creditNote.getLines()) {
            LineFacts.InvoiceLine creditFacts = new LineFacts.InvoiceLine(line.getLineId(), line.getCreditedQuantity(), line.getUnitCode(),
                    line.getNetPrice(), line.getPriceBaseQuantity(), creditNote.getCurrency());
            PurchaseOrderLine orderLine = line.getOrderLine();
            BigDecimal creditable = orderLine == null ? BigDecimal.ZERO
                    : billed(orderLine).subtract(creditedBefore(orderLine, creditNote.getId())).max(BigDecimal.ZERO);
            matches.add(policy.matchCredit(creditFacts, orderFacts(creditNote, order, orderLine), creditable));
        }
        return matches;
    }

    private UnitEquivalence units() {
        return UnitEquivalence.parse(settings.equivalentUnits());
    }

    private LineFacts.OrderLine orderFacts(SupplierInvoice invoice, PurchaseOrder order, PurchaseOrderLine line) {
        if (line == null) {
            return null;
        }
        return new LineFacts.OrderLine(line.getLineNumber(), line.getUnitCode(), line.getUnitPrice(), line.getPriceBasisQuantity(),
                order.getCurrency(), line.expectedQuantity(), line.getReceivedQuantity(), line.getAcceptedQuantity(),
                invoicedBefore(invoice, line));
    }

    /**
     * Returns the quantity of the order line on invoices received before this one, less what every
     * credit note took back, so one receipt is not paid twice and a credit frees its quantity once,
     * whenever the credit note arrived. Negative invoice lines are left out, so a return cannot
     * reopen a receipt.
     */
    private BigDecimal invoicedBefore(SupplierInvoice invoice, PurchaseOrderLine line) {
        BigDecimal invoiced = sum(entityManager.createQuery("""
                        select sum(l.quantity) from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.invoice.id < :invoiceId and l.quantity > 0
                        and l.invoice.kind = org.openprocure.invoicing.InvoiceKind.INVOICE""", BigDecimal.class)
                .setParameter("lineId", line.getId())
                .setParameter("invoiceId", invoice.getId())
                .getSingleResult());
        return invoiced.subtract(credited(line)).max(BigDecimal.ZERO);
    }

    /** Returns the quantity that invoices billed on the order line, whenever they arrived. */
    private BigDecimal billed(PurchaseOrderLine line) {
        return sum(entityManager.createQuery("""
                        select sum(l.quantity) from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.quantity > 0
                        and l.invoice.kind = org.openprocure.invoicing.InvoiceKind.INVOICE""", BigDecimal.class)
                .setParameter("lineId", line.getId())
                .getSingleResult());
    }

    /** Returns the quantity that every credit note took back from the order line. */
    private BigDecimal credited(PurchaseOrderLine line) {
        return sum(entityManager.createQuery("""
                        select sum(l.creditedQuantity) from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.creditedQuantity > 0""",
                        BigDecimal.class)
                .setParameter("lineId", line.getId())
                .getSingleResult());
    }

    /** Returns the quantity that credit notes received before this one took back from the order line. */
    private BigDecimal creditedBefore(PurchaseOrderLine line, long creditNoteId) {
        return sum(entityManager.createQuery("""
                        select sum(l.creditedQuantity) from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.invoice.id < :invoiceId and l.creditedQuantity > 0""", BigDecimal.class)
                .setParameter("lineId", line.getId())
                .setParameter("invoiceId", creditNoteId)
                .getSingleResult());
    }

    private static BigDecimal sum(BigDecimal total) {
        return total == null ? BigDecimal.ZERO : total;
    }

    private void recordStatus(SupplierInvoice invoice, MatchResult result) {
        InvoiceStatus status = InvoiceStatus.valueOf(result.getOutcome().name());
        if (invoice.getStatus() != status) {
            invoice.recordMatchStatus(status);
            String detail = result.getReason() != null ? result.getReason().name() : null;
            auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "MATCH_" + status.name(), AuditTrail.SYSTEM, detail);
        }
        lifecycle.refresh(invoice, AuditTrail.SYSTEM);
    }
}
