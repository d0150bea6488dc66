package org.openprocure.invoicing;

/** The reason code of a dispute over an invoice. */
public enum DisputeReason {
    PRICE,
    QUANTITY,
    NOT_RECEIVED,
    DAMAGED_OR_DEFECTIVE,
    NOT_ORDERED,
    DUPLICATE,
    OTHER
}
