package org.openprocure.invoicing;

/**
 * The processing status of an invoice shown to its supplier. The buyer's internal statuses tell
 * more than the supplier needs, such as tolerances or a discrepancy that accounts payable has not
 * reviewed yet, so each maps to one of these.
 */
public enum SupplierFacingStatus {
    /** Received, and the match or the routing has not finished. */
    IN_PROCESS,
    /** Waiting for the goods receipt of the invoiced order lines. */
    AWAITING_RECEIPT,
    /** Accounts payable is checking it: a discrepancy, an invoice without an order or without lines. */
    UNDER_REVIEW,
    /** Good to pay. */
    APPROVED,
    /** A dispute with the supplier is open (lifecycle 207). */
    IN_DISPUTE,
    /** Refused by the buyer: a dispute or a cost centre owner refused it. */
    REFUSED,
    /** The document failed the EN 16931 rules; the supplier sends a corrected one. */
    REJECTED;

    /** Maps the invoice's state: an open dispute or a refusal after one (lifecycle 207, 210) comes before the match status. */
    public static SupplierFacingStatus of(SupplierInvoice invoice) {
        if (invoice.getStatus() != InvoiceStatus.REJECTED && invoice.getLifecycle() == LifecycleStatus.IN_DISPUTE) {
            return IN_DISPUTE;
        }
        if (invoice.getLifecycle() == LifecycleStatus.REFUSED) {
            return REFUSED;
        }
        return of(invoice.getStatus());
    }

    public static SupplierFacingStatus of(InvoiceStatus status) {
        return switch (status) {
            case AWAITING_MATCH -> IN_PROCESS;
            case AWAITING_RECEIPT -> AWAITING_RECEIPT;
            case NO_ORDER_REFERENCE, DISCREPANCY, AWAITING_APPROVAL, HEADER_ONLY_REVIEW -> UNDER_REVIEW;
            case MATCHED, MATCHED_WITHIN_TOLERANCE, DISCREPANCY_ACCEPTED, APPROVED_WITHOUT_ORDER -> APPROVED;
            case REFUSED -> REFUSED;
            case REJECTED -> REJECTED;
        };
    }
}
