package org.openprocure.web.requisition;

import java.io.Serializable;
import java.math.BigDecimal;

import org.openprocure.catalog.CatalogItem;

/** A catalog item as one row of the search results, copied while the service's transaction is open. */
public record CatalogRow(long id, long supplierId, String supplierName, String supplierPartNumber, String description, BigDecimal unitPrice,
        String currency, BigDecimal priceBasisQuantity, String unitCode, String category, Integer leadTimeDays) implements Serializable {

    static CatalogRow of(CatalogItem item) {
        return new CatalogRow(item.getId(), item.getSupplier().getId(), item.getSupplier().getName(), item.getSupplierPartNumber(),
                item.getDescription(), item.getPrice().amount(), item.getPrice().currency(), item.getPriceBasisQuantity(), item.getUnitCode(),
                item.getCategory(), item.getLeadTimeDays());
    }
}
