package org.openprocure.outbound;

/** The reason for a delivery to the supplier: a new order, a changed one, a cancelled one, or a goods receipt. */
public enum DeliveryPurpose {
    NEW,
    UPDATE,
    DELETE,
    RECEIPT
}
