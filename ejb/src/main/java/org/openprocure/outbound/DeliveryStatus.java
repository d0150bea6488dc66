package org.openprocure.outbound;

/** Where a delivery stands: waiting for its next attempt, delivered, or failed after its last attempt. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
