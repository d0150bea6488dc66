package org.openprocure.matching;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * The tolerances stored for a supplier or a purchase category. A value left empty follows the
 * company's default. Percentages go from 0 to 100 with at most 4 decimals.
 */
@Embeddable
public class ToleranceValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(name = "quantity_percent", nullable = false)
    private BigDecimal quantityPercent;

    @Column(name = "quantity_absolute")
    private BigDecimal quantityAbsolute;

    @Column(name = "price_percent", nullable = false)
    private BigDecimal pricePercent;

    @Column(name = "price_amount", nullable = false)
    private BigDecimal priceAmount;

    @Column(name = "line_amount_percent")
    private BigDecimal lineAmountPercent;

    @Column(name = "line_amount_absolute")
    private BigDecimal lineAmountAbsolute;

    protected ToleranceValues() {
    }

    /** Checks the draft; a value out of range fails with a message naming its field and value. */
    static ToleranceValues of(ToleranceDraft draft) {
        Inputs.requirePresent(draft, "body");
        ToleranceValues values = new ToleranceValues();
        values.quantityPercent = percent(Inputs.requirePresent(draft.quantityPercent(), "quantityPercent"), "quantityPercent");
        values.quantityAbsolute = optionalAmount(draft.quantityAbsolute(), "quantityAbsolute");
        values.pricePercent = percent(Inputs.requirePresent(draft.pricePercent(), "pricePercent"), "pricePercent");
        values.priceAmount = Inputs.requireNotNegative(Inputs.requirePresent(draft.priceAmount(), "priceAmount"), "priceAmount");
        values.lineAmountPercent = draft.lineAmountPercent() == null ? null : percent(draft.lineAmountPercent(), "lineAmountPercent");
        values.lineAmountAbsolute = optionalAmount(draft.lineAmountAbsolute(), "lineAmountAbsolute");
        return values;
    }

    private static BigDecimal percent(BigDecimal value, String field) {
        BigDecimal percent = Inputs.requireNotNegative(value, field);
        if (percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException("error.tolerance.percent", field, percent.toPlainString());
        }
        return percent;
    }

    private static BigDecimal optionalAmount(BigDecimal value, String field) {
        return value == null ? null : Inputs.requireNotNegative(value, field);
    }

    /** Returns the tolerances these values set, with the company's default in place of each empty one. */
    public MatchTolerance toTolerance(MatchTolerance companyDefault) {
        return new MatchTolerance(quantityPercent, orElse(quantityAbsolute, companyDefault.quantityAbsolute()), pricePercent, priceAmount,
                orElse(lineAmountPercent, companyDefault.lineAmountPercent()), orElse(lineAmountAbsolute, companyDefault.lineAmountAbsolute()));
    }

    private static BigDecimal orElse(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }

    /** Describes the values for the audit trail, in codes and figures that read the same in every language. */
    String describe() {
        return "quantity " + plain(quantityPercent) + " % or " + plain(quantityAbsolute) + ", price " + plain(pricePercent) + " % and "
                + plain(priceAmount) + " per unit, line amount " + plain(lineAmountPercent) + " % or " + plain(lineAmountAbsolute);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "default" : value.stripTrailingZeros().toPlainString();
    }

    public BigDecimal getQuantityPercent() {
        return quantityPercent;
    }

    /** Returns the absolute quantity excess allowed, or null when the company's default applies. */
    public BigDecimal getQuantityAbsolute() {
        return quantityAbsolute;
    }

    public BigDecimal getPricePercent() {
        return pricePercent;
    }

    public BigDecimal getPriceAmount() {
        return priceAmount;
    }

    /** Returns the line amount percentage, or null when the company's default applies. */
    public BigDecimal getLineAmountPercent() {
        return lineAmountPercent;
    }

    /** Returns the absolute line amount excess, or null when the company's default applies. */
    public BigDecimal getLineAmountAbsolute() {
        return lineAmountAbsolute;
    }
}
