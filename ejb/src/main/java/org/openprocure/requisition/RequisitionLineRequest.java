package org.openprocure.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A requisition line as a requester writes it: either a catalog item id with quantity, VAT rate
 * and cost centre, or a free-text line that also names the supplier, price, currency and unit.
 * The purchase category, such as IT, is optional and lets approval rules add steps for it; a
 * catalog line without one takes the item's.
 */
public record RequisitionLineRequest(Long catalogItemId, Long supplierId, String supplierPartNumber, String description,
                                     BigDecimal quantity, String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity,
                                     String currency, BigDecimal vatRate, String costCentre, LocalDate needByDate, String category) {
}
