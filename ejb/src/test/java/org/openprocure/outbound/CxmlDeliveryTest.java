package org.openprocure.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprocure.punchout.cxml.CxmlContentModels;
import org.openprocure.punchout.cxml.SecureXml;
import org.openprocure.punchout.cxml.XmlElement;

/** Adds the shared secret to stored OrderRequests and reads the supplier's cXML Response. */
class CxmlDeliveryTest {

    private static final String STORED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <cXML payloadID="1@openprocure" timestamp="2026-12-05T03:00:00+00:00"><Header>\
            <From><Credential domain="NetworkID"><Identity>AN-BUYER</Identity></Credential></From>\
            <To><Credential domain="DUNS"><Identity>83528721</Identity></Credential></To>\
            <Sender><Credential domain="NetworkID"><Identity>AN-BUYER</Identity></Credential><UserAgent>OpenProcure</UserAgent></Sender>\
            </Header><Request><OrderRequest><OrderRequestHeader orderID="PO-1" orderDate="2026-12-05T03:00:00+00:00" type="new">\
            <Total><Money currency="EUR">1.00</Money></Total><BillTo/></OrderRequestHeader><ItemOut quantity="1"><ItemID>\
            <SupplierPartID>A</SupplierPartID></ItemID></ItemOut></OrderRequest></Request></cXML>""";

    @Test
    void sharedSecretGoesIntoSenderCredential() {
        String posted = CxmlSecrets.withSharedSecret(STORED, "p&ss<word>");
        XmlElement root = SecureXml.parse(new StringReader(posted));

        assertEquals("p&ss<word>", root.path("Header", "Sender", "Credential", "SharedSecret").orElseThrow().text());
        assertTrue(root.path("Header", "From", "Credential", "SharedSecret").isEmpty());
        assertEquals(List.of(), CxmlContentModels.violations(root, CxmlContentModels.ORDER_REQUEST));
    }

    @Test
    void noSecretLeavesDocumentUnchanged() {
        assertSame(STORED, CxmlSecrets.withSharedSecret(STORED, null));
    }

    @Test
    void status200And201AreSuccesses() {
        assertTrue(HttpDelivery.cxmlOutcome(200, response("200", "OK")).succeeded());
        assertTrue(HttpDelivery.cxmlOutcome(200, response("201", "Accepted")).succeeded());
    }

    @Test
    void otherStatusInHttp200IsFailure() {
        AttemptOutcome unauthorized = HttpDelivery.cxmlOutcome(200, response("401", "Unauthorized"));
        AttemptOutcome notCxml = HttpDelivery.cxmlOutcome(200, "OK".getBytes(StandardCharsets.UTF_8));
        AttemptOutcome noStatus = HttpDelivery.cxmlOutcome(200, "<cXML><Response/></cXML>".getBytes(StandardCharsets.UTF_8));

        assertFalse(unauthorized.succeeded());
        assertEquals(200, unauthorized.httpStatus());
        assertEquals("cXML Response Status 401 Unauthorized", unauthorized.error());
        assertFalse(notCxml.succeeded());
        assertFalse(noStatus.succeeded());
    }

    private static byte[] response(String code, String text) {
        return ("<?xml version=\"1.0\"?><cXML payloadID=\"2@s\" timestamp=\"2026-12-05T03:00:01+00:00\"><Response><Status code=\"" + code
                + "\" text=\"" + text + "\"/></Response></cXML>").getBytes(StandardCharsets.UTF_8);
    }
}
