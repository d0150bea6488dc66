package org.openprocure.invoicing;

/** How a dispute ended. A refused invoice will not be paid; the others may be once they match. */
public enum DisputeOutcome {
    CREDIT_NOTE_RECEIVED,
    REDELIVERED,
    PRICE_CORRECTED,
    ACCEPTED,
    INVOICE_REFUSED
}
