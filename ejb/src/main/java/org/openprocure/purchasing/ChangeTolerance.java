package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.openprocure.shared.Money;

/**
 * How far a buyer may raise an approved order's total excluding VAT without a new approval. The
 * stricter of the two limits wins: an increase is within tolerance only when it is at most
 * {@code percent} of the approved total and at most {@code amount} in the company currency, both
 * limits included. A lower or equal total is always within tolerance. A new line, and any change
 * to an order in another currency, is always beyond it, because a new article was never approved
 * and no exchange rate is applied.
 */
public record ChangeTolerance(BigDecimal percent, Money amount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ChangeTolerance {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(amount, "amount");
    }

    /** Returns whether the change from the approved total to the proposed one may be applied without a new approval. */
    public boolean covers(Money approved, Money proposed, boolean addsLines) {
        if (addsLines || !approved.currency().equals(amount.currency()) || !proposed.currency().equals(amount.currency())) {
            return false;
        }
        BigDecimal increase = proposed.amount().subtract(approved.amount());
        return increase.compareTo(allowedIncrease(approved)) <= 0;
    }

    /** Returns the largest increase of this approved total that stays within tolerance: the smaller of the two limits. */
    public BigDecimal allowedIncrease(Money approved) {
        BigDecimal byPercent = approved.amount().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return byPercent.min(amount.amount());
    }

    /** Describes the limits in codes for the audit trail, the same in every language: "5 % and 100 EUR". */
    public String describe() {
        return percent.stripTrailingZeros().toPlainString() + " % and " + amount.amount().stripTrailingZeros().toPlainString()
                + " " + amount.currency();
    }
}
