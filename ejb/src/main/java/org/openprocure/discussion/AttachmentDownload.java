package org.openprocure.discussion;

/** An attachment's stored name, content type and bytes, for a download. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
