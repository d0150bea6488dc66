package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.openprocure.purchasing.PurchaseOrderLine;

/**
 * An order line as the supplier invoices it from the portal: the order's terms, and the quantity
 * still to invoice. Once a receipt is posted, that quantity starts from what the buyer accepted
 * (received less rejected and returned), and before it from what the supplier shipped. What was
 * already invoiced is subtracted, and the result is never below zero.
 *
 * @param agreedUnitPrice the price the invoice should follow: the one the supplier confirmed, else the ordered one
 */
public record InvoiceableLine(String lineNumber, String supplierPartNumber, String description, String unitCode,
                              BigDecimal priceBasisQuantity, BigDecimal vatRate, BigDecimal orderedQuantity,
                              BigDecimal quantityToInvoice, BigDecimal agreedUnitPrice) {

    public static InvoiceableLine of(PurchaseOrderLine line) {
        BigDecimal delivered = line.getReceivedQuantity().signum() > 0
                ? line.getAcceptedQuantity().subtract(line.getReturnedQuantity())
                : line.getShippedQuantity();
        BigDecimal toInvoice = delivered.subtract(line.getInvoicedQuantity()).max(BigDecimal.ZERO);
        return new InvoiceableLine(line.getLineNumber(), line.getSupplierPartNumber(), line.getDescription(), line.getUnitCode(),
                line.getPriceBasisQuantity(), line.getVatRate(), line.getOrderedQuantity(), toInvoice, line.agreedUnitPrice());
    }

    /** Returns quantity × unit price ÷ price basis quantity, rounded half-up to the cent, as EN 16931 BT-131 is. */
    public BigDecimal netAmount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).divide(priceBasisQuantity, 2, RoundingMode.HALF_UP);
    }

    /** Tells whether the invoiced quantity is not the quantity still to invoice; a missing quantity differs. */
    public boolean quantityDiffers(BigDecimal quantity) {
        return quantity == null || quantity.compareTo(quantityToInvoice) != 0;
    }

    /** Tells whether the invoiced unit price is not the agreed one; a missing price differs. */
    public boolean priceDiffers(BigDecimal unitPrice) {
        return unitPrice == null || unitPrice.compareTo(agreedUnitPrice) != 0;
    }
}
