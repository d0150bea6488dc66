package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/** A unit factor agreed with one supplier: one fromUnit contains factor toUnit, such as a box of 12 pieces. */
@Entity
@Table(name = "supplier_unit_conversion")
public class SupplierUnitConversion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_unit_conversion_seq")
    @SequenceGenerator(name = "supplier_unit_conversion_seq", sequenceName = "supplier_unit_conversion_seq", allocationSize = 50)
    private Long id;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Column(name = "from_unit", nullable = false)
    private String fromUnit;

    @Column(name = "to_unit", nullable = false)
    private String toUnit;

    @Column(nullable = false)
    private BigDecimal factor;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupplierUnitConversion() {
    }

    SupplierUnitConversion(long supplierId, String fromUnit, String toUnit) {
        this.supplierId = supplierId;
        this.fromUnit = Inputs.requireUnitCode(fromUnit, "fromUnit");
        this.toUnit = Inputs.requireUnitCode(toUnit, "toUnit");
        if (this.fromUnit.equals(this.toUnit)) {
            throw new InvalidInputException("error.unitConversion.sameUnit", this.fromUnit);
        }
    }

    void replace(BigDecimal newFactor, String actor) {
        factor = Inputs.requirePositive(newFactor, "factor");
        updatedBy = actor;
        updatedAt = Instant.now();
    }

    UnitConversions.Factor toFactor() {
        return new UnitConversions.Factor(fromUnit, toUnit, factor);
    }

    public Long getId() {
        return id;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public String getFromUnit() {
        return fromUnit;
    }

    public String getToUnit() {
        return toUnit;
    }

    public BigDecimal getFactor() {
        return factor;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
