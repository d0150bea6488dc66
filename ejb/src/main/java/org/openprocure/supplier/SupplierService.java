package org.openprocure.supplier;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

/** Creates and looks up suppliers. */
@Stateless
@PermitAll
public class SupplierService {

    private static final Logger LOG = Logger.getLogger(SupplierService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    @Inject
    private SupplierScope scope;

    @RolesAllowed({"buyer", "administrator"})
    public Supplier register(SupplierDraft draft) {
        Supplier supplier = new Supplier(draft);
        if (supplier.getVatId() != null && findByVatId(supplier.getVatId()).isPresent()) {
            throw new InvalidInputException("error.supplier.duplicateVatId", supplier.getVatId());
        }
        if (findByCode(supplier.getCode()).isPresent()) {
            throw new InvalidInputException("error.supplier.duplicateCode", supplier.getCode());
        }

        entityManager.persist(supplier);
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "REGISTERED", session.getCallerPrincipal().getName());

        LOG.info(() -> "Supplier " + supplier.getId() + " registered");
        return supplier;
    }

    /** Returns the supplier; a supplier user gets only their own company. */
    public Supplier get(long id) {
        Supplier supplier = entityManager.find(Supplier.class, id);
        if (supplier == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER, id);
        }
        scope.requireVisible(DocumentType.SUPPLIER, id, supplier);
        return supplier;
    }

    public Optional<Supplier> findByVatId(String vatId) {
        return entityManager.createQuery("select s from Supplier s where s.vatId = :vatId", Supplier.class)
                .setParameter("vatId", Supplier.normalizedVatId(vatId))
                .getResultStream()
                .findFirst();
    }

    public Optional<Supplier> findByCode(String code) {
        return entityManager.createQuery("select s from Supplier s where s.code = :code", Supplier.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Returns one page of suppliers by name; a supplier user gets only their own company. */
    public List<Supplier> list(int page, int size) {
        Optional<Long> restriction = scope.restriction();
        if (restriction.isPresent()) {
            return entityManager.createQuery("select s from Supplier s where s.id = :id", Supplier.class)
                    .setParameter("id", restriction.get())
                    .setFirstResult(page * size)
                    .setMaxResults(size)
                    .getResultList();
        }
        return entityManager.createQuery("select s from Supplier s order by s.name, s.id", Supplier.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }
}
