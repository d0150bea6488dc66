package org.openprocure.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.openprocure.catalog.CatalogItem;
import org.openprocure.shared.Inputs;
import org.openprocure.supplier.Supplier;

/** A checked requisition line before it belongs to a requisition. */
public record RequisitionLineDraft(Supplier supplier, Long catalogItemId, String supplierPartNumber, String description,
                                   BigDecimal quantity, String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity,
                                   String currency, BigDecimal vatRate, String costCentre, LocalDate needByDate, String category) {

    public RequisitionLineDraft {
        Inputs.requirePresent(supplier, "supplierId");
        supplierPartNumber = Inputs.optionalText(supplierPartNumber, "supplierPartNumber", 128);
        description = Inputs.requireText(description, "description", 1000);
        Inputs.requirePositive(quantity, "quantity");
        unitCode = Inputs.requireUnitCode(unitCode, "unitCode");
        Inputs.requireNotNegative(unitPrice, "unitPrice");
        Inputs.requirePositive(priceBasisQuantity, "priceBasisQuantity");
        currency = Inputs.requireCurrency(currency, "currency");
        Inputs.requireVatRate(vatRate, "vatRate");
        costCentre = Inputs.requireText(costCentre, "costCentre", 64);
        category = Inputs.optionalCode(category, "category");
    }

    /** Copies the supplier, part number, description, price, unit and purchase category of a catalog item. */
    public static RequisitionLineDraft fromCatalog(CatalogItem item, BigDecimal quantity, BigDecimal vatRate,
                                                   String costCentre, LocalDate needByDate, String category) {
        return new RequisitionLineDraft(item.getSupplier(), item.getId(), item.getSupplierPartNumber(), item.getDescription(),
                quantity, item.getUnitCode(), item.getPrice().amount(), item.getPriceBasisQuantity(),
                item.getPrice().currency(), vatRate, costCentre, needByDate, category != null ? category : item.getCategory());
    }
}
