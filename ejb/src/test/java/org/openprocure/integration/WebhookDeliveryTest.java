package org.openprocure.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.openprocure.shared.TransitionNotAllowedException;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));

    private static WebhookDelivery delivery() {
        WebhookSubscription subscription = new WebhookSubscription("http://127.0.0.1:9/erp", List.of("purchase-order.issued"), "sealed",
                "admin");
        return new WebhookDelivery(subscription, new ErpEvent(ErpEventType.PURCHASE_ORDER_ISSUED, NOW), NOW);
    }

    @Test
    void failedAttemptWaitsForFirstDelay() {
        WebhookDelivery delivery = delivery();

        Duration wait = delivery.recordAttempt(NOW, 500, null, 12, DELAYS);

        assertEquals(Duration.ofMinutes(1), wait);
        assertEquals(WebhookDeliveryStatus.PENDING, delivery.getStatus());
        assertEquals(NOW.plusSeconds(60), delivery.getNextAttemptAt());
        assertEquals(500, delivery.getLastStatusCode());
    }

    @Test
    void successfulRetryDelivers() {
        WebhookDelivery delivery = delivery();
        delivery.recordAttempt(NOW, null, "ConnectException", 5, DELAYS);

        Duration wait = delivery.recordAttempt(NOW.plusSeconds(60), 204, null, 7, DELAYS);

        assertNull(wait);
        assertEquals(WebhookDeliveryStatus.DELIVERED, delivery.getStatus());
        assertEquals(2, delivery.getAttempts().size());
        assertEquals("ConnectException", delivery.getAttempts().get(0).getError());
        assertEquals(204, delivery.getAttempts().get(1).getStatusCode());
        assertNull(delivery.getNextAttemptAt());
    }

    @Test
    void lastDelayUsedUpFailsDelivery() {
        WebhookDelivery delivery = delivery();
        delivery.recordAttempt(NOW, 503, null, 1, DELAYS);
        delivery.recordAttempt(NOW, 503, null, 1, DELAYS);

        Duration wait = delivery.recordAttempt(NOW, 503, null, 1, DELAYS);

        assertNull(wait);
        assertEquals(WebhookDeliveryStatus.FAILED, delivery.getStatus());
        assertEquals(3, delivery.getAttemptCount());
    }

    @Test
    void resendRestartsRetriesAndKeepsLog() {
        WebhookDelivery delivery = delivery();
        delivery.recordAttempt(NOW, 400, null, 1, List.of());

        delivery.resend(NOW.plusSeconds(5));

        assertEquals(WebhookDeliveryStatus.PENDING, delivery.getStatus());
        assertEquals(0, delivery.getAttemptCount());
        assertEquals(1, delivery.getAttempts().size());
        delivery.recordAttempt(NOW.plusSeconds(6), 200, null, 1, List.of());
        assertEquals(2, delivery.getAttempts().get(1).getAttemptNumber());
    }

    @Test
    void resendOfPendingDeliveryIsRejected() {
        WebhookDelivery delivery = delivery();

        assertThrows(TransitionNotAllowedException.class, () -> delivery.resend(NOW));
    }
}
