package org.openprocure.matching;

import java.math.BigDecimal;

/**
 * Tolerances as a buyer or an administrator sets them for a supplier or a purchase category;
 * checked when recorded. The three of quantity percent and unit price are required. The others
 * may be left out (null), and the company's default then applies for them. See {@link MatchTolerance}
 * for how each pair of limits applies.
 */
public record ToleranceDraft(BigDecimal quantityPercent, BigDecimal quantityAbsolute, BigDecimal pricePercent, BigDecimal priceAmount,
                             BigDecimal lineAmountPercent, BigDecimal lineAmountAbsolute) {
}
