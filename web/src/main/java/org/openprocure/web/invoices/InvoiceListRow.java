package org.openprocure.web.invoices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.openprocure.invoicing.SupplierInvoice;

/** A supplier invoice as one row of accounts payable's list; the reception time is in the server's time zone. */
public record InvoiceListRow(long id, String number, String sellerName, String orderReference, LocalDate issueDate,
                             LocalDateTime receivedAt, BigDecimal totalWithVat, String currency, String status, String lifecycleCode,
                             boolean onHold) implements Serializable {

    static InvoiceListRow of(SupplierInvoice invoice) {
        return new InvoiceListRow(invoice.getId(), invoice.getNumber(), invoice.getSellerName(), invoice.getOrderReference(),
                invoice.getIssueDate(), LocalDateTime.ofInstant(invoice.getReceivedAt(), ZoneId.systemDefault()), invoice.getTotalWithVat(),
                invoice.getCurrency(), invoice.getStatus().name(), invoice.getLifecycle() == null ? null : invoice.getLifecycle().code(),
                invoice.isOnHold());
    }
}
