package org.openprocure.fulfilment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SharedSecretsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void secretReplacedOtherBytesKept() {
        byte[] document = utf8("<cXML><Header><Sender><Credential domain=\"NetworkID\"><Identity>AN-1</Identity>"
                + "<SharedSecret>s3cret é</SharedSecret></Credential></Sender></Header><Request>Société</Request></cXML>");

        byte[] redacted = SharedSecrets.redact(document);

        assertEquals("<cXML><Header><Sender><Credential domain=\"NetworkID\"><Identity>AN-1</Identity>"
                + "<SharedSecret>[redacted]</SharedSecret></Credential></Sender></Header><Request>Société</Request></cXML>",
                new String(redacted, StandardCharsets.UTF_8));
    }

    @Test
    void prefixedAndMultilineSecretReplaced() {
        byte[] document = utf8("<c:SharedSecret xml:lang=\"en\">\n  line one\n  line two\n</c:SharedSecret >");

        assertEquals("<c:SharedSecret xml:lang=\"en\">[redacted]</c:SharedSecret >", new String(SharedSecrets.redact(document), StandardCharsets.UTF_8));
    }

    @Test
    void documentWithoutSecretUnchanged() {
        byte[] document = utf8("<cXML><Header/></cXML>");

        assertArrayEquals(document, SharedSecrets.redact(document));
    }
}
