package org.openprocure.outbound;

/** The state of a delivery: waiting for its next attempt, delivered, or failed after its last attempt. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
