package org.openprocure.integration;

/** PENDING until the receiver answers 2xx (DELIVERED) or every retry has failed (FAILED); a re-send makes it PENDING again. */
public enum WebhookDeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
