package org.openprocure.invoicing;

/** Why accounts payable disputes an invoice. */
public enum DisputeReason {
    PRICE,
    QUANTITY,
    NOT_RECEIVED,
    DAMAGED_OR_DEFECTIVE,
    NOT_ORDERED,
    DUPLICATE,
    OTHER
}
