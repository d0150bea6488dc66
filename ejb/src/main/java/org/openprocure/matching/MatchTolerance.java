package org.openprocure.matching;

import java.math.BigDecimal;

/**
 * How far an invoice may go beyond the order and receipt and still match. A unit price is within
 * tolerance when its excess is within both the percentage of the order price and the absolute amount.
 */
public record MatchTolerance(BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal priceAmount) {

    public static final MatchTolerance EXACT = new MatchTolerance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
}
