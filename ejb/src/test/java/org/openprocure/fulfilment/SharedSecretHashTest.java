package org.openprocure.fulfilment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharedSecretHashTest {

    private static final int FAST_ITERATIONS = 1_000;

    @Test
    void sameSecretMatches() {
        String salt = SharedSecretHash.newSalt();
        String hash = SharedSecretHash.hash("correct horse battery", salt, FAST_ITERATIONS);

        assertTrue(SharedSecretHash.matches("correct horse battery", salt, FAST_ITERATIONS, hash));
    }

    @Test
    void otherSecretFails() {
        String salt = SharedSecretHash.newSalt();
        String hash = SharedSecretHash.hash("correct horse battery", salt, FAST_ITERATIONS);

        assertFalse(SharedSecretHash.matches("correct horse batterY", salt, FAST_ITERATIONS, hash));
    }

    @Test
    void saltsMakeHashesDiffer() {
        assertNotEquals(SharedSecretHash.hash("same secret", SharedSecretHash.newSalt(), FAST_ITERATIONS),
                SharedSecretHash.hash("same secret", SharedSecretHash.newSalt(), FAST_ITERATIONS));
    }
}
