package org.openprocure.invoicing;

/**
 * Status of an invoice in matching. It is NO_ORDER_REFERENCE until accounts payable assigns an order,
 * AWAITING_MATCH until the first match run, and afterwards takes the outcome of the latest run.
 * DISCREPANCY_ACCEPTED is a discrepancy that accounts payable accepted for payment; a later run
 * that finds the invoice matched replaces it, a later discrepancy does not.
 */
public enum InvoiceStatus {
    NO_ORDER_REFERENCE,
    AWAITING_MATCH,
    AWAITING_RECEIPT,
    MATCHED,
    MATCHED_WITHIN_TOLERANCE,
    DISCREPANCY,
    DISCREPANCY_ACCEPTED
}
