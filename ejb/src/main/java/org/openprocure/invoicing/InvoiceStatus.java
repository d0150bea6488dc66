package org.openprocure.invoicing;

/**
 * Status of an invoice in matching. It is NO_ORDER_REFERENCE until accounts payable assigns an order,
 * AWAITING_MATCH until the first match run, and afterwards takes the outcome of the latest run.
 * DISCREPANCY_ACCEPTED is a discrepancy that accounts payable accepted for payment; a later run
 * that finds the invoice matched replaces it, a later discrepancy does not.
 * An invoice without an order is not matched: routed to a cost centre, it is AWAITING_APPROVAL
 * until the cost centre's owner approves it (APPROVED_WITHOUT_ORDER) or refuses it (REFUSED).
 * HEADER_ONLY_REVIEW is an invoice of a profile without lines (Factur-X MINIMUM or BASIC WL) that
 * names an order. It is never matched line by line. Accounts payable compares its totals with the
 * order, then accepts it for payment (DISCREPANCY_ACCEPTED) or disputes it.
 * <p>
 * A document that fails the EN 16931 validation is REJECTED from the start and stays so: it is
 * never matched nor approved, and the supplier sends a corrected document instead.
 */
public enum InvoiceStatus {
    NO_ORDER_REFERENCE,
    AWAITING_MATCH,
    AWAITING_RECEIPT,
    MATCHED,
    MATCHED_WITHIN_TOLERANCE,
    DISCREPANCY,
    DISCREPANCY_ACCEPTED,
    AWAITING_APPROVAL,
    APPROVED_WITHOUT_ORDER,
    REFUSED,
    HEADER_ONLY_REVIEW,
    REJECTED
}
