package org.openprocure.receiving;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.supplier.SupplierScope;

/**
 * Pages the goods receipts the caller may see, newest first. Receipts are published to the
 * supplier of their order, so a supplier user gets those of their company's orders only.
 */
@Stateless
@PermitAll
public class GoodsReceiptSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierScope scope;

    public List<GoodsReceipt> find(int first, int size) {
        Optional<Long> supplierId = scope.restriction();
        if (supplierId.isPresent()) {
            return entityManager.createQuery("""
                            select r from GoodsReceipt r join fetch r.purchaseOrder
                            where r.purchaseOrder.supplier.id = :supplierId order by r.postedAt desc, r.id desc""", GoodsReceipt.class)
                    .setParameter("supplierId", supplierId.get())
                    .setFirstResult(first)
                    .setMaxResults(size)
                    .getResultList();
        }
        return entityManager.createQuery("select r from GoodsReceipt r join fetch r.purchaseOrder order by r.postedAt desc, r.id desc",
                        GoodsReceipt.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        Optional<Long> supplierId = scope.restriction();
        if (supplierId.isPresent()) {
            return entityManager.createQuery("select count(r) from GoodsReceipt r where r.purchaseOrder.supplier.id = :supplierId", Long.class)
                    .setParameter("supplierId", supplierId.get())
                    .getSingleResult();
        }
        return entityManager.createQuery("select count(r) from GoodsReceipt r", Long.class).getSingleResult();
    }
}
