package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;

/**
 * Provides the unit factors a match may use: the codes the company counts as one unit, the second
 * unit an order line names, and the factors agreed with the supplier, which buyers and accounts
 * payable record.
 */
@Stateless
@PermitAll
public class UnitConversionService {

    private static final Logger LOG = Logger.getLogger(UnitConversionService.class.getName());

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

    /** Returns the codes the company counts as the same unit. */
    public UnitEquivalence equivalence() {
        return UnitEquivalence.parse(settings.equivalentUnits());
    }

    /**
     * Returns the factors for the lines of one supplier's orders: for each order line, its own
     * second unit first, then the factors agreed with the supplier, then equivalent codes.
     */
    public UnitFactors forSupplier(long supplierId) {
        UnitEquivalence units = equivalence();
        List<UnitConversions.Factor> agreed = agreed(supplierId).stream().map(SupplierUnitConversion::toFactor).toList();
        return (line, unitCode) -> {
            List<UnitConversions.Factor> factors = new ArrayList<>();
            if (line.getAlternativeUnitCode() != null) {
                factors.add(new UnitConversions.Factor(line.getAlternativeUnitCode(), line.getUnitCode(), line.getAlternativeUnitFactor()));
            }
            factors.addAll(agreed);
            return new UnitConversions(units, factors).factor(unitCode, line.getUnitCode());
        };
    }

    /** Returns the factors agreed with the supplier. */
    public List<SupplierUnitConversion> agreed(long supplierId) {
        return entityManager.createQuery("""
                        select c from SupplierUnitConversion c where c.supplierId = :supplierId
                        order by c.fromUnit, c.toUnit""", SupplierUnitConversion.class)
                .setParameter("supplierId", supplierId)
                .getResultList();
    }

    /** Records or replaces the factor agreed with a supplier; invoices matched from now on use it. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public SupplierUnitConversion agree(long supplierId, String fromUnit, String toUnit, BigDecimal factor) {
        Supplier supplier = suppliers.get(supplierId);
        String from = Inputs.requireUnitCode(fromUnit, "fromUnit");
        String to = Inputs.requireUnitCode(toUnit, "toUnit");
        SupplierUnitConversion conversion = find(supplier.getId(), from, to)
                .orElseGet(() -> new SupplierUnitConversion(supplier.getId(), from, to));
        String actor = session.getCallerPrincipal().getName();
        conversion.replace(factor, actor);
        if (conversion.getId() == null) {
            entityManager.persist(conversion);
        }
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "UNIT_CONVERSION_AGREED", actor,
                "1 " + from + " = " + conversion.getFactor().toPlainString() + " " + to);
        LOG.info(() -> "Unit conversion " + from + " to " + to + " agreed with supplier " + supplierId);
        return conversion;
    }

    /** Removes a factor agreed with a supplier; nothing happens when there is none. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public void remove(long supplierId, String fromUnit, String toUnit) {
        Supplier supplier = suppliers.get(supplierId);
        find(supplier.getId(), fromUnit, toUnit).ifPresent(conversion -> {
            entityManager.remove(conversion);
            auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "UNIT_CONVERSION_REMOVED", session.getCallerPrincipal().getName(),
                    conversion.getFromUnit() + " to " + conversion.getToUnit());
        });
    }

    private Optional<SupplierUnitConversion> find(long supplierId, String fromUnit, String toUnit) {
        return entityManager.createQuery("""
                        select c from SupplierUnitConversion c
                        where c.supplierId = :supplierId and c.fromUnit = :fromUnit and c.toUnit = :toUnit""", SupplierUnitConversion.class)
                .setParameter("supplierId", supplierId)
                .setParameter("fromUnit", fromUnit)
                .setParameter("toUnit", toUnit)
                .getResultStream()
                .findFirst();
    }
}
