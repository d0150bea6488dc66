package org.openprocure.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.openprocure.catalog.CatalogItem;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;

/**
 * A checked requisition line before it belongs to a requisition.
 *
 * @param supplierPartAuxiliaryId the supplier's auxiliary part id from a punch-out cart, kept verbatim, or null
 * @param longText                the long description from a punch-out cart, or null
 * @param classificationDomain    the classification the category code belongs to, such as UNSPSC, or null
 * @param punchedOut              whether the line came back from the supplier's punch-out shop
 */
public record RequisitionLineDraft(Supplier supplier, Long catalogItemId, String supplierPartNumber, String description,
                                   BigDecimal quantity, String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity,
                                   String currency, BigDecimal vatRate, String costCentre, LocalDate needByDate, String category,
                                   String supplierPartAuxiliaryId, String longText, String classificationDomain,
                                   boolean punchedOut) {

    /** The size of the supplier_part_auxiliary_id column. */
    public static final int MAX_AUXILIARY_ID_LENGTH = 10000;
    /** The size of the long_text column. */
    public static final int MAX_LONG_TEXT_LENGTH = 100000;

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
        if (supplierPartAuxiliaryId != null && supplierPartAuxiliaryId.length() > MAX_AUXILIARY_ID_LENGTH) {
            throw new InvalidInputException("error.tooLong", "supplierPartAuxiliaryId",
                    String.valueOf(supplierPartAuxiliaryId.length()), String.valueOf(MAX_AUXILIARY_ID_LENGTH));
        }
        longText = Inputs.optionalText(longText, "longText", MAX_LONG_TEXT_LENGTH);
        classificationDomain = Inputs.optionalText(classificationDomain, "classificationDomain", 64);
    }

    /** Copies the supplier, part number, description, price, unit and purchase category of a catalog item. */
    public static RequisitionLineDraft fromCatalog(CatalogItem item, BigDecimal quantity, BigDecimal vatRate,
                                                   String costCentre, LocalDate needByDate, String category) {
        return new RequisitionLineDraft(item.getSupplier(), item.getId(), item.getSupplierPartNumber(), item.getDescription(),
                quantity, item.getUnitCode(), item.getPrice().amount(), item.getPriceBasisQuantity(),
                item.getPrice().currency(), vatRate, costCentre, needByDate, category != null ? category : item.getCategory(),
                null, null, null, false);
    }
}
