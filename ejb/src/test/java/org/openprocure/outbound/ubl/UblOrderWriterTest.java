package org.openprocure.outbound.ubl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Writes Peppol Order, OrderChange and OrderCancellation documents that the UBL 2.1 schemas accept. */
class UblOrderWriterTest {

    @Test
    void orderIsValidUbl() throws Exception {
        String xml = UblOrderWriter.order(TestDocuments.order(0, null));

        assertEquals(List.of(), UblSchemas.errors(xml, UblSchemas.order()), xml);
    }

    @Test
    void orderCarriesPeppolIdsAndLines() throws Exception {
        XPath xpath = xpath(UblOrderWriter.order(TestDocuments.order(0, null)));
        Document document = parse(UblOrderWriter.order(TestDocuments.order(0, null)));

        assertEquals(UblOrderWriter.ORDER_CUSTOMIZATION, xpath.evaluate("/*/*[local-name()='CustomizationID']", document));
        assertEquals(UblOrderWriter.PROFILE, xpath.evaluate("/*/*[local-name()='ProfileID']", document));
        assertEquals("PO-000042", xpath.evaluate("/*/*[local-name()='ID']", document));
        assertEquals("1258.13", xpath.evaluate("//*[local-name()='AnticipatedMonetaryTotal']/*[local-name()='PayableAmount']", document));
        assertEquals("2", xpath.evaluate("count(//*[local-name()='OrderLine'])", document));
        assertEquals("1000", xpath.evaluate("(//*[local-name()='BaseQuantity'])[2]", document));
        assertEquals("12.50", xpath.evaluate("(//*[local-name()='PriceAmount'])[2]", document));
        assertEquals("FR23412345678", xpath.evaluate("//*[local-name()='SellerSupplierParty']//*[local-name()='CompanyID']", document));
        assertEquals("2027-01-15", xpath.evaluate("//*[local-name()='RequestedDeliveryPeriod']/*[local-name()='EndDate']", document));
    }

    @Test
    void orderChangeIsValidUbl() throws Exception {
        String xml = UblOrderWriter.orderChange(TestDocuments.order(2, null));
        Document document = parse(xml);

        assertEquals(List.of(), UblSchemas.errors(xml, UblSchemas.orderChange()), xml);
        assertEquals("OrderChange", document.getDocumentElement().getLocalName());
        assertEquals(UblOrderWriter.CHANGE_CUSTOMIZATION, xpath(xml).evaluate("/*/*[local-name()='CustomizationID']", document));
        assertEquals("2", xpath(xml).evaluate("/*/*[local-name()='SequenceNumberID']", document));
        assertEquals("PO-000042", xpath(xml).evaluate("/*/*[local-name()='OrderReference']/*[local-name()='ID']", document));
    }

    @Test
    void orderCancellationIsValidUbl() throws Exception {
        String xml = UblOrderWriter.orderCancellation(TestDocuments.order(1, "Projet abandonné"));
        Document document = parse(xml);

        assertEquals(List.of(), UblSchemas.errors(xml, UblSchemas.orderCancellation()), xml);
        assertEquals(UblOrderWriter.CANCELLATION_CUSTOMIZATION, xpath(xml).evaluate("/*/*[local-name()='CustomizationID']", document));
        assertEquals("Projet abandonné", xpath(xml).evaluate("/*/*[local-name()='CancellationNote']", document));
        assertEquals("PO-000042", xpath(xml).evaluate("/*/*[local-name()='OrderReference']/*[local-name()='ID']", document));
    }

    @Test
    void schemaRejectsOrderWithoutLines() throws Exception {
        String xml = UblOrderWriter.order(TestDocuments.order(0, null)).replaceAll("(?s)<cac:OrderLine>.*</cac:OrderLine>", "");

        assertTrue(!UblSchemas.errors(xml, UblSchemas.order()).isEmpty(), xml);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static XPath xpath(String unused) {
        return XPathFactory.newInstance().newXPath();
    }
}
