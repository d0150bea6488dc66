package org.openprocure.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads the invoices for accounts payable's lists, one page at a time and filtered in the database,
 * and the documents related to one invoice. The filters and sort columns have indexes (V26), so a
 * page stays fast with a million invoices.
 */
@Stateless
@RolesAllowed({"accounts-payable", "administrator"})
public class InvoiceSearchService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private InvoicingService invoicing;

    /** Returns one page of the invoices that pass the filter, sorted on the column, then newest first. */
    public List<SupplierInvoice> search(InvoiceFilter filter, InvoiceSort sort, boolean ascending, int first, int size) {
        InvoiceSort column = sort == null ? InvoiceSort.RECEIVED_AT : sort;
        String direction = ascending ? " asc" : " desc";
        Where where = where(filter);
        TypedQuery<SupplierInvoice> query = entityManager.createQuery(
                "select i from SupplierInvoice i" + where.clause() + " order by " + column.path() + direction + ", i.id desc",
                SupplierInvoice.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(size, 1)).getResultList();
    }

    /** Counts the invoices that pass the filter. */
    public long count(InvoiceFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> query = entityManager.createQuery("select count(i) from SupplierInvoice i" + where.clause(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * Counts the invoices that pass the filter by match status. The filter's status criterion is left
     * out, so every status keeps its count. A status without invoices is absent.
     */
    public Map<InvoiceStatus, Long> countByStatus(InvoiceFilter filter) {
        InvoiceFilter others = filter == null ? InvoiceFilter.NONE
                : new InvoiceFilter(null, filter.supplier(), filter.number(), filter.receivedFrom(), filter.receivedTo());
        Where where = where(others);
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select i.status, count(i) from SupplierInvoice i" + where.clause() + " group by i.status", Object[].class);
        where.parameters().forEach(query::setParameter);
        Map<InvoiceStatus, Long> counts = new EnumMap<>(InvoiceStatus.class);
        for (Object[] row : query.getResultList()) {
            counts.put((InvoiceStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Returns the credit notes that name the invoice as the one they correct, oldest first. */
    public List<SupplierInvoice> creditNotesOf(long invoiceId) {
        SupplierInvoice invoice = invoicing.get(invoiceId);
        if (invoice.getSellerKey() == null) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select i from SupplierInvoice i
                        where i.sellerKey = :seller and i.precedingInvoiceNumber = :number and i.kind <> :invoice
                        order by i.id""", SupplierInvoice.class)
                .setParameter("seller", invoice.getSellerKey())
                .setParameter("number", invoice.getNumber())
                .setParameter("invoice", InvoiceKind.INVOICE)
                .getResultList();
    }

    private static Where where(InvoiceFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.status() != null) {
            where.add("i.status = :status", "status", filter.status());
        }
        String supplier = Inputs.optionalText(filter.supplier(), "supplier", 200);
        if (supplier != null) {
            where.add("i.supplier.id in (select s.id from Supplier s where upper(s.name) like :supplier escape '\\' or upper(s.code) like :supplier escape '\\')",
                    "supplier", "%" + escape(supplier.toUpperCase(Locale.ROOT)) + "%");
        }
        String number = Inputs.optionalText(filter.number(), "number", 200);
        if (number != null) {
            where.add("i.number like :number escape '\\'", "number", escape(number) + "%");
        }
        if (filter.receivedFrom() != null && filter.receivedTo() != null && filter.receivedTo().isBefore(filter.receivedFrom())) {
            throw new InvalidInputException("error.invoiceFilter.dateRange", filter.receivedFrom().toString(), filter.receivedTo().toString());
        }
        if (filter.receivedFrom() != null) {
            where.add("i.receivedAt >= :receivedFrom", "receivedFrom", startOf(filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            where.add("i.receivedAt < :receivedBefore", "receivedBefore", startOf(filter.receivedTo().plusDays(1)));
        }
        return where;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** Escapes the LIKE wildcards a user typed, so that they match themselves; the queries name the backslash as escape character. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The conditions of a query with their named parameters. */
    private static final class Where {

        private final StringBuilder clause = new StringBuilder();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String condition, String name, Object value) {
            clause.append(clause.isEmpty() ? " where " : " and ").append(condition);
            parameters.put(name, value);
        }

        String clause() {
            return clause.toString();
        }

        Map<String, Object> parameters() {
            return parameters;
        }
    }
}
