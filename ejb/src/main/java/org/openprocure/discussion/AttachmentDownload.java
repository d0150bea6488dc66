package org.openprocure.discussion;

import java.nio.charset.StandardCharsets;

/** An attachment's stored name, content type and bytes, for a download. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {

    /** The characters besides letters and digits that RFC 5987 leaves unencoded in a header parameter value. */
    private static final String RFC5987_ATTR_CHAR = "!#$&+-.^_`|~";

    /**
     * Returns the Content-Disposition value that makes a browser save the file instead of showing it
     * (RFC 6266): an ASCII fallback name, and the exact name percent-encoded as RFC 5987 defines it.
     */
    public String contentDisposition() {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || RFC5987_ATTR_CHAR.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
