package org.openprocure.web.purchasing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.openprocure.purchasing.PurchaseOrderLine;

/**
 * One line of the order page with its counters and the supplier's confirmation, and the new
 * quantity, unit price and delivery date the buyer types to propose a change, each null to keep the
 * current one.
 */
public class OrderLineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String lineNumber;
    private final String supplierPartNumber;
    private final String description;
    private final String unitCode;
    private final BigDecimal orderedQuantity;
    private final BigDecimal confirmedQuantity;
    private final BigDecimal shippedQuantity;
    private final BigDecimal receivedQuantity;
    private final BigDecimal acceptedQuantity;
    private final BigDecimal rejectedQuantity;
    private final BigDecimal invoicedQuantity;
    private final BigDecimal unitPrice;
    private final BigDecimal confirmedUnitPrice;
    private final BigDecimal priceBasisQuantity;
    private final LocalDate requestedDeliveryDate;
    private final LocalDate confirmedDeliveryDate;
    private final String confirmationStatus;
    private BigDecimal newQuantity;
    private BigDecimal newUnitPrice;
    private LocalDate newDeliveryDate;

    OrderLineRow(PurchaseOrderLine line) {
        lineNumber = line.getLineNumber();
        supplierPartNumber = line.getSupplierPartNumber();
        description = line.getDescription();
        unitCode = line.getUnitCode();
        orderedQuantity = line.getOrderedQuantity();
        confirmedQuantity = line.getConfirmedQuantity();
        shippedQuantity = line.getShippedQuantity();
        receivedQuantity = line.getReceivedQuantity();
        acceptedQuantity = line.getAcceptedQuantity();
        rejectedQuantity = line.getRejectedQuantity();
        invoicedQuantity = line.getInvoicedQuantity();
        unitPrice = line.getUnitPrice();
        confirmedUnitPrice = line.getConfirmedUnitPrice();
        priceBasisQuantity = line.getPriceBasisQuantity();
        requestedDeliveryDate = line.getRequestedDeliveryDate();
        confirmedDeliveryDate = line.getConfirmedDeliveryDate();
        confirmationStatus = line.getConfirmationStatus().name();
    }

    /** Tells whether the buyer typed a new quantity, unit price or delivery date on this line. */
    boolean isChanged() {
        return newQuantity != null || newUnitPrice != null || newDeliveryDate != null;
    }

    public String getLineNumber() {
        return lineNumber;
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

    public BigDecimal getOrderedQuantity() {
        return orderedQuantity;
    }

    public BigDecimal getConfirmedQuantity() {
        return confirmedQuantity;
    }

    public BigDecimal getShippedQuantity() {
        return shippedQuantity;
    }

    public BigDecimal getReceivedQuantity() {
        return receivedQuantity;
    }

    public BigDecimal getAcceptedQuantity() {
        return acceptedQuantity;
    }

    public BigDecimal getRejectedQuantity() {
        return rejectedQuantity;
    }

    public BigDecimal getInvoicedQuantity() {
        return invoicedQuantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getConfirmedUnitPrice() {
        return confirmedUnitPrice;
    }

    public BigDecimal getPriceBasisQuantity() {
        return priceBasisQuantity;
    }

    public LocalDate getRequestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public LocalDate getConfirmedDeliveryDate() {
        return confirmedDeliveryDate;
    }

    public String getConfirmationStatus() {
        return confirmationStatus;
    }

    public BigDecimal getNewQuantity() {
        return newQuantity;
    }

    public void setNewQuantity(BigDecimal newQuantity) {
        this.newQuantity = newQuantity;
    }

    public BigDecimal getNewUnitPrice() {
        return newUnitPrice;
    }

    public void setNewUnitPrice(BigDecimal newUnitPrice) {
        this.newUnitPrice = newUnitPrice;
    }

    public LocalDate getNewDeliveryDate() {
        return newDeliveryDate;
    }

    public void setNewDeliveryDate(LocalDate newDeliveryDate) {
        this.newDeliveryDate = newDeliveryDate;
    }
}
