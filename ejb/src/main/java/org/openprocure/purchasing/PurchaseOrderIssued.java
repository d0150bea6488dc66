package org.openprocure.purchasing;

/** A purchase order was issued to its supplier; observers act after the transaction commits. */
public record PurchaseOrderIssued(long orderId) {
}
