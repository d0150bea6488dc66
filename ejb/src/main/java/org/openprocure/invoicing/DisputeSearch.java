package org.openprocure.invoicing;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.supplier.SupplierScope;

/** Pages the invoice disputes the caller may see, open ones first, then newest first; a supplier user gets their company's only. */
@Stateless
@PermitAll
public class DisputeSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierScope scope;

    public List<InvoiceDispute> find(int first, int size) {
        Optional<Long> supplierId = scope.restriction();
        String where = supplierId.isPresent() ? " where d.invoice.supplier.id = :supplierId" : "";
        var query = entityManager.createQuery("select d from InvoiceDispute d join fetch d.invoice" + where
                + " order by d.status, d.openedAt desc, d.id desc", InvoiceDispute.class);
        supplierId.ifPresent(id -> query.setParameter("supplierId", id));
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count() {
        Optional<Long> supplierId = scope.restriction();
        String where = supplierId.isPresent() ? " where d.invoice.supplier.id = :supplierId" : "";
        var query = entityManager.createQuery("select count(d) from InvoiceDispute d" + where, Long.class);
        supplierId.ifPresent(id -> query.setParameter("supplierId", id));
        return query.getSingleResult();
    }

    /** Counts the disputes of an invoice, open or resolved; the caller loaded the invoice through a method that checks its scope. */
    public long countFor(SupplierInvoice invoice) {
        return entityManager.createQuery("select count(d) from InvoiceDispute d where d.invoice = :invoice", Long.class)
                .setParameter("invoice", invoice)
                .getSingleResult();
    }
}
