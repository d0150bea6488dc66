package org.openprocure.invoicing;

/** CDI event: accounts payable opened a dispute on an invoice, fired in the transaction that stores it. */
public record InvoiceDisputeOpened(long invoiceId, long disputeId) {
}
