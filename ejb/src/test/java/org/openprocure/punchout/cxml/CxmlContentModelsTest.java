package org.openprocure.punchout.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.punchout.cxml.PunchOutSetupRequestWriterTest.CHAIR;
import static org.openprocure.punchout.cxml.PunchOutSetupRequestWriterTest.SCREWS;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openprocure.punchout.CartLine;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderDocument;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderItem;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderType;

/** Checks generated OrderRequests against the cXML content models, and the checker against documents that break them. */
class CxmlContentModelsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 3, 0, 0, 0, ZoneOffset.UTC);
    private static final CartLine CLASSIFIED_SCREWS = new CartLine("VIS-M4", null, "Vis inox M4", null, new BigDecimal("250"), "PCE",
            new BigDecimal("12.5"), "EUR", new BigDecimal("1000"), "UNSPSC", "31161500");

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void orderRequestFitsContentModels(OrderType type) {
        String xml = OrderRequestWriter.write(document(), type, "s3cret&<");
        XmlElement root = SecureXml.parse(new StringReader(xml));

        assertEquals(List.of(), CxmlContentModels.violations(root, CxmlContentModels.ORDER_REQUEST), xml);
        assertEquals(type.value(), root.path("Request", "OrderRequest", "OrderRequestHeader").orElseThrow().attribute("type"));
        assertEquals("s3cret&<", root.path("Header", "Sender", "Credential", "SharedSecret").orElseThrow().text());
    }

    /** cXML.dtd requires a Classification in ItemDetail; a line without one is reported, which is the known gap of such lines. */
    @Test
    void lineWithoutClassificationIsReported() {
        OrderDocument withoutClassification = new OrderDocument("PO-1.0@openprocure", NOW, "fr-FR", new CxmlCredential("NetworkID", "A"),
                new CxmlCredential("DUNS", "B"), new CxmlCredential("NetworkID", "A"), "PO-1", NOW, 1, "EUR", new BigDecimal("3.13"),
                "ACME France", List.of(new OrderItem("1", null, SCREWS)));
        XmlElement root = SecureXml.parse(new StringReader(OrderRequestWriter.write(withoutClassification)));

        List<String> violations = CxmlContentModels.violations(root, CxmlContentModels.ORDER_REQUEST);

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("cXML/Request/OrderRequest/ItemOut/ItemDetail:"), violations.toString());
    }

    @Test
    void headerOutOfOrderIsReported() {
        XmlElement root = SecureXml.parse(new StringReader("""
                <cXML payloadID="1" timestamp="2026-12-05T03:00:00+00:00"><Header><To><Credential domain="x"><Identity>b</Identity></Credential></To>
                <From><Credential domain="x"><Identity>a</Identity></Credential></From><Sender><Credential domain="x"><Identity>a</Identity>
                </Credential><UserAgent>t</UserAgent></Sender></Header><Request><OrderRequest><OrderRequestHeader orderID="1" orderDate="d">
                <BillTo/><Total/></OrderRequestHeader></OrderRequest></Request></cXML>"""));

        List<String> violations = CxmlContentModels.violations(root, CxmlContentModels.ORDER_REQUEST);

        assertTrue(violations.stream().anyMatch(line -> line.startsWith("cXML/Header:")), violations.toString());
        assertTrue(violations.stream().anyMatch(line -> line.startsWith("cXML/Request/OrderRequest:")), violations.toString());
        assertTrue(violations.stream().anyMatch(line -> line.startsWith("cXML/Request/OrderRequest/OrderRequestHeader:")), violations.toString());
    }

    @Test
    void elidedElementsMayStandAtEllipsis() {
        XmlElement header = SecureXml.parse(new StringReader("<OrderRequestHeader><Total><Money/></Total><BillTo/><Custom/><Shipping/><Extrinsic/></OrderRequestHeader>"));
        XmlElement wrong = SecureXml.parse(new StringReader("<OrderRequestHeader><Total/><BillTo/><Extrinsic/><Shipping/></OrderRequestHeader>"));

        assertEquals(List.of(), CxmlContentModels.violations(header, CxmlContentModels.ORDER_REQUEST));
        assertFalse(CxmlContentModels.violations(wrong, Map.of("OrderRequestHeader",
                "(Total, ShipTo?, BillTo, Shipping?, Extrinsic*)")).isEmpty());
    }

    private static OrderDocument document() {
        return new OrderDocument("PO-000042.1@openprocure", NOW, "fr-FR", new CxmlCredential("NetworkID", "AN-BUYER"),
                new CxmlCredential("DUNS", "83528721"), new CxmlCredential("NetworkID", "AN-BUYER"), "PO-000042", NOW, 2, "EUR",
                new BigDecimal("511.93"), "ACME France",
                List.of(new OrderItem("10", LocalDate.of(2026, 12, 20), CHAIR), new OrderItem("20", null, CLASSIFIED_SCREWS)));
    }
}
