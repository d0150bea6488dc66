package org.openprocure.purchasing;

/**
 * A buyer's change was applied to an issued order, which now has this revision and waits for the
 * supplier's confirmation again on the changed lines; observers act after the transaction commits.
 */
public record PurchaseOrderRevised(long orderId, int revision) {
}
