package org.openprocure.catalog.imports;

import java.math.BigDecimal;

/** A checked catalog file row, ready to become an item of the new catalog version. */
public record CatalogRow(long rowNumber, String supplierPartNumber, String description, BigDecimal unitPrice, String currency,
                         BigDecimal priceBasisQuantity, String unitCode, String category, Integer leadTimeDays) {
}
