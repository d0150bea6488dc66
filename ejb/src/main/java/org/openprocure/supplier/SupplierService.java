package org.openprocure.supplier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.SearchText;

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

    /** Counts of an upsert by code: records created and records replaced. */
    public record UpsertCounts(int created, int updated) {
    }

    /**
     * Creates or updates, by code, the suppliers the ERP sends, all or none: the first bad entry
     * stops the import, and its field is named with the entry's position, such as suppliers[2].vatId.
     */
    @RolesAllowed("administrator")
    public UpsertCounts importFromErp(List<SupplierDraft> drafts) {
        Inputs.requireEntries(drafts, "suppliers");
        String actor = session.getCallerPrincipal().getName();
        int created = 0;
        for (int i = 0; i < drafts.size(); i++) {
            String prefix = "suppliers[" + i + "].";
            SupplierDraft draft = drafts.get(i);
            String code = Inputs.requireCode(draft.code(), prefix + "code");
            Optional<Supplier> existing = findByCode(code);
            Supplier supplier = existing.orElseGet(() -> new Supplier(code));
            supplier.updateFromErp(draft, prefix);
            requireVatIdFree(supplier, prefix);
            if (existing.isEmpty()) {
                entityManager.persist(supplier);
                created++;
            }
            auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), existing.isEmpty() ? "REGISTERED" : "UPDATED", actor, "ERP");
        }
        int createdCount = created;
        LOG.info(() -> drafts.size() + " supplier(s) imported from the ERP, " + createdCount + " new");
        return new UpsertCounts(created, drafts.size() - created);
    }

    /**
     * Replaces the supplier's name, VAT identifier, country and contact as a buyer edits them. The
     * code stays, because supplier users are bound to it, and so do the bank details, which change
     * only through an approved change.
     */
    @RolesAllowed({"buyer", "administrator"})
    public Supplier update(long id, SupplierDraft draft) {
        Inputs.requirePresent(draft, "supplier");
        Supplier supplier = entityManager.find(Supplier.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (supplier == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER, id);
        }
        // Checked before the entity changes, because the query would flush a duplicate VAT identifier into the unique index first.
        if (SearchText.isPresent(draft.vatId())) {
            Optional<Supplier> holder = findByVatId(draft.vatId().strip());
            if (holder.isPresent() && !holder.get().getId().equals(supplier.getId())) {
                throw new InvalidInputException("error.masterData.vatIdTaken", "vatId", holder.get().getVatId(), holder.get().getCode());
            }
        }
        String actor = session.getCallerPrincipal().getName();

        supplier.updateFromErp(draft, "");
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "UPDATED", actor);

        LOG.info(() -> "Supplier " + supplier.getId() + " updated");
        return supplier;
    }

    /** Returns one page of the suppliers whose code, name or VAT identifier contains the text, by name; all of them when it is blank. */
    @RolesAllowed({"buyer", "administrator"})
    public List<Supplier> search(String text, int first, int size) {
        TypedQuery<Supplier> query = entityManager.createQuery("select s from Supplier s" + matching(text) + " order by s.name, s.id",
                Supplier.class);
        bindText(query, text);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Counts the suppliers that {@link #search} finds for the text. */
    @RolesAllowed({"buyer", "administrator"})
    public long count(String text) {
        TypedQuery<Long> query = entityManager.createQuery("select count(s) from Supplier s" + matching(text), Long.class);
        bindText(query, text);
        return query.getSingleResult();
    }

    private static String matching(String text) {
        if (!SearchText.isPresent(text)) {
            return "";
        }
        return " where lower(s.name) like :text escape '!' or lower(s.code) like :text escape '!' or lower(s.vatId) like :text escape '!'";
    }

    private static void bindText(TypedQuery<?> query, String text) {
        if (SearchText.isPresent(text)) {
            query.setParameter("text", SearchText.containing(text));
        }
    }

    private void requireVatIdFree(Supplier supplier, String prefix) {
        if (supplier.getVatId() == null) {
            return;
        }
        Optional<Supplier> holder = findByVatId(supplier.getVatId());
        if (holder.isPresent() && holder.get() != supplier) {
            throw new InvalidInputException("error.masterData.vatIdTaken", prefix + "vatId", supplier.getVatId(), holder.get().getCode());
        }
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

    /**
     * Returns up to {@code max} suppliers whose name or code starts with the text, any case, by name,
     * for a field that suggests suppliers as the user types. Staff only, so a supplier user cannot list other suppliers.
     */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<Supplier> suggest(String text, int max) {
        String prefix = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return entityManager.createQuery("""
                        select s from Supplier s
                        where lower(s.name) like :pattern escape '\\' or lower(s.code) like :pattern escape '\\'
                        order by s.name, s.id""", Supplier.class)
                .setParameter("pattern", pattern)
                .setMaxResults(max)
                .getResultList();
    }
}
