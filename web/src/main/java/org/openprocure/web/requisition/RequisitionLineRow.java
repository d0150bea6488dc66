package org.openprocure.web.requisition;

import java.io.Serializable;
import java.math.BigDecimal;

import org.openprocure.requisition.RequisitionLine;

/** One line of the requisition page, with the amount of quantity × price ÷ price basis. */
public record RequisitionLineRow(int lineNumber, long supplierId, String supplierName, String supplierPartId, String auxiliaryId,
                                 String description, String longText, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
                                 BigDecimal priceBasisQuantity, String currency, String classificationDomain, String classificationCode,
                                 String costCentre, BigDecimal lineAmount, boolean punchedOut) implements Serializable {

    static RequisitionLineRow of(RequisitionLine line) {
        return new RequisitionLineRow(line.getLineNumber(), line.getSupplier().getId(), line.getSupplier().getName(),
                line.getSupplierPartNumber(), line.getSupplierPartAuxiliaryId(), line.getDescription(), line.getLongText(), line.getQuantity(),
                line.getUnitCode(), line.getUnitPrice(), line.getPriceBasisQuantity(), line.getCurrency(), line.getClassificationDomain(),
                line.getCategory(), line.getCostCentre(), line.netAmount().amount(), line.isPunchedOut());
    }
}
