package org.openprocure.purchasing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.openprocure.supplier.SupplierScope;

/**
 * Pages and filters orders in the database, newest issued first. A supplier user gets only their
 * company's orders; staff get every order.
 */
@Stateless
@PermitAll
public class PurchaseOrderSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierScope scope;

    /** Returns one page of the orders that meet the filter and that the caller may see. */
    public List<PurchaseOrder> find(OrderFilter filter, int first, int size) {
        Criteria criteria = criteria(filter);
        TypedQuery<PurchaseOrder> query = entityManager.createQuery(
                "select o from PurchaseOrder o join fetch o.supplier where " + criteria.where() + " order by o.issuedAt desc, o.id desc",
                PurchaseOrder.class);
        criteria.parameters().forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Counts the orders that meet the filter and that the caller may see. */
    public long count(OrderFilter filter) {
        Criteria criteria = criteria(filter);
        TypedQuery<Long> query = entityManager.createQuery("select count(o) from PurchaseOrder o where " + criteria.where(), Long.class);
        criteria.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private record Criteria(String where, Map<String, Object> parameters) {
    }

    /** Builds the where clause from the criteria present only, so that the database uses the supplier and date indexes. */
    private Criteria criteria(OrderFilter filter) {
        OrderFilter given = filter == null ? OrderFilter.NONE : filter;
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        Optional<Long> supplierId = scope.restriction();
        if (supplierId.isPresent()) {
            conditions.add("o.supplier.id = :supplierId");
            parameters.put("supplierId", supplierId.get());
        }
        if (given.status() != null) {
            conditions.add("o.status = :status");
            parameters.put("status", given.status());
        }
        if (given.numberPrefix() != null && !given.numberPrefix().isBlank()) {
            conditions.add("upper(o.number) like :numberPrefix escape '\\'");
            parameters.put("numberPrefix", escapeLike(given.numberPrefix().strip().toUpperCase(Locale.ROOT)) + "%");
        }
        ZoneId zone = ZoneId.systemDefault();
        if (given.issuedFrom() != null) {
            conditions.add("o.issuedAt >= :issuedFrom");
            parameters.put("issuedFrom", given.issuedFrom().atStartOfDay(zone).toInstant());
        }
        if (given.issuedTo() != null) {
            conditions.add("o.issuedAt < :issuedBefore");
            parameters.put("issuedBefore", given.issuedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return new Criteria(String.join(" and ", conditions), parameters);
    }

    /** Makes % and _ in the typed text match themselves, with a backslash as the escape character. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
