package org.openprocure.punchout.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprocure.punchout.CartLine;
import org.openprocure.punchout.PunchOutOperation;
import org.openprocure.punchout.cxml.PunchOutSetupRequestWriter.SetupRequest;

/** Writes PunchOutSetupRequests in cXML.dtd element order, with credentials, extrinsics and the cart to edit. */
class PunchOutSetupRequestWriterTest {

    static final CartLine CHAIR = new CartLine("5555", "cfg=A&B <x>  ", "Excelsior Desk Chair", "Leather chair with padded arms",
            new BigDecimal("2.000000"), "EA", new BigDecimal("254.400000"), "EUR", new BigDecimal("1.000000"), "UNSPSC", "5136030000");
    static final CartLine SCREWS = new CartLine("VIS-M4", null, "Vis inox M4", null, new BigDecimal("250"), "PCE", new BigDecimal("12.5"),
            "EUR", new BigDecimal("1000"), null, null);

    static SetupRequest request(PunchOutOperation operation, List<CartLine> items) {
        Map<String, String> extrinsics = new LinkedHashMap<>();
        extrinsics.put("UserEmail", "claire@example.org");
        extrinsics.put("User", "claire");
        extrinsics.put("FirstName", "Claire");
        extrinsics.put("LastName", "Martin");
        return new SetupRequest("1@openprocure", OffsetDateTime.of(2026, 12, 5, 2, 30, 0, 123, ZoneOffset.UTC), "fr-FR",
                new CxmlCredential("NetworkID", "AN-BUYER"), new CxmlCredential("DUNS", "83528721"), new CxmlCredential("NetworkID", "AN-BUYER"),
                "s3cret", operation, "cookie-1", extrinsics, "https://buy.example/openprocure/punch-out/return/T", "https://shop.example/po",
                items);
    }

    @Test
    void createHasElementsInDtdOrder() {
        String xml = PunchOutSetupRequestWriter.write(request(PunchOutOperation.CREATE, List.of()));
        XmlElement root = SecureXml.parse(new StringReader(xml));

        assertTrue(xml.contains("<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd\">"), xml);
        assertEquals("2026-12-05T02:30:00+00:00", root.attribute("timestamp"));
        assertEquals(List.of("Header", "Request"), names(root));
        assertEquals(List.of("From", "To", "Sender"), names(root.child("Header").orElseThrow()));
        XmlElement setup = root.path("Request", "PunchOutSetupRequest").orElseThrow();
        assertEquals("create", setup.attribute("operation"));
        assertEquals(List.of("BuyerCookie", "Extrinsic", "Extrinsic", "Extrinsic", "Extrinsic", "BrowserFormPost", "SupplierSetup"), names(setup));
        assertEquals("cookie-1", setup.child("BuyerCookie").orElseThrow().text());
        assertEquals(List.of("UserEmail", "User", "FirstName", "LastName"),
                setup.children("Extrinsic").stream().map(extrinsic -> extrinsic.attribute("name")).toList());
        assertEquals("https://buy.example/openprocure/punch-out/return/T", setup.path("BrowserFormPost", "URL").orElseThrow().text());
    }

    @Test
    void credentialsAndSecretGoInHeader() {
        XmlElement header = SecureXml.parse(new StringReader(PunchOutSetupRequestWriter.write(request(PunchOutOperation.CREATE, List.of()))))
                .child("Header").orElseThrow();

        assertEquals("NetworkID", header.path("From", "Credential").orElseThrow().attribute("domain"));
        assertEquals("AN-BUYER", header.path("From", "Credential", "Identity").orElseThrow().text());
        assertEquals("DUNS", header.path("To", "Credential").orElseThrow().attribute("domain"));
        assertEquals("83528721", header.path("To", "Credential", "Identity").orElseThrow().text());
        assertEquals("s3cret", header.path("Sender", "Credential", "SharedSecret").orElseThrow().text());
        assertTrue(header.path("From", "Credential", "SharedSecret").isEmpty());
        assertEquals(List.of("Credential", "UserAgent"), names(header.child("Sender").orElseThrow()));
    }

    @Test
    void editSendsCartAsItemOut() {
        String xml = PunchOutSetupRequestWriter.write(request(PunchOutOperation.EDIT, List.of(CHAIR, SCREWS)));
        XmlElement setup = SecureXml.parse(new StringReader(xml)).path("Request", "PunchOutSetupRequest").orElseThrow();

        assertEquals("edit", setup.attribute("operation"));
        List<XmlElement> items = setup.children("ItemOut");
        assertEquals(2, items.size());
        assertEquals("ItemOut", names(setup).get(names(setup).size() - 1));
        XmlElement chair = items.get(0);
        assertEquals("2", chair.attribute("quantity"));
        assertEquals("1", chair.attribute("lineNumber"));
        assertEquals(List.of("ItemID", "ItemDetail"), names(chair));
        assertEquals("cfg=A&B <x>  ", chair.path("ItemID", "SupplierPartAuxiliaryID").orElseThrow().text());
        XmlElement detail = chair.child("ItemDetail").orElseThrow();
        assertEquals(List.of("UnitPrice", "Description", "UnitOfMeasure", "Classification"), names(detail));
        assertEquals("254.40", detail.path("UnitPrice", "Money").orElseThrow().text());
        assertEquals("Excelsior Desk Chair", detail.path("Description", "ShortName").orElseThrow().text());
        assertEquals("Leather chair with padded arms", detail.child("Description").orElseThrow().text());
        XmlElement screws = items.get(1).child("ItemDetail").orElseThrow();
        assertEquals(List.of("UnitPrice", "Description", "UnitOfMeasure", "PriceBasisQuantity"), names(screws));
        assertEquals("1000", screws.child("PriceBasisQuantity").orElseThrow().attribute("quantity"));
        assertFalse(xml.contains("ShortName>Vis"), xml);
    }

    static List<String> names(XmlElement element) {
        return element.children().stream().map(XmlElement::name).toList();
    }
}
