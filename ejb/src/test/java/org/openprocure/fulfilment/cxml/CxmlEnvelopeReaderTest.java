package org.openprocure.fulfilment.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.InvalidInputException;

/** Reads the envelope of the real ShipNoticeRequest sample, and rejects hostile or broken documents. */
class CxmlEnvelopeReaderTest {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    static final Path SHIP_NOTICE_SAMPLE = SAMPLES.resolve("cxml/FriendsOfCXML-cxml-php/tests/metadata/cxml/samples/ShipNoticeRequest.xml");

    @Test
    void sampleEnvelopeIsRead() throws IOException {
        CxmlRequest request = CxmlEnvelopeReader.read(Files.readAllBytes(SHIP_NOTICE_SAMPLE));

        assertEquals("0c30050@supplierorg.com", request.payloadId());
        assertEquals("en-US", request.language());
        assertEquals("NetworkId", request.senderDomain());
        assertEquals("AN00000123", request.senderIdentity());
        assertEquals("abracadabra", request.sharedSecret());
        assertEquals("production", request.deploymentMode());
        assertEquals("ShipNoticeRequest", request.type());
    }

    @Test
    void toStringLeavesSecretOut() throws IOException {
        CxmlRequest request = CxmlEnvelopeReader.read(Files.readAllBytes(SHIP_NOTICE_SAMPLE));

        assertEquals(-1, request.toString().indexOf("abracadabra"), request.toString());
    }

    @Test
    void missingSecretIsNull() {
        CxmlRequest request = CxmlEnvelopeReader.read(bytes("""
                <cXML payloadID="1@x" timestamp="2027-01-01T00:00:00+00:00"><Header><Sender><Credential domain="DUNS">
                <Identity>123</Identity></Credential></Sender></Header><Request><ConfirmationRequest/></Request></cXML>"""));

        assertNull(request.sharedSecret());
        assertEquals("DUNS", request.senderDomain());
    }

    @Test
    void internalEntityIsRejected() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE cXML [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <cXML payloadID="1@x" timestamp="2027-01-01T00:00:00+00:00"><Header/><Request><X>&lol2;</X></Request></cXML>""";

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CxmlEnvelopeReader.read(bytes(laughs)));

        assertEquals("error.cxml.entity", error.messageKey());
    }

    @Test
    void externalEntityIsRejected() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE cXML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <cXML payloadID="1@x" timestamp="2027-01-01T00:00:00+00:00"><Header/><Request><X>&secret;</X></Request></cXML>""";

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CxmlEnvelopeReader.read(bytes(xxe)));

        assertEquals("error.cxml.entity", error.messageKey());
    }

    @Test
    void otherRootIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CxmlEnvelopeReader.read(bytes("<Invoice/>")));

        assertEquals("The root element is Invoice, not cXML.", error.getMessage());
    }

    @Test
    void missingPayloadIdIsNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> CxmlEnvelopeReader.read(bytes("<cXML><Header/><Request><ConfirmationRequest/></Request></cXML>")));

        assertEquals("The attribute payloadID of cXML is missing or empty.", error.getMessage());
    }

    @Test
    void twoRequestsAreRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CxmlEnvelopeReader.read(bytes(
                "<cXML payloadID=\"1@x\"><Header/><Request><ConfirmationRequest/><ShipNoticeRequest/></Request></cXML>")));

        assertEquals("error.cxml.requestBody", error.messageKey());
    }

    @Test
    void malformedXmlIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CxmlEnvelopeReader.read(bytes("<cXML payloadID=")));

        assertEquals("error.cxml.malformed", error.messageKey());
    }

    @Test
    void emptyBodyIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CxmlEnvelopeReader.read(new byte[0]));

        assertEquals("error.cxml.empty", error.messageKey());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
