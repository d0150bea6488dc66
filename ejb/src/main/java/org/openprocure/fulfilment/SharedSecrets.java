package org.openprocure.fulfilment;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts the shared secret of a cXML document before it is stored. The supplier's users and
 * accounts payable may download the stored document, and the secret would let them act as the
 * supplier's system. All other bytes stay as received.
 */
final class SharedSecrets {

    static final String REDACTED = "[redacted]";

    /** A SharedSecret element with or without a namespace prefix, whose content is replaced. */
    private static final Pattern SHARED_SECRET = Pattern.compile(
            "(<(?:[A-Za-z_][\\w.-]*:)?SharedSecret(?:\\s[^>]*)?>)(.*?)(</(?:[A-Za-z_][\\w.-]*:)?SharedSecret\\s*>)", Pattern.DOTALL);

    private SharedSecrets() {
    }

    /** Returns the document with the content of every SharedSecret element replaced. Decoding as ISO-8859-1 keeps every other byte unchanged. */
    static byte[] redact(byte[] document) {
        String text = new String(document, StandardCharsets.ISO_8859_1);
        Matcher matcher = SHARED_SECRET.matcher(text);
        if (!matcher.find()) {
            return document;
        }
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + REDACTED + match.group(3)))
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
