package org.openprocure.web.purchasing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.openprocure.purchasing.OrderLineDraft;

/**
 * The line a buyer adds to an order in a change, as typed on the order page. The unit code and VAT
 * rate start at C62 (one piece) and 20 %, the French standard rate. The service checks every field.
 */
public class NewOrderLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String supplierPartNumber;
    private String description;
    private BigDecimal quantity;
    private String unitCode = "C62";
    private BigDecimal unitPrice;
    private BigDecimal vatRate = new BigDecimal("20");
    private LocalDate deliveryDate;

    /** Tells whether the buyer typed any of the line's own fields, so that the line joins the change. */
    boolean isTyped() {
        return description != null && !description.isBlank() || supplierPartNumber != null && !supplierPartNumber.isBlank()
                || quantity != null || unitPrice != null || deliveryDate != null;
    }

    /** Returns the draft the service checks, numbered by the order after its highest line. */
    OrderLineDraft toDraft() {
        return new OrderLineDraft(null, supplierPartNumber, description, quantity, unitCode, unitPrice, BigDecimal.ONE, vatRate, null,
                deliveryDate, null, null, null);
    }

    public String getSupplierPartNumber() {
        return supplierPartNumber;
    }

    public void setSupplierPartNumber(String supplierPartNumber) {
        this.supplierPartNumber = supplierPartNumber;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public void setVatRate(BigDecimal vatRate) {
        this.vatRate = vatRate;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }
}
