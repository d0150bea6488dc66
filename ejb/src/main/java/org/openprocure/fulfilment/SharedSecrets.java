package org.openprocure.fulfilment;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the shared secret out of a cXML document before it is stored, so that nobody who may
 * download a kept document (the supplier's users, accounts payable) learns the secret that
 * authenticates the supplier's system. The rest of the bytes stay exactly as received.
 */
final class SharedSecrets {

    static final String REDACTED = "[redacted]";

    /** Any SharedSecret element, with or without a namespace prefix; its content is replaced. */
    private static final Pattern SHARED_SECRET = Pattern.compile(
            "(<(?:[A-Za-z_][\\w.-]*:)?SharedSecret(?:\\s[^>]*)?>)(.*?)(</(?:[A-Za-z_][\\w.-]*:)?SharedSecret\\s*>)", Pattern.DOTALL);

    private SharedSecrets() {
    }

    /** Returns the document with the content of every SharedSecret element replaced; ISO-8859-1 keeps every other byte as it was. */
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
