package org.openprocure.purchasing;

/**
 * Status of a purchase order, derived from its line counters by {@link PurchaseOrder#refreshStatus()}
 * so that it does not depend on which document arrived first.
 */
public enum PurchaseOrderStatus {
    ISSUED,
    PARTIALLY_CONFIRMED,
    CONFIRMED,
    REJECTED,
    SHIPPED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    /** Cancelled by a buyer before any goods were shipped; it stays so whatever arrives later. */
    CANCELLED
}
