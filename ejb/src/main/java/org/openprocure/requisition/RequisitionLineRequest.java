package org.openprocure.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A requisition line as a requester writes it: either a catalog item id with quantity, VAT rate
 * and cost centre, or a free-text line that also names the supplier, price, currency and unit.
 * A catalog line takes the item's purchase category; a free-text line may name one in {@code category}.
 */
public record RequisitionLineRequest(Long catalogItemId, Long supplierId, String supplierPartNumber, String description,
                                     BigDecimal quantity, String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity,
                                     String currency, BigDecimal vatRate, String costCentre, LocalDate needByDate, String category) {
}
