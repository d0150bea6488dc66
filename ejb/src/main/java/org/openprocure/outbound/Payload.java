package org.openprocure.outbound;

/** The bytes of an outbound document, with its format name and MIME type. */
public record Payload(String format, String contentType, byte[] bytes) {
}
