package org.openprocure.outbound;

/** What a delivery tells the supplier: a new order, a changed one, a cancelled one, or a goods receipt. */
public enum DeliveryPurpose {
    NEW,
    UPDATE,
    DELETE,
    RECEIPT
}
