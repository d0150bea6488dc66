package org.openprocure.web.requisition;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.openprocure.requisition.RequisitionLineRequest;

/**
 * One line of the requester's cart, edited on the page until the requisition is created: a catalog
 * item (catalogItemId set) or a free-text line that names its supplier, price and unit.
 */
public class CartLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long catalogItemId;
    private final long supplierId;
    private final String supplierName;
    private final String supplierPartNumber;
    private final String description;
    private final String unitCode;
    private final BigDecimal unitPrice;
    private final BigDecimal priceBasisQuantity;
    private final String currency;
    private final String category;
    private BigDecimal quantity;
    private BigDecimal vatRate;
    private String costCentre;
    private LocalDate needByDate;

    CartLine(Long catalogItemId, long supplierId, String supplierName, String supplierPartNumber, String description, BigDecimal quantity,
            String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity, String currency, BigDecimal vatRate, String costCentre,
            LocalDate needByDate, String category) {
        this.catalogItemId = catalogItemId;
        this.supplierId = supplierId;
        this.supplierName = supplierName;
        this.supplierPartNumber = supplierPartNumber;
        this.description = description;
        this.quantity = quantity;
        this.unitCode = unitCode;
        this.unitPrice = unitPrice;
        this.priceBasisQuantity = priceBasisQuantity == null ? BigDecimal.ONE : priceBasisQuantity;
        this.currency = currency;
        this.vatRate = vatRate;
        this.costCentre = costCentre;
        this.needByDate = needByDate;
        this.category = category;
    }

    /** Returns the line as the requisition service takes it. */
    RequisitionLineRequest toRequest() {
        if (catalogItemId != null) {
            return new RequisitionLineRequest(catalogItemId, null, null, null, quantity, null, null, null, null, vatRate, costCentre,
                    needByDate, category);
        }
        return new RequisitionLineRequest(null, supplierId, supplierPartNumber, description, quantity, unitCode, unitPrice,
                priceBasisQuantity, currency, vatRate, costCentre, needByDate, category);
    }

    /** Returns quantity × unit price ÷ price basis quantity, rounded to the cent, or null while the quantity is missing. */
    public BigDecimal getLineAmount() {
        if (quantity == null) {
            return null;
        }
        return quantity.multiply(unitPrice).divide(priceBasisQuantity, 2, RoundingMode.HALF_UP);
    }

    public boolean isFromCatalog() {
        return catalogItemId != null;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getSupplierPartNumber() {
        return supplierPartNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getPriceBasisQuantity() {
        return priceBasisQuantity;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public void setVatRate(BigDecimal vatRate) {
        this.vatRate = vatRate;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public LocalDate getNeedByDate() {
        return needByDate;
    }

    public void setNeedByDate(LocalDate needByDate) {
        this.needByDate = needByDate;
    }
}
