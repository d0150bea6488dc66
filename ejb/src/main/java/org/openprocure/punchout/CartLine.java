package org.openprocure.punchout;

import java.math.BigDecimal;

/**
 * One line of a punch-out cart as the supplier's shop sent it, before it becomes a requisition line.
 *
 * @param supplierPartAuxiliaryId kept verbatim, whitespace included, because the supplier expects it back on the order
 * @param unitPrice               the price of {@code priceBasisQuantity} units
 * @param classificationCode      a code such as a UNSPSC commodity, or null
 */
public record CartLine(String supplierPartId, String supplierPartAuxiliaryId, String description, String longText,
                       BigDecimal quantity, String unitCode, BigDecimal unitPrice, String currency,
                       BigDecimal priceBasisQuantity, String classificationDomain, String classificationCode) {
}
