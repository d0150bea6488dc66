package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.CxmlDocuments.DOMAIN;
import static org.openprocure.it.CxmlDocuments.IDENTITY;
import static org.openprocure.it.CxmlDocuments.SECRET;
import static org.openprocure.it.CxmlDocuments.confirmation;
import static org.openprocure.it.CxmlDocuments.envelope;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SAMPLES;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The cXML endpoint as a supplier's order system calls it: no access token, the Sender credential in each document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CxmlEndpointIT {

    private static final String ENDPOINT = "/api/cxml";

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void supplierWithCredential() {
        TestDatabase.clean();
        supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        Api.Reply set = BUYER.put("/api/suppliers/" + supplierId + "/cxml-credential", Json.createObjectBuilder()
                .add("domain", DOMAIN).add("identity", IDENTITY).add("sharedSecret", SECRET).build());
        assertEquals(200, set.status(), set.toString());
    }

    /** The Status element of a cXML Response. */
    private record Status(int code, String text, String detail, String payloadId, String timestamp) {
    }

    private static Status post(byte[] document) {
        Api.Reply reply = Api.anonymous().postBytes(ENDPOINT, "text/xml", document);
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("text/xml"), reply.contentType());
        return status(reply.body());
    }

    private static Status status(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body))).getDocumentElement();
            Element status = (Element) root.getElementsByTagName("Status").item(0);
            return new Status(Integer.parseInt(status.getAttribute("code")), status.getAttribute("text"), status.getTextContent(),
                    root.getAttribute("payloadID"), root.getAttribute("timestamp"));
        } catch (Exception e) {
            throw new AssertionError("Not a cXML Response: " + body, e);
        }
    }

    private static long storedDocuments() {
        return TestDatabase.count("select count(*) from inbound_document");
    }

    private static JsonObject orderLine(long orderId, int index) {
        return BUYER.get("/api/purchase-orders/" + orderId).json().getJsonArray("lines").getJsonObject(index);
    }

    @Test
    void credentialViewHidesSecret() {
        Api.Reply reply = BUYER.get("/api/suppliers/" + supplierId + "/cxml-credential");

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(IDENTITY, reply.json().getString("identity"));
        assertTrue(reply.json().getBoolean("sharedSecretSet"));
        assertFalse(reply.body().contains(SECRET), reply.body());
        assertEquals(1, TestDatabase.count("select count(*) from supplier_cxml_credential where secret_hash <> ?", SECRET));
    }

    @Test
    void supplierUserCannotSetCredential() {
        Api.Reply reply = SUPPLIER.put("/api/suppliers/" + supplierId + "/cxml-credential", Json.createObjectBuilder()
                .add("domain", DOMAIN).add("identity", "X").add("sharedSecret", "another-long-secret").build());

        assertEquals(403, reply.status(), reply.toString());
    }

    @Test
    void acceptedConfirmationGets200() {
        long order = id(importOrder("PO-CX-1", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));

        Status status = post(envelope("1001.1@supplier", confirmation("accept", "PO-CX-1", "")));

        assertEquals(200, status.code(), status.toString());
        assertEquals("OK", status.text());
        assertTrue(status.payloadId().matches("\\d+\\.[0-9a-f]{16}@openprocure"), status.payloadId());
        assertTrue(status.timestamp().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"), status.timestamp());
        assertEquals("CONFIRMED", BUYER.get("/api/purchase-orders/" + order).json().getString("status"));
    }

    @Test
    void wrongSecretAndUnknownIdentityGetSame401() {
        long order = id(importOrder("PO-CX-2", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));
        String request = confirmation("accept", "PO-CX-2", "");

        Status wrongSecret = post(envelope("1002.1@supplier", IDENTITY, "not-the-secret", request));
        Status unknownIdentity = post(envelope("1002.2@supplier", "AN-NOBODY", SECRET, request));

        assertEquals(401, wrongSecret.code(), wrongSecret.toString());
        assertEquals(401, unknownIdentity.code(), unknownIdentity.toString());
        assertEquals(wrongSecret.detail(), unknownIdentity.detail());
        assertFalse(wrongSecret.detail().contains(SECRET), wrongSecret.detail());
        assertEquals("ISSUED", BUYER.get("/api/purchase-orders/" + order).json().getString("status"));
        assertEquals(0, storedDocuments());
    }

    @Test
    void missingOrderReferenceGets400WithFix() {
        Status status = post(envelope("1003.1@supplier", """
                <ConfirmationRequest><ConfirmationHeader type="accept" noticeDate="2027-01-05T10:00:00+01:00"/></ConfirmationRequest>"""));

        assertEquals(400, status.code(), status.toString());
        assertEquals("Bad Request", status.text());
        assertTrue(status.detail().startsWith("The element OrderReference is missing in ConfirmationRequest."), status.detail());
        assertTrue(status.detail().contains("Add OrderReference to ConfirmationRequest"), status.detail());
    }

    @Test
    void unknownOrderGets400() {
        Status status = post(envelope("1004.1@supplier", confirmation("accept", "PO-NOWHERE", "")));

        assertEquals(400, status.code(), status.toString());
        assertTrue(status.detail().startsWith("No order numbered PO-NOWHERE is addressed to your company."), status.detail());
        assertEquals(0, storedDocuments());
    }

    @Test
    void samePayloadTwiceGetsSameAnswerOnce() {
        long order = id(importOrder("PO-CX-5", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));
        byte[] document = envelope("1005.1@supplier", confirmation("accept", "PO-CX-5", ""));

        Status first = post(document);
        Status second = post(document);

        assertEquals(200, first.code(), first.toString());
        assertEquals(200, second.code(), second.toString());
        assertTrue(second.detail().contains("PURCHASE_ORDER " + order), second.detail());
        assertTrue(second.detail().contains("already received"), second.detail());
        assertEquals(1, storedDocuments());
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where document_id = ? and action = 'CONFIRMED'", order));
    }

    @Test
    void concurrentRepeatsApplyOnce() throws Exception {
        long order = id(importOrder("PO-CX-12", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));
        byte[] document = envelope("1012.1@supplier", confirmation("accept", "PO-CX-12", ""));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Status>> answers = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> post(document)));
        }
        for (Future<Status> answer : answers) {
            Status status = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, status.code(), status.toString());
        }
        pool.shutdown();

        assertEquals(1, storedDocuments());
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where document_id = ? and action = 'CONFIRMED'", order));
    }

    @Test
    void samePayloadOtherContentGets409() {
        importOrder("PO-CX-6", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        post(envelope("1006.1@supplier", confirmation("accept", "PO-CX-6", "")));

        Status conflict = post(envelope("1006.1@supplier", confirmation("reject", "PO-CX-6", "")));

        assertEquals(409, conflict.code(), conflict.toString());
        assertTrue(conflict.detail().contains("1006.1@supplier"), conflict.detail());
        assertEquals(1, storedDocuments());
    }

    @Test
    void detailConfirmationDrivesMatch() {
        long order = id(importOrder("PO-CX-7", supplierId, "EUR",
                line("1", "P", "Papier", "5", "C62", "4.20"), line("2", "E", "Enveloppes", "10", "C62", "4.20")));

        Status status = post(envelope("1007.1@supplier", confirmation("detail", "PO-CX-7", """
                <ConfirmationItem lineNumber="1" quantity="5"><UnitOfMeasure>C62</UnitOfMeasure>
                  <ConfirmationStatus type="accept" quantity="3" deliveryDate="2027-02-01T09:00:00+01:00"><UnitOfMeasure>C62</UnitOfMeasure></ConfirmationStatus>
                  <ConfirmationStatus type="reject" quantity="2"><UnitOfMeasure>C62</UnitOfMeasure><Comments>Out of stock</Comments></ConfirmationStatus>
                </ConfirmationItem>
                <ConfirmationItem lineNumber="2" quantity="10"><UnitOfMeasure>C62</UnitOfMeasure>
                  <ConfirmationStatus type="detail" quantity="10" deliveryDate="2027-02-03T09:00:00+01:00"><UnitOfMeasure>C62</UnitOfMeasure>
                    <UnitPrice><Money currency="EUR">4.50</Money></UnitPrice></ConfirmationStatus>
                </ConfirmationItem>""")));

        assertEquals(200, status.code(), status.toString());
        JsonObject first = orderLine(order, 0);
        JsonObject second = orderLine(order, 1);
        assertEquals("CHANGED", first.getString("confirmationStatus"));
        assertEquals(0, new BigDecimal("3").compareTo(first.getJsonNumber("confirmedQuantity").bigDecimalValue()));
        assertEquals("2027-02-01", first.getString("confirmedDeliveryDate"));
        assertEquals("CHANGED", second.getString("confirmationStatus"));
        assertEquals(0, new BigDecimal("4.50").compareTo(second.getJsonNumber("confirmedUnitPrice").bigDecimalValue()));

        receive(order, "2", "10");
        Api.Reply invoice = SUPPLIER.postXml("/api/invoices", UblDocuments.invoice("FA-CX-7", "PO-CX-7",
                new UblDocuments.Line("2", "10", "C62", "4.50", null, "45.00")));
        assertEquals(201, invoice.status(), invoice.toString());
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(invoice.json()), 1);
        assertEquals("MATCHED", match.getString("outcome"), "the supplier confirmed 4.50 in place of 4.20");
    }

    @Test
    void shipNoticeCoversTwoOrders() {
        long paper = id(importOrder("PO-CX-8A", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));
        long toner = id(importOrder("PO-CX-8B", supplierId, "EUR", line("1", "T", "Toner", "4", "C62", "60.00"),
                line("2", "D", "Tambour", "1", "C62", "90.00")));

        Status status = post(envelope("1008.1@supplier", """
                <ShipNoticeRequest>
                  <ShipNoticeHeader shipmentID="ASN-2027-8" noticeDate="2027-01-10T10:00:00+01:00" deliveryDate="2027-01-12T09:00:00+01:00"/>
                  <ShipControl><CarrierIdentifier domain="SCAC">GEOD</CarrierIdentifier>
                    <CarrierIdentifier domain="companyName">Geodis</CarrierIdentifier><ShipmentIdentifier>GE-778899</ShipmentIdentifier></ShipControl>
                  <ShipNoticePortion><OrderReference orderID="PO-CX-8A"/>
                    <ShipNoticeItem lineNumber="1" quantity="6"><UnitOfMeasure>C62</UnitOfMeasure>
                      <Batch><SupplierBatchID>LOT-2027-01</SupplierBatchID></Batch></ShipNoticeItem>
                  </ShipNoticePortion>
                  <ShipNoticePortion><OrderReference orderID="PO-CX-8B"/>
                    <ShipNoticeItem lineNumber="1" quantity="4"><UnitOfMeasure>C62</UnitOfMeasure>
                      <Packaging><PackagingCode>BX</PackagingCode><ShippingContainerSerialCode>003401234567890123</ShippingContainerSerialCode></Packaging>
                    </ShipNoticeItem>
                  </ShipNoticePortion>
                </ShipNoticeRequest>"""));

        assertEquals(200, status.code(), status.toString());
        JsonArray paperNotices = BUYER.get("/api/purchase-orders/" + paper + "/shipping-notices").array();
        JsonArray tonerNotices = BUYER.get("/api/purchase-orders/" + toner + "/shipping-notices").array();
        assertEquals(1, paperNotices.size());
        assertEquals(1, tonerNotices.size());
        JsonObject paperNotice = paperNotices.getJsonObject(0);
        assertEquals("ASN-2027-8", paperNotice.getString("number"));
        assertEquals("2027-01-12", paperNotice.getString("deliveryDate"));
        assertEquals("Geodis", paperNotice.getString("carrier"));
        assertEquals("GE-778899", paperNotice.getString("trackingNumber"));
        assertEquals("LOT-2027-01", paperNotice.getJsonArray("lines").getJsonObject(0).getString("batch"));
        assertEquals("003401234567890123", tonerNotices.getJsonObject(0).getJsonArray("lines").getJsonObject(0).getString("packageId"));
        assertEquals(0, new BigDecimal("6").compareTo(orderLine(paper, 0).getJsonNumber("shippedQuantity").bigDecimalValue()));
        assertEquals("SHIPPED", BUYER.get("/api/purchase-orders/" + toner).json().getString("status"));
    }

    @Test
    void entityDeclarationIsRefused() {
        importOrder("PO-CX-9", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        String hostile = new String(envelope("1009.1@supplier", confirmation("accept", "PO-CX-9", "")), StandardCharsets.UTF_8)
                .replace("<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.063/Fulfill.dtd\">",
                        "<!DOCTYPE cXML [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
                .replace("confirmID=\"CONF-1\"", "confirmID=\"&secret;\"");

        Status status = post(hostile.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, status.code(), status.toString());
        assertTrue(status.detail().startsWith("The cXML declares or uses an XML entity, which is rejected."), status.detail());
        assertEquals(0, storedDocuments());
    }

    @Test
    void invoiceDetailRequestIsStoredOnceWithoutTheSecret() throws IOException {
        String sample = Files.readString(SAMPLES.resolve("cxml/officeluv-cxml/spec/fixtures/invoice_taxes_at_total.xml"))
                .replace("<Credential domain=\"DUNS\">\n        <Identity>supplierid</Identity>\n        <SharedSecret>secret</SharedSecret>",
                        "<Credential domain=\"" + DOMAIN + "\">\n        <Identity>" + IDENTITY + "</Identity>\n        <SharedSecret>" + SECRET
                                + "</SharedSecret>");
        byte[] document = sample.getBytes(StandardCharsets.UTF_8);

        Status first = post(document);
        Status again = post(document);

        assertEquals(200, first.code(), first.toString());
        assertEquals(200, again.code(), again.toString());
        JsonArray invoices = ACCOUNTS_PAYABLE.get("/api/invoices").array();
        assertEquals(1, invoices.size(), "posted twice, stored once");
        long invoiceId = invoices.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject invoice = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();
        assertEquals("cXML", invoice.getString("documentFormat"));
        assertEquals("3492", invoice.getString("number"));
        String kept = new String(ACCOUNTS_PAYABLE.getBytes("/api/invoices/" + invoiceId + "/document"), StandardCharsets.UTF_8);
        assertFalse(kept.contains(SECRET), "the stored original does not hold the supplier's shared secret");
        assertTrue(kept.contains("<SharedSecret>[redacted]</SharedSecret>"), kept);
    }

    @Test
    void frenchRequestGetsFrenchText() {
        String french = new String(envelope("1011.1@supplier", confirmation("accept", "PO-INCONNUE", "")), StandardCharsets.UTF_8)
                .replace("xml:lang=\"en-US\"", "xml:lang=\"fr-FR\"");

        Status status = post(french.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, status.code(), status.toString());
        assertTrue(status.detail().startsWith("Aucune commande numéro PO-INCONNUE n'est adressée à votre société."), status.detail());
    }

    /**
     * Over HTTP/1.1, WildFly's max-post-size (10 MiB by default) refuses the body with an empty 400
     * before the endpoint's own limit of the same size can return 413 with a cXML status. WildFly may
     * also close the connection while the client is still sending, which the client sees as an
     * IOException, such as a broken pipe, with no response.
     */
    @Test
    void oversizedBodyRefused() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) ' ');

        Api.Reply reply;
        try {
            reply = Api.anonymous().postBytes(ENDPOINT, "text/xml", large);
        } catch (IllegalStateException closed) {
            assertTrue(closed.getCause() instanceof IOException, "the server closed the connection: " + closed.getCause());
            return;
        }

        assertTrue(reply.status() == 400 || reply.status() == 413, reply.status() + " " + reply.contentType());
    }
}
