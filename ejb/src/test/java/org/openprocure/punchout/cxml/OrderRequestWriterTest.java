package org.openprocure.punchout.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.punchout.cxml.PunchOutSetupRequestWriterTest.CHAIR;
import static org.openprocure.punchout.cxml.PunchOutSetupRequestWriterTest.SCREWS;
import static org.openprocure.punchout.cxml.PunchOutSetupRequestWriterTest.names;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderDocument;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderItem;

/** Writes OrderRequests whose lines carry what the punch-out cart brought, in cXML.dtd order. */
class OrderRequestWriterTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 3, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void orderRequestHasElementsInDtdOrder() {
        String xml = OrderRequestWriter.write(document(1));
        XmlElement root = SecureXml.parse(new StringReader(xml));

        XmlElement order = root.path("Request", "OrderRequest").orElseThrow();
        assertEquals(List.of("OrderRequestHeader", "ItemOut", "ItemOut"), names(order));
        XmlElement header = order.child("OrderRequestHeader").orElseThrow();
        assertEquals(List.of("Total", "BillTo"), names(header));
        assertEquals("PO-000042", header.attribute("orderID"));
        assertEquals("new", header.attribute("type"));
        assertEquals("2026-12-05T03:00:00+00:00", header.attribute("orderDate"));
        assertEquals("511.93", header.path("Total", "Money").orElseThrow().text());
        assertEquals("ACME France", header.path("BillTo", "Address", "Name").orElseThrow().text());
    }

    @Test
    void itemOutCarriesPunchOutDetails() {
        XmlElement order = SecureXml.parse(new StringReader(OrderRequestWriter.write(document(1)))).path("Request", "OrderRequest").orElseThrow();

        XmlElement chair = order.children("ItemOut").get(0);
        assertEquals("10", chair.attribute("lineNumber"));
        assertEquals("2026-12-20", chair.attribute("requestedDeliveryDate"));
        assertEquals("5555", chair.path("ItemID", "SupplierPartID").orElseThrow().text());
        assertEquals("cfg=A&B <x>  ", chair.path("ItemID", "SupplierPartAuxiliaryID").orElseThrow().text());
        XmlElement detail = chair.child("ItemDetail").orElseThrow();
        assertEquals(List.of("UnitPrice", "Description", "UnitOfMeasure", "Classification"), names(detail));
        assertEquals("EA", detail.child("UnitOfMeasure").orElseThrow().text());
        assertEquals("UNSPSC", detail.child("Classification").orElseThrow().attribute("domain"));
        assertEquals("5136030000", detail.child("Classification").orElseThrow().text());
        assertEquals("Leather chair with padded arms", detail.child("Description").orElseThrow().text());

        XmlElement screws = order.children("ItemOut").get(1);
        assertEquals("250", screws.attribute("quantity"));
        assertEquals("1000", screws.path("ItemDetail", "PriceBasisQuantity").orElseThrow().attribute("quantity"));
        assertEquals("PCE", screws.path("ItemDetail", "PriceBasisQuantity", "UnitOfMeasure").orElseThrow().text());
        assertTrue(screws.path("ItemID", "SupplierPartAuxiliaryID").isEmpty());
    }

    @Test
    void sharedSecretIsLeftOut() {
        String xml = OrderRequestWriter.write(document(1));

        assertFalse(xml.contains("SharedSecret"), xml);
    }

    @Test
    void changedOrderIsUpdate() {
        XmlElement header = SecureXml.parse(new StringReader(OrderRequestWriter.write(document(3))))
                .path("Request", "OrderRequest", "OrderRequestHeader").orElseThrow();

        assertEquals("update", header.attribute("type"));
        assertEquals("3", header.attribute("orderVersion"));
    }

    private static OrderDocument document(int version) {
        return new OrderDocument("PO-000042.0@openprocure", NOW, "fr-FR", new CxmlCredential("NetworkID", "AN-BUYER"),
                new CxmlCredential("DUNS", "83528721"), new CxmlCredential("NetworkID", "AN-BUYER"), "PO-000042", NOW, version, "EUR",
                new BigDecimal("511.93"), "ACME France",
                List.of(new OrderItem("10", LocalDate.of(2026, 12, 20), CHAIR), new OrderItem("20", null, SCREWS)));
    }
}
