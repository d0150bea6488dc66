package org.openprocure.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.openprocure.matching.MatchTolerance;

/**
 * Tolerances in force, as the API shows them for a supplier or a purchase category: the values
 * that apply, with the company's default in place of each value the record leaves empty.
 *
 * @param agreed whether a supplier agreement or a category record sets them; false for the company's defaults
 */
public record ToleranceView(boolean agreed, BigDecimal quantityPercent, BigDecimal quantityAbsolute, BigDecimal pricePercent,
                            BigDecimal priceAmount, BigDecimal lineAmountPercent, BigDecimal lineAmountAbsolute, String updatedBy,
                            Instant updatedAt) {

    static ToleranceView of(boolean agreed, MatchTolerance values, String updatedBy, Instant updatedAt) {
        return new ToleranceView(agreed, Figures.plain(values.quantityPercent()), Figures.plain(values.quantityAbsolute()),
                Figures.plain(values.pricePercent()), Figures.plain(values.priceAmount()), Figures.plain(values.lineAmountPercent()),
                Figures.plain(values.lineAmountAbsolute()), updatedBy, updatedAt);
    }
}
