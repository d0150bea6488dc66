package org.openprocure.integration;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body the way receivers check it. The signed text is the timestamp header's value
 * (Unix seconds), a full stop, then the body bytes as sent. The signature header carries
 * {@code v1=} and the lower-case hex HMAC-SHA256 of that text under the subscription's secret.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-OpenProcure-Timestamp";
    public static final String SIGNATURE_HEADER = "X-OpenProcure-Signature";
    public static final String EVENT_TYPE_HEADER = "X-OpenProcure-Event";
    public static final String EVENT_ID_HEADER = "X-OpenProcure-Event-Id";
    public static final String DELIVERY_HEADER = "X-OpenProcure-Delivery";
    public static final String VERSION_PREFIX = "v1=";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** Returns the signature header's value for this timestamp (Unix seconds) and body. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return VERSION_PREFIX + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /**
     * Tells whether the signature header matches the body and timestamp, and the timestamp lies
     * within the tolerance of now, so that a captured request cannot be replayed later. The
     * comparison takes the same time whatever the header contains.
     */
    public static boolean verify(String secret, String timestampHeader, byte[] body, String signatureHeader, Instant now, Duration tolerance) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith(VERSION_PREFIX)) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] received = signatureHeader.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, received);
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every Java runtime", e);
        }
    }
}
