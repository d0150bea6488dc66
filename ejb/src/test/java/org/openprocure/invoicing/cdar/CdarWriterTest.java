package org.openprocure.invoicing.cdar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.openprocure.outbound.ubl.UblSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Writes lifecycle statuses as CDAR D22B messages shaped like the French specimen files and valid against the D22B schema. */
class CdarWriterTest {

    private static final Path SPECIMENS = Path.of(System.getProperty("samples.dir", "../../shared/samples"))
            .resolve("facturx-zugferd-cii/phax-ph-cii/ph-cii-testfiles/src/main/resources/external/test-cdar/d22b");

    private static LifecycleMessage approved() {
        return new LifecycleMessage("F202500003", "380", LocalDate.of(2025, 7, 1), Instant.parse("2025-07-01T14:10:00Z"), "205",
                Instant.parse("2025-07-02T08:00:00Z"), Instant.parse("2025-07-02T08:05:00Z"), "ACME France", "VENDEUR SA", "FR40100000009");
    }

    @Test
    void messageIsValidAgainstD22bSchema() throws Exception {
        String xml = CdarWriter.write(approved());
        URL schema = getClass().getClassLoader().getResource("external/schemas/d22b/cdar/CrossDomainAcknowledgementAndResponse_100pD22B.xsd");

        assertEquals(List.of(), UblSchemas.errors(xml, List.of(schema)), xml);
    }

    @Test
    void messageHasSpecimenStructure() throws Exception {
        Set<String> specimen = elementPaths(Files.readString(SPECIMENS.resolve("UC1_F202500003_05-CDV-205_Approuvee.xml")));
        Set<String> written = elementPaths(CdarWriter.write(approved()));

        List<String> missing = new ArrayList<>(specimen);
        missing.removeAll(written);
        List<String> extra = new ArrayList<>(written);
        extra.removeAll(specimen);
        // The specimen gives the issuer's SIREN and the recipient's electronic address for statuses, which the product does not hold.
        assertEquals(List.of("/CrossDomainAcknowledgementAndResponse/ExchangedDocument/IssuerTradeParty/GlobalID",
                "/CrossDomainAcknowledgementAndResponse/ExchangedDocument/RecipientTradeParty/URIUniversalCommunication",
                "/CrossDomainAcknowledgementAndResponse/ExchangedDocument/RecipientTradeParty/URIUniversalCommunication/URIID"), missing);
        assertEquals(List.of(), extra);
    }

    @Test
    void messageCarriesStatusAndInvoice() throws Exception {
        Document document = parse(CdarWriter.write(approved()));
        XPath xpath = XPathFactory.newInstance().newXPath();
        String reference = "//*[local-name()='ReferenceReferencedDocument']/*[local-name()='%s']";

        assertEquals("F202500003", xpath.evaluate(reference.formatted("IssuerAssignedID"), document));
        assertEquals("1", xpath.evaluate(reference.formatted("StatusCode"), document));
        assertEquals("205", xpath.evaluate(reference.formatted("ProcessConditionCode"), document));
        assertEquals("Approuvée", xpath.evaluate(reference.formatted("ProcessCondition"), document));
        assertEquals("20250701161000", xpath.evaluate(reference.formatted("ReceiptDateTime") + "/*", document));
        assertEquals("20250701", xpath.evaluate(reference.formatted("FormattedIssueDateTime") + "/*", document));
        assertEquals("100000009", xpath.evaluate(reference.formatted("IssuerTradeParty") + "/*[local-name()='GlobalID']", document));
        assertEquals("F202500003_205_20250701161000#380_20250701", xpath.evaluate("/*/*[local-name()='ExchangedDocument']/*[local-name()='ID']", document));
    }

    @Test
    void sirenComesFromFrenchVatOnly() {
        assertEquals("100000009", CdarWriter.sirenOf("FR40100000009"));
        assertNull(CdarWriter.sirenOf("DE123456789"));
        assertNull(CdarWriter.sirenOf(null));
    }

    /** Returns the distinct paths of local element names, such as /CrossDomainAcknowledgementAndResponse/ExchangedDocument/ID. */
    private static Set<String> elementPaths(String xml) throws Exception {
        Set<String> paths = new LinkedHashSet<>();
        collect(parse(xml).getDocumentElement(), "", paths);
        return paths;
    }

    private static void collect(Element element, String parent, Set<String> paths) {
        String path = parent + "/" + element.getLocalName();
        paths.add(path);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, path, paths);
            }
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml.strip().replace("\ufeff", ""))));
    }
}
