package org.openprocure.fulfilment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 hashes of cXML shared secrets, so the database never contains a secret
 * that a reader of a backup could post with. Hashes are compared in constant time.
 */
final class SharedSecretHash {

    /** The iteration count for new hashes; each stored hash keeps its own count, so it can grow later. */
    static final int ITERATIONS = 210_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SharedSecretHash() {
    }

    /** Returns a new random salt, Base64-encoded. */
    static String newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    /** Returns the Base64 hash of the secret under this Base64 salt and iteration count. */
    static String hash(String secret, String salt, int iterations) {
        char[] characters = secret.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(characters, Base64.getDecoder().decode(salt), iterations, HASH_BITS);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every Java runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(characters, '\0');
        }
    }

    /** Tells, in time that does not depend on where they differ, whether the secret has this hash. */
    static boolean matches(String secret, String salt, int iterations, String expectedHash) {
        byte[] actual = hash(secret, salt, iterations).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
