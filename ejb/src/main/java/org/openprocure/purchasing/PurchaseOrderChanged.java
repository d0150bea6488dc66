package org.openprocure.purchasing;

/**
 * CDI event fired in the transaction that changed what an order's invoices are matched against:
 * an order imported or issued, a confirmation, a goods receipt, a credit note linked to the order,
 * a return posted or cancelled.
 */
public record PurchaseOrderChanged(long orderId) {
}
