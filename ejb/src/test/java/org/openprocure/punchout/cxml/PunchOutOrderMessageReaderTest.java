package org.openprocure.punchout.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openprocure.punchout.Cart;
import org.openprocure.punchout.CartLine;
import org.openprocure.shared.InvalidInputException;

/** Reads every PunchOutOrderMessage of the shared samples, unmodified, and a few hostile documents. */
class PunchOutOrderMessageReaderTest {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    static final Path CXML = SAMPLES.resolve("cxml");

    /** Part id, auxiliary id, quantity, price, currency, unit, price basis, classification domain and code, description. */
    record Expected(String partId, String auxiliaryId, String quantity, String price, String currency, String unit, String priceBasis,
                    String domain, String code, String description) {
    }

    static final Map<String, Cartful> EXPECTED = Map.of(
            "DPassarelli-6-mils/test/samples/PunchOutOrderMessage.xml", new Cartful("1CX3L4843PPZO", List.of(
                    new Expected("5555", "E000028901", "1", "254.40", "USD", "EA", "1", "UNSPSC", "5136030000", "Excelsior Desk Chair"),
                    new Expected("5555", "E000028901", "2", "254.40", "USD", "EA", "1", "UNSPSC", "5136030000",
                            "Leather Reclining Desk Chair with Padded Arms"))),
            "FriendsOfCXML-cxml-php/tests/CXmlTest/Builder/fixtures/poom.xml", new Cartful("1CX3L4843PPZO", List.of(
                    new Expected("5555", null, "3", "763.20", "USD", "EA", "1", "UNSPSC", "ean1234", "Excelsior Desk Chair"),
                    new Expected("666", null, "5", "226.20", "USD", "EA", "1", "UNSPSC", "ean6666", "Other Desk Chair"))),
            "FriendsOfCXML-cxml-php/tests/metadata/cxml/samples/PunchoutOrderMessage.xml", new Cartful("1CX3L4843PPZO", List.of(
                    new Expected("5555", null, "3", "763.20", "USD", "EA", "1", "UNSPSC", "ean1234", "Excelsior Desk Chair"),
                    new Expected("666", null, "5", "763.20", "USD", "EA", "1", "UNSPSC", "ean1234", "22Excelsior Desk Chair"))),
            "FriendsOfCXML-cxml-php/tests/metadata/cxml/samples/PunchoutOrderMessageAdvancedPricing.xml", new Cartful("1CX3L4843PPZO", List.of(
                    new Expected("5555", null, "2", "104.99", "USD", "EA", "2", "UNSPSC", "ean1234", "Excelsior Desk Chair"))),
            "officeluv-cxml/spec/fixtures/punch_out_order_message_doc.xml", new Cartful("example_buyer_cookie", List.of()));

    record Cartful(String buyerCookie, List<Expected> lines) {
    }

    @Test
    void everySampleIsInTheTable() throws IOException {
        Set<String> samples;
        try (Stream<Path> files = Files.walk(CXML)) {
            samples = files.filter(Files::isRegularFile)
                    .filter(file -> read(file, StandardCharsets.ISO_8859_1).contains("<PunchOutOrderMessage>"))
                    .map(file -> CXML.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
        assertEquals(EXPECTED.keySet(), samples);
    }

    @Test
    void samplesParseToExpectedCarts() throws IOException {
        for (Map.Entry<String, Cartful> sample : EXPECTED.entrySet()) {
            Cart cart;
            try (InputStream in = Files.newInputStream(CXML.resolve(sample.getKey()))) {
                cart = PunchOutOrderMessageReader.read(SecureXml.parse(in));
            }
            String file = sample.getKey();
            assertEquals(sample.getValue().buyerCookie(), cart.buyerCookie(), file);
            assertEquals(sample.getValue().lines().size(), cart.lines().size(), file);
            for (int i = 0; i < cart.lines().size(); i++) {
                assertLine(sample.getValue().lines().get(i), cart.lines().get(i), file + " line " + (i + 1));
            }
        }
    }

    @Test
    void shortNameWithTextGivesLongText() throws IOException {
        Cart cart;
        try (InputStream in = Files.newInputStream(CXML.resolve("DPassarelli-6-mils/test/samples/PunchOutOrderMessage.xml"))) {
            cart = PunchOutOrderMessageReader.read(SecureXml.parse(in));
        }
        assertEquals("Leather Reclining Desk Chair with Padded Arms", cart.lines().get(0).longText());
        assertNull(cart.lines().get(1).longText());
    }

    @Test
    void itemInFixtureParsesInsideMessage() throws IOException {
        String item = read(CXML.resolve("officeluv-cxml/spec/fixtures/item_in.xml"));
        Cart cart = PunchOutOrderMessageReader.read(SecureXml.parse(new StringReader(message("cookie-1", item))));

        assertEquals(1, cart.lines().size());
        assertLine(new Expected("ACC8000160K", "lkajsdflsdf", "1", "5.35", "GBP", "EA", "1", "UNSPSC", "44000000",
                "AGENDA MAGAZINE RACK A4 CHARCOAL 25990"), cart.lines().get(0), "item_in.xml");
    }

    @Test
    void auxiliaryIdStaysVerbatim() {
        String item = """
                <ItemIn quantity="1"><ItemID><SupplierPartID>P1</SupplierPartID><SupplierPartAuxiliaryID>  a&amp;b &lt;c&gt; "d"\ttab  </SupplierPartAuxiliaryID></ItemID>
                <ItemDetail><UnitPrice><Money currency="EUR">1</Money></UnitPrice><Description xml:lang="fr">x</Description><UnitOfMeasure>EA</UnitOfMeasure></ItemDetail></ItemIn>""";
        Cart cart = PunchOutOrderMessageReader.read(SecureXml.parse(new StringReader(message("c", item))));

        assertEquals("  a&b <c> \"d\"\ttab  ", cart.lines().get(0).supplierPartAuxiliaryId());
    }

    @Test
    void remoteDtdIsNeverFetched() {
        // Nothing listens on port 1 of 127.0.0.1: a parser that tried to load the DTD would fail.
        String document = message("c", "").replace("http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd", "http://127.0.0.1:1/cXML.dtd");

        Cart cart = PunchOutOrderMessageReader.read(SecureXml.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));

        assertEquals("c", cart.buyerCookie());
    }

    @Test
    void entityDeclarationIsRejected() {
        String document = """
                <?xml version="1.0"?>
                <!DOCTYPE cXML [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <cXML><Message><PunchOutOrderMessage><BuyerCookie>&lol2;</BuyerCookie></PunchOutOrderMessage></Message></cXML>""";

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> SecureXml.parse(new StringReader(document)));

        assertEquals("error.punchOut.entity", error.messageKey());
    }

