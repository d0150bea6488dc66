package org.openprocure.fulfilment.cxml;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.openprocure.punchout.cxml.SecureXml;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads the envelope of a cXML request posted to the cXML endpoint. The parser never loads the DTD
 * that the DOCTYPE names, and it rejects any entity declaration or reference, so neither external
 * entities nor entity expansion can reach the server.
 */
public final class CxmlEnvelopeReader {

    /** The maximum payloadID length, the size of the identity column. */
    static final int MAX_PAYLOAD_ID_LENGTH = 1000;

    private CxmlEnvelopeReader() {
    }

    public static CxmlRequest read(byte[] body) {
        XmlElement root = parse(body);
        if (!"cXML".equals(root.name())) {
            throw new InvalidInputException("error.cxml.root", root.name());
        }
        String payloadId = CxmlValues.requireAttribute(root, "payloadID", "cXML");
        if (payloadId.length() > MAX_PAYLOAD_ID_LENGTH) {
            throw new InvalidInputException("error.cxml.payloadIdLength", String.valueOf(MAX_PAYLOAD_ID_LENGTH));
        }
        XmlElement header = root.child("Header").orElseThrow(() -> new InvalidInputException("error.cxml.missingElement", "Header", "cXML"));
        XmlElement request = root.child("Request").orElseThrow(() -> new InvalidInputException("error.cxml.missingElement", "Request", "cXML"));
        List<XmlElement> bodies = request.children().stream().filter(child -> !"ds:Signature".equals(child.name())).toList();
        if (bodies.size() != 1) {
            throw new InvalidInputException("error.cxml.requestBody", String.valueOf(bodies.size()));
        }

        XmlElement credential = header.path("Sender", "Credential").orElse(null);
        String domain = credential == null ? null : credential.attribute("domain");
        String identity = credential == null ? null : credential.child("Identity").map(XmlElement::allText).map(String::strip).orElse(null);
        String secret = credential == null ? null : credential.child("SharedSecret").map(XmlElement::allText).orElse(null);
        String mode = request.attribute("deploymentMode") == null ? "production" : request.attribute("deploymentMode").strip();
        return new CxmlRequest(payloadId, root.attribute("xml:lang"), domain, identity, secret, mode, bodies.get(0));
    }

    /** Parses the bytes, turning the parser's errors into the endpoint's own messages. */
    private static XmlElement parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("error.cxml.empty");
        }
        try {
            return SecureXml.parse(new ByteArrayInputStream(body));
        } catch (InvalidInputException e) {
            if ("error.punchOut.entity".equals(e.messageKey())) {
                throw new InvalidInputException("error.cxml.entity");
            }
            Object[] arguments = e.arguments();
            throw new InvalidInputException("error.cxml.malformed", arguments.length == 0 ? e.getMessage() : arguments[0]);
        }
    }
}
