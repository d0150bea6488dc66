package org.openprocure.outbound.ubl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Writes goods receipts as UBL 2.1 ReceiptAdvice documents that the schema accepts. */
class UblReceiptAdviceWriterTest {

    @Test
    void receiptAdviceIsValidUbl() throws Exception {
        String xml = UblReceiptAdviceWriter.write(TestDocuments.receipt());

        assertEquals(List.of(), UblSchemas.errors(xml, UblSchemas.receiptAdvice()), xml);
    }

    @Test
    void receiptAdviceCarriesQuantitiesPerOrderLine() throws Exception {
        Document document = UblOrderWriterTest.parse(UblReceiptAdviceWriter.write(TestDocuments.receipt()));
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertEquals("ReceiptAdvice", document.getDocumentElement().getLocalName());
        assertEquals("GR-000007", xpath.evaluate("/*/*[local-name()='ID']", document));
        assertEquals("PO-000042", xpath.evaluate("/*/*[local-name()='OrderReference']/*[local-name()='ID']", document));
        assertEquals("2", xpath.evaluate("count(//*[local-name()='ReceiptLine'])", document));
        assertEquals("5", xpath.evaluate("(//*[local-name()='ReceivedQuantity'])[1]", document));
        assertEquals("1", xpath.evaluate("(//*[local-name()='RejectedQuantity'])[1]", document));
        assertEquals("1", xpath.evaluate("count(//*[local-name()='RejectedQuantity'])", document));
        assertEquals("2", xpath.evaluate("(//*[local-name()='OrderLineReference'])[2]/*[local-name()='LineID']", document));
        assertEquals("LOT-2026-11", xpath.evaluate("//*[local-name()='LotNumberID']", document));
    }
}
