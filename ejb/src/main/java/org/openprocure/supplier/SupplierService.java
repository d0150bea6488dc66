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

    @RolesAllowed({"buyer", "administrator"})
    public Supplier register(String name, String vatId, String countryCode) {
        Supplier supplier = new Supplier(name, vatId, countryCode);
        if (supplier.getVatId() != null && findByVatId(supplier.getVatId()).isPresent()) {
            throw new InvalidInputException("error.supplier.duplicateVatId", supplier.getVatId());
        }

        entityManager.persist(supplier);
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "REGISTERED", session.getCallerPrincipal().getName());

        LOG.info(() -> "Supplier " + supplier.getId() + " registered");
        return supplier;
    }

    public Supplier get(long id) {
        Supplier supplier = entityManager.find(Supplier.class, id);
        if (supplier == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER, id);
        }
        return supplier;
    }

    public Optional<Supplier> findByVatId(String vatId) {
        return entityManager.createQuery("select s from Supplier s where s.vatId = :vatId", Supplier.class)
                .setParameter("vatId", Supplier.normalizedVatId(vatId))
                .getResultStream()
                .findFirst();
    }

    public List<Supplier> list(int page, int size) {
        return entityManager.createQuery("select s from Supplier s order by s.name, s.id", Supplier.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }
}
