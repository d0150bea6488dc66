package org.openprocure.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.invoicing.InvoiceKind;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.matching.DiscrepancyReason;
import org.openprocure.purchasing.PurchaseOrderStatus;
import org.openprocure.reporting.DashboardFigures.CycleTimes;
import org.openprocure.reporting.DashboardFigures.LateDeliveries;
import org.openprocure.reporting.DashboardFigures.LateLine;
import org.openprocure.reporting.DashboardFigures.TouchlessRate;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads the dashboard figures with aggregate queries, so the database counts and the server never
 * loads the documents themselves. Status counts use the status indexes. Rates and cycle times read
 * only the requested period, through the indexes on the issue, posting and receiving dates.
 */
@Stateless
@RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
public class DashboardService {

    /** The statuses of an order that still waits for the supplier or for goods. */
    static final List<PurchaseOrderStatus> OPEN = List.of(PurchaseOrderStatus.ISSUED, PurchaseOrderStatus.PARTIALLY_CONFIRMED,
            PurchaseOrderStatus.CONFIRMED, PurchaseOrderStatus.SHIPPED, PurchaseOrderStatus.PARTIALLY_RECEIVED);
    /** The statuses in which an invoice is good to pay without anyone deciding on a discrepancy. */
    static final List<InvoiceStatus> MATCHED = List.of(InvoiceStatus.MATCHED, InvoiceStatus.MATCHED_WITHIN_TOLERANCE);
    /** The audit actions by which someone decided on an invoice. An invoice with one of them is not touchless. */
    static final List<String> HUMAN_ACTIONS = List.of("PUT_ON_HOLD", "DISCREPANCY_ACCEPTED", "DISPUTE_OPENED", "ORDER_ASSIGNED",
            "CREDIT_NOTE_REQUESTED", "DEAD_LETTER_REPLAYED");
    /** How many late lines the dashboard lists. */
    static final int OLDEST_LATE_LINES = 10;
    /** The maximum period, in days, of the rates and cycle times, which keeps their queries on a bounded date range. */
    public static final int MAX_PERIOD_DAYS = 366;

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    @PersistenceContext
    private EntityManager entityManager;

    private final Clock clock = Clock.systemDefaultZone();

