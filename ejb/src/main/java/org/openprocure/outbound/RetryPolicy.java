package org.openprocure.outbound;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff for outbound deliveries: after failed attempt n the next one waits
 * first × 2^(n−1), capped at {@link #MAX_WAIT}, and no attempt follows the last allowed one.
 */
public record RetryPolicy(Duration firstWait, int maxAttempts) {

    /** The longest wait between two attempts. */
    public static final Duration MAX_WAIT = Duration.ofHours(6);

    /** Returns when the next attempt is due after the given number of failed attempts, or null when none is left. */
    public Instant nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        return now.plus(waitAfter(failedAttempts));
    }

    /** Returns the wait after failed attempt n (from 1): first × 2^(n−1), capped at six hours. */
    public Duration waitAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
