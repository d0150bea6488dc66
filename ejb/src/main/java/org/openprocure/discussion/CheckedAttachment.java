package org.openprocure.discussion;

/** An attachment that passed {@link AttachmentPolicy}: the sanitised file name, the type found from the bytes, the bytes and their SHA-256 in hex. */
public record CheckedAttachment(String fileName, AttachmentType type, byte[] content, String sha256) {
}
