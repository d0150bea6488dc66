package org.openprocure.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Waits twice as long after each failed attempt, up to six hours, and stops after the last allowed attempt. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void waitDoublesAfterEachFailure() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(60), 8);

        assertEquals(Duration.ofSeconds(60), policy.waitAfter(1));
        assertEquals(Duration.ofSeconds(120), policy.waitAfter(2));
        assertEquals(Duration.ofSeconds(240), policy.waitAfter(3));
        assertEquals(Duration.ofSeconds(3840), policy.waitAfter(7));
    }

    @Test
    void waitIsCappedAtSixHours() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(30), 100);

        assertEquals(Duration.ofHours(6), policy.waitAfter(5));
        assertEquals(Duration.ofHours(6), policy.waitAfter(99));
    }

    @Test
    void noAttemptAfterTheLast() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), 3);

        assertEquals(NOW.plusSeconds(2), policy.nextAttempt(2, NOW));
        assertNull(policy.nextAttempt(3, NOW));
    }
}
