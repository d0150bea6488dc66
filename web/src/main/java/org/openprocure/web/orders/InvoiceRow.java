package org.openprocure.web.orders;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.openprocure.invoicing.SupplierInvoice;

/** A supplier invoice as one row of the invoices table. */
public record InvoiceRow(long id, String number, String sellerName, String orderReference, BigDecimal totalWithVat,
                         String currency, String status, Instant receivedAt) implements Serializable {

    static InvoiceRow of(SupplierInvoice invoice) {
        return new InvoiceRow(invoice.getId(), invoice.getNumber(), invoice.getSellerName(), invoice.getOrderReference(),
                invoice.getTotalWithVat(), invoice.getCurrency(), invoice.getStatus().name(), invoice.getReceivedAt());
    }
}
