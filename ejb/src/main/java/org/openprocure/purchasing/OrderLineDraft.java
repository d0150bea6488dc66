package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The content of an order line before it belongs to an order; checked when the line is built.
 *
 * @param category              the purchase category, a classification code such as a UNSPSC commodity, or null
 * @param alternativeUnitCode   a second unit the supplier may deliver or invoice in, such as a box, or null
 * @param alternativeUnitFactor the number of order units in one alternative unit; given with the code
 */
public record OrderLineDraft(String lineNumber, String supplierPartNumber, String description, BigDecimal quantity,
                             String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity, BigDecimal vatRate,
                             String costCentre, LocalDate deliveryDate, String category, String alternativeUnitCode,
                             BigDecimal alternativeUnitFactor) {
}
