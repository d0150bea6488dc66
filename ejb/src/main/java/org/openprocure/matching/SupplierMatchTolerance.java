package org.openprocure.matching;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The tolerances agreed with one supplier, in place of those of purchase categories and the company's defaults. */
@Entity
@Table(name = "supplier_match_tolerance")
public class SupplierMatchTolerance {

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @Version
    private long version;

    @Embedded
    private ToleranceValues values;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupplierMatchTolerance() {
    }

    SupplierMatchTolerance(long supplierId) {
        this.supplierId = supplierId;
    }

    /** Replaces the tolerances with checked ones. */
    void replace(ToleranceValues checked, String actor) {
        this.values = checked;
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    MatchTolerance toTolerance(MatchTolerance companyDefault) {
        return values.toTolerance(companyDefault);
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public ToleranceValues getValues() {
        return values;
    }

    public BigDecimal getQuantityPercent() {
        return values.getQuantityPercent();
    }

    public BigDecimal getPricePercent() {
        return values.getPricePercent();
    }

    public BigDecimal getPriceAmount() {
        return values.getPriceAmount();
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
