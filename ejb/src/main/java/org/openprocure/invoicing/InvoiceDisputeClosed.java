package org.openprocure.invoicing;

/** CDI event: a dispute on an invoice was resolved, fired in the transaction that records the outcome. */
public record InvoiceDisputeClosed(long invoiceId, long disputeId, DisputeOutcome outcome) {
}
