package org.openprocure.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec-0123456789abcdef0123456789abcdef";
    private static final long TIMESTAMP = 1_767_225_600L;
    private static final byte[] BODY = "{\"type\":\"purchase-order.issued\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(TIMESTAMP + 10);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Expected value from: printf '1767225600.{"type":"purchase-order.issued"}' | openssl dgst -sha256 -hmac SECRET. */
    @Test
    void signMatchesOpensslHmac() {
        assertEquals("v1=625655ae06b918a8ac7f9410a5a3524c0e64e25f5e1df1b906c625871b89e113", WebhookSignature.sign(SECRET, TIMESTAMP, BODY));
    }

    @Test
    void verifyAcceptsOwnSignature() {
        String signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);

        assertTrue(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, signature, NOW, TOLERANCE));
    }

    @Test
    void verifyRejectsChangedBody() {
        String signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        byte[] changed = "{\"type\":\"purchase-order.issued\" }".getBytes(StandardCharsets.UTF_8);

        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), changed, signature, NOW, TOLERANCE));
    }

    @Test
    void verifyRejectsOtherSecret() {
        String signature = WebhookSignature.sign(SECRET + "x", TIMESTAMP, BODY);

        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, signature, NOW, TOLERANCE));
    }

    @Test
    void verifyRejectsChangedTimestamp() {
        String signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);

        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP + 1), BODY, signature, NOW, TOLERANCE));
    }

    @Test
    void verifyRejectsTimestampOutsideTolerance() {
        String signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        Instant later = Instant.ofEpochSecond(TIMESTAMP).plus(TOLERANCE).plusSeconds(1);

        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, signature, later, TOLERANCE));
    }

    @Test
    void verifyRejectsMissingOrMalformedHeaders() {
        String signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);

        assertFalse(WebhookSignature.verify(SECRET, null, BODY, signature, NOW, TOLERANCE));
        assertFalse(WebhookSignature.verify(SECRET, "yesterday", BODY, signature, NOW, TOLERANCE));
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, null, NOW, TOLERANCE));
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, signature.substring(3), NOW, TOLERANCE));
    }
}
