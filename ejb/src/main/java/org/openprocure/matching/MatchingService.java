package org.openprocure.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.aftersales.ReturnService;
import org.openprocure.aftersales.ReturnSettlement;
import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.InvoiceAllowanceCharge;
import org.openprocure.invoicing.InvoiceLifecycleService;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.invoicing.SupplierInvoiceLine;
import org.openprocure.platform.LockTimeout;
import org.openprocure.platform.Settings;
import org.openprocure.purchasing.OrderAllowanceCharge;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChanged;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.purchasing.UnitConversionService;
import org.openprocure.purchasing.UnitFactors;
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
    private UnitConversionService unitConversions;

    @Inject
    private InvoiceLifecycleService lifecycle;

    @Inject
    private Event<PurchaseOrderChanged> orderChanged;

    @Inject
    private ReturnService returns;

    @Inject
    private LockTimeout lockTimeout;

    /**
     * Matches one invoice. The invoice row stays locked until the transaction ends, so two runs for
     * the same invoice, say after a receipt and an order change, take turns instead of colliding.
     * An invoice that names one order is compared with it as a whole. When its lines name several
     * orders, each line is compared with the line of its own order. A run that waits longer than
     * the lock timeout setting for a row fails, and the broker redelivers its request.
     */
    public MatchResult match(long invoiceId) {
        lockTimeout.limitCurrentTransaction(entityManager, settings.matchLockTimeoutMillis());
        SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId);
        }
        if (invoice.isRejected()) {
            LOG.info(() -> "Invoice " + invoiceId + " was rejected by the EN 16931 validation; not matched");
            return null;
        }
        if (invoice.isHeaderOnly()) {
            LOG.info(() -> "Invoice " + invoiceId + " has no lines by its profile; left to a person's review, not matched");
            return null;
        }
        Set<String> numbers = invoice.orderNumbers();
        if (numbers.isEmpty()) {
            LOG.info(() -> "Invoice " + invoiceId + " has no order reference; not matched");
            return null;
        }

        Map<String, PurchaseOrder> orders = ordersOf(invoice, numbers);
        MatchResult result = findResult(invoiceId).orElseGet(() -> new MatchResult(invoiceId));
        PurchaseOrder single = numbers.size() == 1 ? orders.get(numbers.iterator().next()) : null;
        if (numbers.size() == 1 && single == null) {
            result.replace(MatchOutcome.DISCREPANCY, DiscrepancyReason.UNKNOWN_PURCHASE_ORDER, List.of());
        } else if (single != null && !invoice.mayComeFrom(single.getSupplier())) {
            result.replace(MatchOutcome.DISCREPANCY, DiscrepancyReason.SUPPLIER_MISMATCH, List.of());
        } else {
            link(invoice, orders);
            List<LineMatch> lines = matchLines(invoice, orders);
            // NOTE: on an invoice across several orders, the document's charges are compared with its main order's only.
            PurchaseOrder main = invoice.getPurchaseOrder();
            AppliedTolerance chargeTolerance = main == null ? null : tolerances.forLine(main.getSupplier().getId(), null);
            List<ChargeMatch> charges = main == null ? List.of() : compareCharges(invoice, main, chargeTolerance.values());
            result.replace(ThreeWayMatchPolicy.overall(lines, charges), lines.isEmpty() ? DiscrepancyReason.NO_LINES : null, lines,
                    charges, charges.isEmpty() ? null : chargeTolerance);
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
     * Returns each order the invoice names, by number, or null for a number no order has. An order
     * may have been created after the invoice arrived, or may belong to another supplier.
     */
    private Map<String, PurchaseOrder> ordersOf(SupplierInvoice invoice, Set<String> numbers) {
        Map<String, PurchaseOrder> orders = new HashMap<>();
        PurchaseOrder linked = invoice.getPurchaseOrder();
        for (String number : numbers) {
            orders.put(number, linked != null && linked.getNumber().equals(number)
                    ? linked : purchaseOrders.findByNumber(number).orElse(null));
        }
        return orders;
    }

    /**
     * Links the lines not linked yet to the lines of their orders, for each order addressed to the
     * invoice's seller. Each order is locked first, in the order of their numbers, because linking
     * counts on its lines. What a credit note takes back changes what the order's other invoices
     * may still bill, so they are matched again.
     */
    private void link(SupplierInvoice invoice, Map<String, PurchaseOrder> orders) {
        List<PurchaseOrder> toLink = orders.values().stream()
                .filter(order -> order != null && invoice.mayComeFrom(order.getSupplier()) && invoice.hasUnlinkedLinesOf(order.getNumber()))
                .sorted(Comparator.comparing(PurchaseOrder::getNumber))
                .toList();
        for (PurchaseOrder order : toLink) {
            purchaseOrders.lock(order);
            boolean linked = invoice.linkLinesOf(order, unitConversions.forSupplier(order.getSupplier().getId()));
            if (linked && invoice.isCreditNote()) {
                orderChanged.fire(new PurchaseOrderChanged(order.getId()));
            }
        }
    }

    /**
     * Matches each line with the line of its own order, under the tolerances of the order's
     * supplier, else of the order line's purchase category, else the defaults.
     */
    private List<LineMatch> matchLines(SupplierInvoice invoice, Map<String, PurchaseOrder> orders) {
        Map<Long, UnitFactors> factorsBySupplier = new HashMap<>();
        List<LineMatch> matches = new ArrayList<>();
        for (SupplierInvoiceLine line : invoice.getLines()) {
            PurchaseOrder order = line.orderNumber() == null ? null : orders.get(line.orderNumber());
            LineFacts.InvoiceLine facts = new LineFacts.InvoiceLine(line.getLineId(),
                    invoice.isCreditNote() ? line.getCreditedQuantity() : line.getQuantity(), line.getUnitCode(), line.getNetPrice(),
                    line.getPriceBaseQuantity(), invoice.getCurrency(), invoice.isCreditNote() ? null : line.getNetAmount());
            if (order == null) {
                matches.add(ThreeWayMatchPolicy.withoutOrder(facts, DiscrepancyReason.UNKNOWN_PURCHASE_ORDER).withOrderNumber(line.orderNumber()));
            } else if (!invoice.mayComeFrom(order.getSupplier())) {
                matches.add(ThreeWayMatchPolicy.withoutOrder(facts, DiscrepancyReason.SUPPLIER_MISMATCH).withOrderNumber(order.getNumber()));
            } else {
                long supplierId = order.getSupplier().getId();
                UnitFactors factors = factorsBySupplier.computeIfAbsent(supplierId, unitConversions::forSupplier);
                matches.add(matchLine(invoice, order, line, facts, factors).withOrderNumber(order.getNumber()));
            }
        }
        return matches;
    }

    /** Compares one line with its order line, in the order line's unit when a factor is known. */
    private LineMatch matchLine(SupplierInvoice invoice, PurchaseOrder order, SupplierInvoiceLine line, LineFacts.InvoiceLine facts,
                                UnitFactors factors) {
        PurchaseOrderLine orderLine = line.getOrderLine();
        BigDecimal factor = orderLine == null || line.getUnitCode() == null ? null : factors.factor(orderLine, line.getUnitCode());
        line.applyUnitFactor(factor);
        LineFacts.OrderLine orderFacts = orderFacts(invoice, order, orderLine);
        if (invoice.isCreditNote()) {
            BigDecimal creditable = orderLine == null ? BigDecimal.ZERO
                    : billed(orderLine).subtract(creditedBefore(orderLine, invoice.getId())).max(BigDecimal.ZERO);
            return new ThreeWayMatchPolicy(MatchTolerance.EXACT, unitConversions.equivalence())
                    .matchCredit(facts, orderFacts, creditable, factor);
        }
        AppliedTolerance applied = tolerances.forLine(order.getSupplier().getId(), orderLine == null ? null : orderLine.getCategory());
        ThreeWayMatchPolicy policy = new ThreeWayMatchPolicy(applied.values(), unitConversions.equivalence());
        return policy.match(facts, orderFacts, factor)
                .withVatRates(line.getVatRate(), orderLine == null ? null : orderLine.getVatRate(), settings.vatRateTolerancePoints())
                .withTolerance(applied);
    }

    /**
     * Compares the invoice's document-level charges and allowances with those the order foresaw,
     * less what invoices received earlier for the order carried. Credit notes, and invoices in
     * another currency than the order's, are not compared, because the amounts would not be comparable.
     */
    private List<ChargeMatch> compareCharges(SupplierInvoice invoice, PurchaseOrder order, MatchTolerance tolerance) {
        if (invoice.isCreditNote() || !order.getCurrency().equals(invoice.getCurrency())) {
            return List.of();
        }
        List<ChargeFacts> invoiced = invoice.getAllowanceCharges().stream().map(MatchingService::chargeFacts).toList();
        List<ChargeFacts> foreseen = order.getAllowanceCharges().stream().map(MatchingService::chargeFacts).toList();
        if (invoiced.isEmpty() && foreseen.isEmpty()) {
            return List.of();
        }
        return new ChargeComparison(tolerance).compare(invoiced, earlierCharges(invoice, order), foreseen);
    }

    /** Returns the document-level charges and allowances of the order's invoices received before this one. */
    private List<ChargeFacts> earlierCharges(SupplierInvoice invoice, PurchaseOrder order) {
        return entityManager.createQuery("""
                        select c from InvoiceAllowanceCharge c
                        where c.invoice.purchaseOrder.id = :orderId and c.invoice.id < :invoiceId
                        and c.invoice.kind = org.openprocure.invoicing.InvoiceKind.INVOICE""", InvoiceAllowanceCharge.class)
                .setParameter("orderId", order.getId())
                .setParameter("invoiceId", invoice.getId())
                .getResultStream()
                .map(MatchingService::chargeFacts)
                .toList();
    }

    private static ChargeFacts chargeFacts(InvoiceAllowanceCharge entry) {
        return new ChargeFacts(entry.isCharge(), entry.getReasonCode(), entry.getReason(), entry.getAmount());
    }

    private static ChargeFacts chargeFacts(OrderAllowanceCharge entry) {
        return new ChargeFacts(entry.isCharge(), entry.getReasonCode(), entry.getReason(), entry.getAmount());
    }

    private LineFacts.OrderLine orderFacts(SupplierInvoice invoice, PurchaseOrder order, PurchaseOrderLine line) {
        if (line == null) {
            return null;
        }
        BigDecimal credited = credited(line);
        ReturnSettlement settlement = returns.settlement(line, credited);
        return new LineFacts.OrderLine(line.getLineNumber(), line.getUnitCode(), line.agreedUnitPrice(), line.getPriceBasisQuantity(),
                order.getCurrency(), line.expectedQuantity(), line.getReceivedQuantity(), line.getAcceptedQuantity(),
                invoicedBefore(invoice, line, credited.subtract(settlement.settledByCredit())), settlement.withheldQuantity());
    }

    /**
     * Returns the quantity of the order line on invoices received before this one, less what credit
     * notes took back, so one receipt is not paid twice and a credit frees its quantity once,
     * whenever the credit note arrived. A credit that settles a return frees nothing, because the
     * returned goods left with it. Negative invoice lines are left out, so a return cannot reopen a
     * receipt.
     */
    private BigDecimal invoicedBefore(SupplierInvoice invoice, PurchaseOrderLine line, BigDecimal freedByCredits) {
        BigDecimal invoiced = sum(entityManager.createQuery("""
                        select sum(l.quantity * l.unitFactor) from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.invoice.id < :invoiceId and l.quantity > 0
                        and l.invoice.kind = org.openprocure.invoicing.InvoiceKind.INVOICE""", BigDecimal.class)
                .setParameter("lineId", line.getId())
                .setParameter("invoiceId", invoice.getId())
                .getSingleResult());
        return invoiced.subtract(freedByCredits).max(BigDecimal.ZERO);
    }

    /** Returns the quantity that invoices billed on the order line, whenever they arrived. */
    private BigDecimal billed(PurchaseOrderLine line) {
        return sum(entityManager.createQuery("""
                        select sum(l.quantity * l.unitFactor) from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.quantity > 0
                        and l.invoice.kind = org.openprocure.invoicing.InvoiceKind.INVOICE""", BigDecimal.class)
                .setParameter("lineId", line.getId())
                .getSingleResult());
    }

    /** Returns the quantity that every credit note took back from the order line. */
    private BigDecimal credited(PurchaseOrderLine line) {
        return sum(entityManager.createQuery("""
                        select sum(l.creditedQuantity * l.unitFactor) from SupplierInvoiceLine l
                        where l.orderLine.id = :lineId and l.creditedQuantity > 0""",
                        BigDecimal.class)
                .setParameter("lineId", line.getId())
                .getSingleResult());
    }

    /** Returns the quantity that credit notes received before this one took back from the order line. */
    private BigDecimal creditedBefore(PurchaseOrderLine line, long creditNoteId) {
        return sum(entityManager.createQuery("""
                        select sum(l.creditedQuantity * l.unitFactor) from SupplierInvoiceLine l
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
