package org.openprocure.purchasing;

/** A buyer cancelled an issued order; observers act after the transaction commits. */
public record PurchaseOrderCancelled(long orderId) {
}
