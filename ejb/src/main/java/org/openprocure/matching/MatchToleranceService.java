package org.openprocure.matching;

import java.math.BigDecimal;
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
import org.openprocure.shared.DocumentType;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;

/**
 * Chooses the tolerances a match applies: those agreed with the invoice's supplier, else the
 * company's defaults. Buyers and accounts payable record the agreed ones.
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

    /** Returns the tolerances for the supplier's invoices. */
    public MatchTolerance forSupplier(long supplierId) {
        return agreed(supplierId).map(SupplierMatchTolerance::toTolerance).orElseGet(this::companyDefault);
    }

    public MatchTolerance companyDefault() {
        return new MatchTolerance(settings.quantityTolerancePercent(), settings.priceTolerancePercent(), settings.priceToleranceAmount());
    }

    /** Returns the tolerances agreed with the supplier, if any. */
    public Optional<SupplierMatchTolerance> agreed(long supplierId) {
        return Optional.ofNullable(entityManager.find(SupplierMatchTolerance.class, supplierId));
    }

    /** Records the tolerances agreed with a supplier; they apply to its invoices matched from now on. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public SupplierMatchTolerance agree(long supplierId, BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal priceAmount) {
        Supplier supplier = suppliers.get(supplierId);
        SupplierMatchTolerance tolerance = agreed(supplierId).orElseGet(() -> new SupplierMatchTolerance(supplier.getId()));
        String actor = session.getCallerPrincipal().getName();
        tolerance.replace(quantityPercent, pricePercent, priceAmount, actor);
        if (!entityManager.contains(tolerance)) {
            entityManager.persist(tolerance);
        }
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "MATCH_TOLERANCE_AGREED", actor,
                "quantity " + tolerance.getQuantityPercent().toPlainString() + " %, price " + tolerance.getPricePercent().toPlainString()
                        + " % and " + tolerance.getPriceAmount().toPlainString() + " per unit");
        LOG.info(() -> "Match tolerance agreed with supplier " + supplierId);
        return tolerance;
    }

    /** Removes the supplier's own tolerances, so that the company's defaults apply again. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public void removeAgreement(long supplierId) {
        Supplier supplier = suppliers.get(supplierId);
        agreed(supplierId).ifPresent(tolerance -> {
            entityManager.remove(tolerance);
            auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "MATCH_TOLERANCE_REMOVED", session.getCallerPrincipal().getName());
        });
    }
}
