package org.openprocure.matching;

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
import org.openprocure.platform.Settings;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;

/**
 * Chooses the tolerances a match applies to an invoice line: those agreed with the invoice's
 * supplier, else those of the order line's purchase category, else the company's defaults. The
 * chosen record applies whole, and a value it leaves empty follows the company's default. Buyers
 * and accounts payable record the agreed ones; accounts payable and administrators those of categories.
 */
@Stateless
@PermitAll
public class MatchToleranceService {

    private static final Logger LOG = Logger.getLogger(MatchToleranceService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    @Inject
    private SupplierService suppliers;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Returns the tolerances for the supplier's invoices, leaving purchase categories aside. */
    public MatchTolerance forSupplier(long supplierId) {
        return agreed(supplierId).map(agreement -> agreement.toTolerance(companyDefault())).orElseGet(this::companyDefault);
    }

    /** Returns the tolerances for a line of the supplier's order in this purchase category (null for none), with their source. */
    public AppliedTolerance forLine(long supplierId, String category) {
        MatchTolerance companyDefault = companyDefault();
        Optional<SupplierMatchTolerance> agreement = agreed(supplierId);
        if (agreement.isPresent()) {
            return new AppliedTolerance(ToleranceSource.SUPPLIER, null, agreement.get().toTolerance(companyDefault));
        }
        Optional<CategoryMatchTolerance> categoryTolerance = category == null ? Optional.empty() : findForCategory(category);
        if (categoryTolerance.isPresent()) {
            return new AppliedTolerance(ToleranceSource.CATEGORY, category, categoryTolerance.get().toTolerance(companyDefault));
        }
        return new AppliedTolerance(ToleranceSource.COMPANY_DEFAULT, null, companyDefault);
    }

    public MatchTolerance companyDefault() {
        return new MatchTolerance(settings.quantityTolerancePercent(), settings.quantityToleranceAbsolute(), settings.priceTolerancePercent(),
                settings.priceToleranceAmount(), settings.lineAmountTolerancePercent(), settings.lineAmountToleranceAbsolute());
    }

    /** Returns the tolerances agreed with the supplier, if any. */
    public Optional<SupplierMatchTolerance> agreed(long supplierId) {
        return Optional.ofNullable(entityManager.find(SupplierMatchTolerance.class, supplierId));
    }

    /** Records the tolerances agreed with a supplier; they apply to its invoices matched from now on. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public SupplierMatchTolerance agree(long supplierId, ToleranceDraft draft) {
        Supplier supplier = suppliers.get(supplierId);
        ToleranceValues values = ToleranceValues.of(draft);
        SupplierMatchTolerance tolerance = agreed(supplierId).orElseGet(() -> new SupplierMatchTolerance(supplier.getId()));
        String actor = session.getCallerPrincipal().getName();

        tolerance.replace(values, actor);
        if (!entityManager.contains(tolerance)) {
            entityManager.persist(tolerance);
        }
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "MATCH_TOLERANCE_AGREED", actor, values.describe());

        LOG.info(() -> "Match tolerance agreed with supplier " + supplierId);
        return tolerance;
    }

    /** Removes the supplier's own tolerances, so that those of categories and the company's defaults apply again. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public void removeAgreement(long supplierId) {
        Supplier supplier = suppliers.get(supplierId);
        agreed(supplierId).ifPresent(tolerance -> {
            entityManager.remove(tolerance);
            auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "MATCH_TOLERANCE_REMOVED", session.getCallerPrincipal().getName());
        });
    }

    /** Returns the tolerances of the purchase category, if any; the code is compared as written. */
    public Optional<CategoryMatchTolerance> findForCategory(String category) {
        return entityManager.createQuery("select t from CategoryMatchTolerance t where t.category = :category", CategoryMatchTolerance.class)
                .setParameter("category", category)
                .getResultStream()
                .findFirst();
    }

    /** Returns the tolerances of the category, or fails with 404 naming it. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public CategoryMatchTolerance getForCategory(String category) {
        String code = Inputs.requireCode(category, "category");
        return findForCategory(code).orElseThrow(() -> new DocumentNotFoundException(DocumentType.CATEGORY_MATCH_TOLERANCE, code));
    }

    /** Returns every purchase category that has its own tolerances, by code. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public List<CategoryMatchTolerance> listCategories() {
        return entityManager.createQuery("select t from CategoryMatchTolerance t order by t.category", CategoryMatchTolerance.class)
                .getResultList();
    }

    /** Sets the tolerances of a purchase category; they apply to invoices matched from now on. */
    @RolesAllowed({"accounts-payable", "administrator"})
    public CategoryMatchTolerance setForCategory(String category, ToleranceDraft draft) {
        String code = Inputs.requireCode(category, "category");
        ToleranceValues values = ToleranceValues.of(draft);
        CategoryMatchTolerance tolerance = findForCategory(code).orElseGet(() -> new CategoryMatchTolerance(code));
        String actor = session.getCallerPrincipal().getName();

        tolerance.replace(values, actor);
        if (!entityManager.contains(tolerance)) {
            entityManager.persist(tolerance);
        }
        auditTrail.record(DocumentType.CATEGORY_MATCH_TOLERANCE, tolerance.getId(), "MATCH_TOLERANCE_SET", actor, code + ": " + values.describe());

        LOG.info(() -> "Match tolerance set for purchase category " + code);
        return tolerance;
    }

    /** Removes the tolerances of a purchase category, so that the company's defaults apply to it again. */
    @RolesAllowed({"accounts-payable", "administrator"})
    public void removeForCategory(String category) {
        CategoryMatchTolerance tolerance = getForCategory(category);
        entityManager.remove(tolerance);
        auditTrail.record(DocumentType.CATEGORY_MATCH_TOLERANCE, tolerance.getId(), "MATCH_TOLERANCE_REMOVED", session.getCallerPrincipal().getName(),
                tolerance.getCategory());
        LOG.info(() -> "Match tolerance removed for purchase category " + tolerance.getCategory());
    }
}
