package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders, changes, cancellations and goods receipts sent to suppliers on their channel. The cXML
 * and UBL suppliers are an HTTP server that this test starts on 127.0.0.1 at a free port, and each
 * test scripts its responses. The e-mail supplier reads a GreenMail SMTP server on test.smtp.port.
 * arquillian.xml gives the test server a first retry after 1 s and 3 attempts in all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboundOrdersIT {

    private static final int SMTP_PORT = Integer.getInteger("test.smtp.port", 3025);
    private static final String SECRET = "s3cret-of-the-buyer";
    private static final String CXML_OK = cxmlResponse("200", "OK");
    private static final Api ADMIN = Api.as("admin");
    private static final Api CLAIRE = Api.as("claire");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();
    private static final char NO_BREAK_SPACE = '\u00a0';

    private static GreenMail smtp;

    private HttpServer server;
    private Receiver receiver;
    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void supplierAndReceiver() throws IOException, FolderException {
        TestDatabase.clean();
        smtp.purgeEmailFromAllMailboxes();
        receiver = new Receiver();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/orders", receiver::handle);
        server.start();
        Api.Reply supplier = BUYER.post("/api/suppliers", Json.createObjectBuilder()
                .add("code", SOPHIE_COMPANY).add("name", "Bureau Fournitures SA").add("vatId", "FR23412345678").add("countryCode", "FR")
                .add("contactEmail", "commandes@bureau-fournitures.example").add("contactLanguage", "fr").build());
        assertEquals(201, supplier.status(), supplier.toString());
        supplierId = id(supplier.json());
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    @Test
    void cxmlRetriedWithBackoffUntilAccepted() {
        setChannel("CXML");
        receiver.answer(500, "busy", 500, "busy", 200, CXML_OK);

        long order = id(importOrder("PO-CXML-1", supplierId, "EUR", line("1", "PAPER-A4", "Ramette A4", "10", "C62", "4.20")));
        JsonObject delivery = awaitDelivery(order, 0, d -> d.getString("status").equals("DELIVERED"));

        JsonArray attempts = delivery.getJsonArray("attemptLog");
        assertEquals(3, attempts.size(), delivery.toString());
        assertEquals(500, attempts.getJsonObject(0).getInt("httpStatus"));
        assertFalse(attempts.getJsonObject(0).getBoolean("succeeded"));
        assertEquals(500, attempts.getJsonObject(1).getInt("httpStatus"));
        assertTrue(attempts.getJsonObject(2).getBoolean("succeeded"));
        assertTrue(attempts.getJsonObject(2).getJsonNumber("durationMillis").longValue() >= 0);
        Duration firstWait = between(attempts.getJsonObject(0), attempts.getJsonObject(1));
        Duration secondWait = between(attempts.getJsonObject(1), attempts.getJsonObject(2));
        assertTrue(firstWait.toMillis() >= 900, "first wait " + firstWait);
        assertTrue(secondWait.toMillis() >= 1900, "second wait " + secondWait);
        assertEquals("NEW", delivery.getString("purpose"));
        assertEquals(3, receiver.bodies.size());
        String posted = receiver.bodies.get(2);
        assertTrue(posted.contains("type=\"new\""), posted);
        assertTrue(posted.contains("<SharedSecret>" + SECRET + "</SharedSecret>"), posted);
        assertTrue(receiver.contentTypes.get(2).startsWith("text/xml"), receiver.contentTypes.get(2));
        assertFalse(BUYER.get(deliveries(order)).body().contains(SECRET));
        assertFalse(BUYER.get("/api/suppliers/" + supplierId + "/order-channel").body().contains(SECRET));
    }

    @Test
    void refusedDeliveryFailsThenResent() {
        setChannel("CXML");
        // A cXML Status 401 inside an HTTP 200 is a refusal.
        String refused = cxmlResponse("401", "Unauthorized");
        receiver.answer(200, refused, 200, refused, 200, refused);

        long order = id(importOrder("PO-CXML-2", supplierId, "EUR", line("1", "PAPER-A4", "Ramette A4", "10", "C62", "4.20")));
        JsonObject failed = awaitDelivery(order, 0, d -> d.getString("status").equals("FAILED"));

        assertEquals(3, failed.getJsonArray("attemptLog").size(), failed.toString());
        assertEquals("cXML Response Status 401 Unauthorized", failed.getString("lastError"));
        assertEquals(200, failed.getJsonArray("attemptLog").getJsonObject(2).getInt("httpStatus"));
        assertTrue(timelineActions(order).contains("DELIVERY_FAILED"), timelineActions(order).toString());
        assertEquals(403, SUPPLIER.post(deliveries(order) + "/" + id(failed) + "/resend", EMPTY).status());

        receiver.answer(200, CXML_OK);
        Api.Reply resent = BUYER.post(deliveries(order) + "/" + id(failed) + "/resend", EMPTY);
        assertEquals(200, resent.status(), resent.toString());
        JsonObject delivered = awaitDelivery(order, 0, d -> d.getString("status").equals("DELIVERED"));

        assertEquals(4, delivered.getJsonArray("attemptLog").size(), delivered.toString());
        assertEquals(1, delivered.getInt("attempts"));
        assertEquals(4, receiver.bodies.size());
        assertEquals(receiver.bodies.get(0), receiver.bodies.get(3));
        assertEquals(404, BUYER.post(deliveries(order) + "/999999/resend", EMPTY).status());
    }

    @Test
    void changeAndCancellationSendUpdateAndDelete() {
        setChannel("CXML");
        receiver.answer(200, CXML_OK, 200, CXML_OK, 200, CXML_OK);
        long order = orderFromRequisition();
        awaitDelivery(order, 0, d -> d.getString("status").equals("DELIVERED"));
        assertEquals(200, SUPPLIER.post("/api/purchase-orders/" + order + "/confirmation",
                Json.createObjectBuilder().add("decision", "ACCEPT").build()).status());

        Api.Reply change = BUYER.post("/api/purchase-orders/" + order + "/changes", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1")
                        .add("unitPrice", new BigDecimal("102")))).build());
        assertEquals(201, change.status(), change.toString());
        JsonObject update = awaitDelivery(order, 1, d -> d.getString("status").equals("DELIVERED"));
        JsonObject changed = BUYER.get("/api/purchase-orders/" + order).json();

        assertEquals("UPDATE", update.getString("purpose"));
        assertEquals(1, update.getInt("orderRevision"));
        assertTrue(receiver.bodies.get(1).contains("type=\"update\""), receiver.bodies.get(1));
        assertTrue(receiver.bodies.get(1).contains("orderVersion=\"2\""), receiver.bodies.get(1));
        assertTrue(receiver.bodies.get(1).contains(">102.00</Money>"), receiver.bodies.get(1));
        // The changed line waits for the supplier's confirmation again, whatever the channel.
        assertEquals("ISSUED", changed.getString("status"));
        assertEquals("PENDING", changed.getJsonArray("lines").getJsonObject(0).getString("confirmationStatus"));

        Api.Reply cancelled = BUYER.post("/api/purchase-orders/" + order + "/cancellation",
                Json.createObjectBuilder().add("reason", "Projet abandonné").build());
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        JsonObject delete = awaitDelivery(order, 2, d -> d.getString("status").equals("DELIVERED"));

        assertEquals("DELETE", delete.getString("purpose"));
        assertTrue(receiver.bodies.get(2).contains("type=\"delete\""), receiver.bodies.get(2));
        assertEquals(409, BUYER.post("/api/purchase-orders/" + order + "/cancellation",
                Json.createObjectBuilder().add("reason", "Encore").build()).status());
        assertEquals(409, SUPPLIER.post("/api/purchase-orders/" + order + "/confirmation",
                Json.createObjectBuilder().add("decision", "ACCEPT").build()).status());
    }

    @Test
    void ublChannelSendsOrderChangeAndReceipt() {
        setChannel("UBL");
        receiver.answer(200, "", 200, "", 200, "");
        long order = orderFromRequisition();
        JsonObject created = awaitDelivery(order, 0, d -> d.getString("status").equals("DELIVERED"));

        BUYER.post("/api/purchase-orders/" + order + "/changes", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1")
                        .add("unitPrice", new BigDecimal("101")))).build());
        awaitDelivery(order, 1, d -> d.getString("status").equals("DELIVERED"));
        Api.Reply receipt = Fixtures.receive(order, "1", "2");
        assertEquals(201, receipt.status(), receipt.toString());
        JsonObject receiptDelivery = awaitDelivery(order, 2, d -> d.getString("status").equals("DELIVERED"));

        assertEquals("UBL Order", created.getString("format"));
        assertTrue(receiver.bodies.get(0).contains("<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>"),
                receiver.bodies.get(0));
        assertTrue(receiver.bodies.get(1).contains("OrderChange-2"), receiver.bodies.get(1));
        assertTrue(receiver.bodies.get(1).contains("<cbc:SequenceNumberID>1</cbc:SequenceNumberID>"), receiver.bodies.get(1));
        assertEquals("GOODS_RECEIPT", receiptDelivery.getString("documentType"));
        assertEquals("RECEIPT", receiptDelivery.getString("purpose"));
        String advice = BUYER.get("/api/goods-receipts/" + id(receipt.json()) + "/ubl").body();
        assertEquals(advice, receiver.bodies.get(2));
        assertTrue(advice.contains("ReceiptAdvice-2"), advice);
        assertTrue(advice.contains("<cbc:ReceivedQuantity unitCode=\"C62\">2</cbc:ReceivedQuantity>"), advice);
        assertTrue(receiver.contentTypes.get(2).startsWith("application/xml"), receiver.contentTypes.get(2));
    }

    @Test
    void emailChannelSendsFrenchPdf() throws Exception {
        setChannel("EMAIL");

        long order = id(importOrder("PO-MAIL-1", supplierId, "EUR", line("1", "CH-200", "Chaise de bureau ergonomique", "3", "C62", "1234.50")));
        JsonObject delivery = awaitDelivery(order, 0, d -> d.getString("status").equals("DELIVERED"));

        assertEquals("EMAIL", delivery.getString("channel"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "No e-mail reached the test SMTP server on port " + SMTP_PORT);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("commandes@bureau-fournitures.example", mail.getAllRecipients()[0].toString());
        assertEquals("Bon de commande PO-MAIL-1", mail.getSubject());
        BodyPart attachment = ((Multipart) mail.getContent()).getBodyPart(1);
        assertEquals("PO-MAIL-1.pdf", attachment.getFileName());
        String text = pdfText(attachment);
        assertTrue(text.contains("Bon de commande PO-MAIL-1"), text);
        assertTrue(text.contains("Désignation"), text);
        assertTrue(text.contains("3" + NO_BREAK_SPACE + "703,50"), text);
        assertTrue(text.contains("1" + NO_BREAK_SPACE + "234,50"), text);
    }

    @Test
    void channelInputChecked() {
        assertEquals("PORTAL", BUYER.get(channel()).json().getString("channel"));
        setChannel("CXML");

        Api.Reply unknown = BUYER.put(channel(), Json.createObjectBuilder().add("channel", "FAX").build());
        Api.Reply noUrl = BUYER.put(channel(), Json.createObjectBuilder().add("channel", "UBL").build());
        Api.Reply ftp = BUYER.put(channel(), Json.createObjectBuilder().add("channel", "UBL").add("endpointUrl", "ftp://supplier.example/in").build());
        long noContact = Fixtures.supplier("Sans Contact SARL", "FR55123456789");
        Api.Reply email = BUYER.put("/api/suppliers/" + noContact + "/order-channel", Json.createObjectBuilder().add("channel", "EMAIL").build());

        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.body().contains("FAX"), unknown.body());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals(400, noUrl.status(), noUrl.toString());
        assertTrue(noUrl.body().contains("endpointUrl"), noUrl.body());
        assertEquals(400, ftp.status(), ftp.toString());
        assertTrue(ftp.body().contains("ftp://supplier.example/in"), ftp.body());
        assertEquals(400, email.status(), email.toString());
        JsonObject kept = BUYER.get(channel()).json();
        assertEquals("CXML", kept.getString("channel"));
        assertEquals(receiverUrl(), kept.getString("endpointUrl"));
        assertTrue(kept.getBoolean("sharedSecretSet"));
        assertEquals(403, SUPPLIER.put(channel(), Json.createObjectBuilder().add("channel", "PORTAL").build()).status());
        assertEquals(404, BUYER.get("/api/suppliers/999999/order-channel").status());
    }

    @Test
    void portalChannelSendsNothing() throws InterruptedException {
        long order = id(importOrder("PO-PORTAL", supplierId, "EUR", line("1", "PAPER-A4", "Ramette A4", "10", "C62", "4.20")));
        Thread.sleep(1500);

        assertEquals(0, BUYER.get(deliveries(order)).array().size());
        assertEquals(0, receiver.bodies.size());
    }

    @Test
    void invoiceLifecycleAsCdar() {
        long order = id(importOrder("PO-DISP", supplierId, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20")));
        Fixtures.receive(order, "1", "50");
        long invoice = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-DISP", "PO-DISP", new UblDocuments.Line("1", "75", "C62", "4.20", null, "315.00"))).json());
        ACCOUNTS_PAYABLE.awaitMatch(invoice, 1);
        assertEquals(200, ACCOUNTS_PAYABLE.put("/api/invoices/" + invoice + "/hold",
                Json.createObjectBuilder().add("reason", "Contrôle du stock").build()).status());

        JsonArray lifecycle = SUPPLIER.get("/api/invoices/" + invoice + "/lifecycle").array();
        List<String> codes = lifecycle.getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("code")).toList();
        assertEquals(List.of("204", "208"), codes);
        assertEquals("Suspendue", lifecycle.getJsonObject(1).getString("label"));
        assertEquals(2, lifecycle.getJsonObject(1).getInt("sequence"));

        Api.Reply cdar = SUPPLIER.get("/api/invoices/" + invoice + "/lifecycle/2/cdar");
        assertEquals(200, cdar.status(), cdar.toString());
        assertTrue(cdar.contentType().startsWith("application/xml"), cdar.contentType());
        assertTrue(cdar.body().contains("<ram:ProcessConditionCode>208</ram:ProcessConditionCode>"), cdar.body());
        assertTrue(cdar.body().contains("<ram:IssuerAssignedID>FA-DISP</ram:IssuerAssignedID>"), cdar.body());
        assertTrue(cdar.body().contains("<ram:GlobalID schemeID=\"0002\">412345678</ram:GlobalID>"), cdar.body());
        assertEquals(404, SUPPLIER.get("/api/invoices/" + invoice + "/lifecycle/3/cdar").status());
        assertEquals(404, Fixtures.OTHER_SUPPLIER.get("/api/invoices/" + invoice + "/lifecycle").status());
    }

    /** Sets the supplier's channel; CXML and UBL post to the test receiver, CXML with the buyer's own Sender and secret. */
    private void setChannel(String channel) {
        var body = Json.createObjectBuilder().add("channel", channel);
        if (!channel.equals("EMAIL")) {
            body.add("endpointUrl", receiverUrl()).add("senderDomain", "NetworkID").add("senderIdentity", "AN-OPENPROCURE")
                    .add("sharedSecret", SECRET);
        }
        Api.Reply reply = BUYER.put(channel(), body.build());
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(channel, reply.json().getString("channel"));
    }

    /** Creates a requisition of 2 × 100 EUR, below the automatic approval limit, and returns the order it issued. */
    private long orderFromRequisition() {
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc")).build());
        assertEquals(200, imported.status(), imported.toString());
        Api.Reply created = CLAIRE.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Ramettes de papier")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", "Carton de ramettes A4").add("quantity", 2)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal("100")).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisition = id(created.json());
        Api.Reply submitted = CLAIRE.post("/api/requisitions/" + requisition + "/submit", EMPTY);
        assertEquals("APPROVED", submitted.json().getString("status"), submitted.toString());
        return id(CLAIRE.get("/api/requisitions/" + requisition).json().getJsonArray("purchaseOrders").getJsonObject(0));
    }

    /** Polls the order's deliveries for at most 30 seconds until delivery number {@code index} meets the condition, and returns it. */
    private static JsonObject awaitDelivery(long order, int index, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonArray found = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = BUYER.get(deliveries(order));
            assertEquals(200, reply.status(), reply.toString());
            found = reply.array();
            if (found.size() > index && condition.test(found.getJsonObject(index))) {
                return found.getJsonObject(index);
            }
            pause();
        }
        throw new AssertionError("Delivery " + index + " of order " + order + " did not reach the expected state in 30 s: " + found);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a delivery", e);
        }
    }

    private static Duration between(JsonObject earlier, JsonObject later) {
        return Duration.between(Instant.parse(earlier.getString("attemptedAt")), Instant.parse(later.getString("attemptedAt")));
    }

    private static List<String> timelineActions(long order) {
        return BUYER.get("/api/purchase-orders/" + order + "/timeline").array().getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("action")).toList();
    }

    private static String pdfText(BodyPart attachment) throws IOException, MessagingException {
        try (InputStream stream = attachment.getInputStream(); PDDocument document = Loader.loadPDF(stream.readAllBytes())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String channel() {
        return "/api/suppliers/" + supplierId + "/order-channel";
    }

    private static String deliveries(long order) {
        return "/api/purchase-orders/" + order + "/deliveries";
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/orders";
    }

    private static String cxmlResponse(String code, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cXML payloadID=\"1@supplier\" timestamp=\"2026-12-05T10:00:00+00:00\">"
                + "<Response><Status code=\"" + code + "\" text=\"" + text + "\"/></Response></cXML>";
    }

    /** The supplier's HTTP endpoint: returns the scripted statuses and bodies in turn, then repeats the last, and keeps every request. */
    private static final class Receiver {

        private final List<String> bodies = new CopyOnWriteArrayList<>();
        private final List<String> contentTypes = new CopyOnWriteArrayList<>();
        private volatile List<Object> script = List.of(200, CXML_OK);
        private final AtomicInteger answered = new AtomicInteger();

        /** Scripts the next responses as pairs of status and body. */
        void answer(Object... statusAndBody) {
            script = new ArrayList<>(List.of(statusAndBody));
            answered.set(0);
        }

        void handle(HttpExchange exchange) throws IOException {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            contentTypes.add(contentType == null ? "" : contentType);
            List<Object> answers = script;
            int turn = Math.min(answered.getAndIncrement(), answers.size() / 2 - 1);
            int status = (Integer) answers.get(2 * turn);
            byte[] body = ((String) answers.get(2 * turn + 1)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
