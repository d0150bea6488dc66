package org.openprocure.matching;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The tolerances a stored match result applied, with their source, so that the result explains itself later. */
@Embeddable
public class RecordedTolerance {

    @Enumerated(EnumType.STRING)
    @Column(name = "tolerance_source")
    private ToleranceSource source;

    @Column(name = "tolerance_category")
    private String category;

    @Column(name = "quantity_tolerance_percent")
    private BigDecimal quantityPercent;

    @Column(name = "quantity_tolerance_absolute")
    private BigDecimal quantityAbsolute;

    @Column(name = "price_tolerance_percent")
    private BigDecimal pricePercent;

    @Column(name = "price_tolerance_amount")
    private BigDecimal priceAmount;

    @Column(name = "line_amount_tolerance_percent")
    private BigDecimal lineAmountPercent;

    @Column(name = "line_amount_tolerance_absolute")
    private BigDecimal lineAmountAbsolute;

    protected RecordedTolerance() {
    }

    /** Returns the record of the applied tolerances, or null when none were applied. */
    static RecordedTolerance of(AppliedTolerance applied) {
        if (applied == null) {
            return null;
        }
        RecordedTolerance recorded = new RecordedTolerance();
        recorded.source = applied.source();
        recorded.category = applied.category();
        MatchTolerance values = applied.values();
        recorded.quantityPercent = values.quantityPercent();
        recorded.quantityAbsolute = values.quantityAbsolute();
        recorded.pricePercent = values.pricePercent();
        recorded.priceAmount = values.priceAmount();
        recorded.lineAmountPercent = values.lineAmountPercent();
        recorded.lineAmountAbsolute = values.lineAmountAbsolute();
        return recorded;
    }

    public ToleranceSource getSource() {
        return source;
    }

    /** Returns the purchase category whose tolerances applied, or null when they came from elsewhere. */
    public String getCategory() {
        return category;
    }

    public BigDecimal getQuantityPercent() {
        return quantityPercent;
    }

    public BigDecimal getQuantityAbsolute() {
        return quantityAbsolute;
    }

    public BigDecimal getPricePercent() {
        return pricePercent;
    }

    public BigDecimal getPriceAmount() {
        return priceAmount;
    }

    public BigDecimal getLineAmountPercent() {
        return lineAmountPercent;
    }

    public BigDecimal getLineAmountAbsolute() {
        return lineAmountAbsolute;
    }
}