    @Test
    void externalEntityIsRejected() {
        String document = """
                <?xml version="1.0"?>
                <!DOCTYPE cXML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <cXML><Message><PunchOutOrderMessage><BuyerCookie>&secret;</BuyerCookie></PunchOutOrderMessage></Message></cXML>""";

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> SecureXml.parse(new StringReader(document)));

        assertEquals("error.punchOut.entity", error.messageKey());
    }

    @Test
    void malformedXmlIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> SecureXml.parse(new StringReader("<cXML><Message></cXML>")));

        assertEquals("error.punchOut.malformedXml", error.messageKey());
    }

    @Test
    void otherDocumentIsRejected() throws IOException {
        Path setupRequest = CXML.resolve("FriendsOfCXML-cxml-php/tests/metadata/cxml/samples/PunchOutSetupRequest.xml");
        XmlElement root;
        try (InputStream in = Files.newInputStream(setupRequest)) {
            root = SecureXml.parse(in);
        }

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> PunchOutOrderMessageReader.read(root));

        assertEquals("error.punchOut.notOrderMessage", error.messageKey());
    }

    @Test
    void badQuantityNamesValueAndLine() {
        String item = """
                <ItemIn quantity="two"><ItemID><SupplierPartID>P1</SupplierPartID></ItemID>
                <ItemDetail><UnitPrice><Money currency="EUR">1</Money></UnitPrice><Description>x</Description><UnitOfMeasure>EA</UnitOfMeasure></ItemDetail></ItemIn>""";

        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> PunchOutOrderMessageReader.read(SecureXml.parse(new StringReader(message("c", item)))));

        assertEquals("error.punchOut.number", error.messageKey());
        assertTrue(error.getMessage().contains("\"two\""), error.getMessage());
        assertTrue(error.getMessage().contains("line 1"), error.getMessage());
    }

    static String message(String cookie, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">
                <cXML payloadID="1@test" timestamp="2026-12-05T00:00:00+00:00">
                  <Header><From><Credential domain="DUNS"><Identity>1</Identity></Credential></From>
                  <To><Credential domain="DUNS"><Identity>2</Identity></Credential></To>
                  <Sender><Credential domain="DUNS"><Identity>1</Identity></Credential><UserAgent>t</UserAgent></Sender></Header>
                  <Message><PunchOutOrderMessage><BuyerCookie>%s</BuyerCookie>
                  <PunchOutOrderMessageHeader operationAllowed="create"><Total><Money currency="EUR">0</Money></Total></PunchOutOrderMessageHeader>
                  %s
                  </PunchOutOrderMessage></Message>
                </cXML>""".formatted(cookie, items);
    }

    private static void assertLine(Expected expected, CartLine line, String where) {
        assertEquals(expected.partId(), line.supplierPartId(), where);
        assertEquals(expected.auxiliaryId(), line.supplierPartAuxiliaryId(), where);
        assertEquals(0, new BigDecimal(expected.quantity()).compareTo(line.quantity()), where + " quantity " + line.quantity());
        assertEquals(0, new BigDecimal(expected.price()).compareTo(line.unitPrice()), where + " price " + line.unitPrice());
        assertEquals(expected.currency(), line.currency(), where);
        assertEquals(expected.unit(), line.unitCode(), where);
        assertEquals(0, new BigDecimal(expected.priceBasis()).compareTo(line.priceBasisQuantity()), where + " basis " + line.priceBasisQuantity());
        assertEquals(expected.domain(), line.classificationDomain(), where);
        assertEquals(expected.code(), line.classificationCode(), where);
        assertEquals(expected.description(), line.description(), where);
    }

    private static String read(Path file) {
        return read(file, StandardCharsets.UTF_8);
    }

    private static String read(Path file, java.nio.charset.Charset charset) {
        try {
            return Files.readString(file, charset);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
