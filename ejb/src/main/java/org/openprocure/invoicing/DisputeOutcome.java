package org.openprocure.invoicing;

/** The end of a dispute. An invoice refused in a dispute is not paid; after the other outcomes it may be, once it matches. */
public enum DisputeOutcome {
    CREDIT_NOTE_RECEIVED,
    REDELIVERED,
    PRICE_CORRECTED,
    ACCEPTED,
    INVOICE_REFUSED
}