    /** Returns the figures now, with rates and cycle times over the last {@code periodDays} days. */
    public DashboardFigures figures(int periodDays) {
        if (periodDays < 1 || periodDays > MAX_PERIOD_DAYS) {
            throw new InvalidInputException("error.dashboard.periodDays", periodDays, MAX_PERIOD_DAYS);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(periodDays);
        Instant from = since.atStartOfDay(ZoneId.systemDefault()).toInstant();
        return new DashboardFigures(since, openOrdersByStatus(), lateDeliveries(today), invoicesByStatus(), touchless(from),
                discrepancyReasons(from), cycleTimes(from));
    }

    private Map<PurchaseOrderStatus, Long> openOrdersByStatus() {
        Map<PurchaseOrderStatus, Long> counts = new EnumMap<>(PurchaseOrderStatus.class);
        entityManager.createQuery("select o.status, count(o) from PurchaseOrder o where o.status in :open group by o.status", Object[].class)
                .setParameter("open", OPEN)
                .getResultList()
                .forEach(row -> counts.put((PurchaseOrderStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Counts the late lines. The due date is the confirmed one, else the requested one; the condition
     * names each date column apart, so the database can use their indexes.
     */
    private LateDeliveries lateDeliveries(LocalDate today) {
        String late = """
                from PurchaseOrderLine l join l.purchaseOrder o join o.supplier s
                where o.status in :open and l.receivedQuantity < l.orderedQuantity
                and (l.confirmedDeliveryDate < :today or l.confirmedDeliveryDate is null and l.requestedDeliveryDate < :today)""";
        Object[] counts = entityManager.createQuery("select count(l), count(distinct o.id) " + late, Object[].class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .getSingleResult();
        List<LateLine> oldest = entityManager.createQuery("""
                        select new org.openprocure.reporting.DashboardFigures$LateLine(o.id, o.number, s.name, l.lineNumber,
                            l.description, coalesce(l.confirmedDeliveryDate, l.requestedDeliveryDate), l.orderedQuantity,
                            l.receivedQuantity)
                        """ + late + " order by coalesce(l.confirmedDeliveryDate, l.requestedDeliveryDate), o.id, l.id", LateLine.class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .setMaxResults(OLDEST_LATE_LINES)
                .getResultList();
        return new LateDeliveries((Long) counts[1], (Long) counts[0], oldest);
    }

    private Map<InvoiceStatus, Long> invoicesByStatus() {
        Map<InvoiceStatus, Long> counts = new EnumMap<>(InvoiceStatus.class);
        entityManager.createQuery("select i.status, count(i) from SupplierInvoice i group by i.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((InvoiceStatus) row[0], (Long) row[1]));
        return counts;
    }

    private TouchlessRate touchless(Instant from) {
        long invoices = entityManager.createQuery("""
                        select count(i) from SupplierInvoice i
                        where i.receivedAt >= :from and i.kind = :invoice and i.status <> :rejected""", Long.class)
                .setParameter("from", from)
                .setParameter("invoice", InvoiceKind.INVOICE)
                .setParameter("rejected", InvoiceStatus.REJECTED)
                .getSingleResult();
        long touchless = entityManager.createQuery("""
                        select count(i) from SupplierInvoice i
                        where i.receivedAt >= :from and i.kind = :invoice and i.status in :matched
                        and not exists (select e.id from AuditEntry e
                            where e.documentType = :type and e.documentId = i.id and e.action in :humanActions)""", Long.class)
                .setParameter("from", from)
                .setParameter("invoice", InvoiceKind.INVOICE)
                .setParameter("matched", MATCHED)
                .setParameter("type", DocumentType.SUPPLIER_INVOICE)
                .setParameter("humanActions", HUMAN_ACTIONS)
                .getSingleResult();
        return new TouchlessRate(touchless, invoices);
    }

    /** Counts the reasons of the invoice as a whole, of its lines and of its charges and allowances, for invoices of the period. */
    private Map<DiscrepancyReason, Long> discrepancyReasons(Instant from) {
        Map<DiscrepancyReason, Long> counts = new EnumMap<>(DiscrepancyReason.class);
        entityManager.createQuery("""
                        select r.reason, count(r) from MatchResult r, SupplierInvoice i
                        where i.id = r.invoiceId and i.receivedAt >= :from and r.reason is not null
                        group by r.reason""", Object[].class)
                .setParameter("from", from)
                .getResultList()
                .forEach(row -> counts.merge((DiscrepancyReason) row[0], (Long) row[1], Long::sum));
        for (String part : List.of("MatchLineResult", "MatchChargeResult")) {
            entityManager.createQuery("select p.reason, count(p) from " + part + """
                             p join p.result r, SupplierInvoice i
                            where i.id = r.invoiceId and i.receivedAt >= :from and p.reason is not null
                            group by p.reason""", Object[].class)
                    .setParameter("from", from)
                    .getResultList()
                    .forEach(row -> counts.merge((DiscrepancyReason) row[0], (Long) row[1], Long::sum));
        }
        return counts;
    }

    private CycleTimes cycleTimes(Instant from) {
        Number requisitionToOrder = entityManager.createQuery("""
                        select avg((o.issuedAt - r.createdAt) by second) from PurchaseOrder o
                        join PurchaseRequisition r on r.id = o.requisitionId
                        where o.issuedAt >= :from""", Number.class)
                .setParameter("from", from)
                .getSingleResult();
        Number orderToReceipt = entityManager.createQuery("""
                        select avg((g.postedAt - o.issuedAt) by second) from GoodsReceipt g join g.purchaseOrder o
                        where g.postedAt >= :from""", Number.class)
                .setParameter("from", from)
                .getSingleResult();
        Number invoiceToGoodToPay = entityManager.createQuery("""
                        select avg((r.matchedAt - i.receivedAt) by second) from MatchResult r, SupplierInvoice i
                        where i.id = r.invoiceId and i.receivedAt >= :from and i.status in :matched""", Number.class)
                .setParameter("from", from)
                .setParameter("matched", MATCHED)
                .getSingleResult();
        return new CycleTimes(days(requisitionToOrder), days(orderToReceipt), days(invoiceToGoodToPay));
    }

    private static BigDecimal days(Number seconds) {
        if (seconds == null) {
            return null;
        }
        return new BigDecimal(seconds.toString()).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    }
}
