package org.openprocure.matching;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/** The tolerances agreed with one supplier, in place of the company's defaults. */
@Entity
@Table(name = "supplier_match_tolerance")
public class SupplierMatchTolerance {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @Version
    private long version;

    @Column(name = "quantity_percent", nullable = false)
    private BigDecimal quantityPercent;

    @Column(name = "price_percent", nullable = false)
    private BigDecimal pricePercent;

    @Column(name = "price_amount", nullable = false)
    private BigDecimal priceAmount;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupplierMatchTolerance() {
    }

    SupplierMatchTolerance(long supplierId) {
        this.supplierId = supplierId;
    }

    /** Replaces the three tolerances; percentages go from 0 to 100 with at most 4 decimals. */
    void replace(BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal priceAmount, String actor) {
        this.quantityPercent = percent(quantityPercent, "quantityPercent");
        this.pricePercent = percent(pricePercent, "pricePercent");
        this.priceAmount = Inputs.requireNotNegative(Inputs.requirePresent(priceAmount, "priceAmount"), "priceAmount");
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    private static BigDecimal percent(BigDecimal value, String field) {
        BigDecimal percent = Inputs.requireNotNegative(Inputs.requirePresent(value, field), field);
        if (percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException("error.tolerance.percent", field, percent.toPlainString());
        }
        return percent;
    }

    MatchTolerance toTolerance() {
        return new MatchTolerance(quantityPercent, pricePercent, priceAmount);
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public BigDecimal getQuantityPercent() {
        return quantityPercent;
    }

    public BigDecimal getPricePercent() {
        return pricePercent;
    }

    public BigDecimal getPriceAmount() {
        return priceAmount;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
