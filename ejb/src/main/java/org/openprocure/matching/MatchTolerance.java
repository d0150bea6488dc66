package org.openprocure.matching;

import java.math.BigDecimal;

/**
 * How far an invoice may go beyond the order and receipt and still match.
 * <ul>
 * <li>A unit price is within tolerance when its excess is within both the percentage of the order
 * price and the absolute amount per unit, so the stricter limit applies.</li>
 * <li>A quantity is within tolerance when its excess is within either the percentage of the
 * available quantity or the absolute number of units, so the larger limit applies.</li>
 * <li>A line amount, and a document-level charge or allowance, is within tolerance when its
 * difference is within either the percentage of the order's amount or the absolute amount.</li>
 * </ul>
 * Absolute amounts are in the invoice currency.
 */
public record MatchTolerance(BigDecimal quantityPercent, BigDecimal quantityAbsolute, BigDecimal pricePercent,
                             BigDecimal priceAmount, BigDecimal lineAmountPercent, BigDecimal lineAmountAbsolute) {

    public static final MatchTolerance EXACT = new MatchTolerance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** A tolerance on quantity and price only: no absolute quantity excess, and line amounts must be exact. */
    public MatchTolerance(BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal priceAmount) {
        this(quantityPercent, BigDecimal.ZERO, pricePercent, priceAmount, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
