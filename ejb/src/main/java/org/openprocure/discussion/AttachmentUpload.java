package org.openprocure.discussion;

/** A file as the caller sent it, before any check: the name the caller gave it and its bytes. */
public record AttachmentUpload(String fileName, byte[] content) {
}
