package org.openprocure.invoicing;

/** CDI event fired in the transaction that stored an invoice or changed its order reference. */
public record InvoiceReceived(long invoiceId) {
}
