package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events for the ERP: a JMS consumer inside the server reads the topic, and a webhook receiver in
 * the test JVM on 127.0.0.1 checks each POST's HMAC signature, fails the first attempt and then
 * accepts the retry.
 */
@ExtendWith(ArquillianExtension.class)
class ErpEventsIT {

    private static final String TOPIC = "java:/jms/topic/openprocure/ErpEvents";
    private static final Api ADMIN = Api.as("admin");
    private static final Api REQUESTER = Api.as("claire");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();
    private static final String SECRET = "erp-webhook-secret-0123456789abcdefghij";

    private WebhookReceiver receiver;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ErpEventsIT.class, Api.class, Api.Reply.class, Keycloak.class, Fixtures.class,
                TestDatabase.class, WebhookReceiver.class, WebhookReceiver.Request.class, PaymentIT.class);
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop();
        }
    }

    /**
     * Runs inside the server. The JMS objects and the data source are looked up here rather than
     * injected into fields, because the other tests of this class run as a client, where no such
     * injection exists.
     */
    @Test
    void topicCarriesOrderIssuedConfirmationAndReceipt() throws NamingException, SQLException {
        InitialContext naming = new InitialContext();
        DataSource dataSource = (DataSource) naming.lookup("java:jboss/datasources/OpenProcureDS");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(TestDatabase.TRUNCATE_BUSINESS_TABLES);
        }
        ConnectionFactory factory = (ConnectionFactory) naming.lookup("java:/ConnectionFactory");
        Topic topic = (Topic) naming.lookup(TOPIC);
        try (JMSContext jms = factory.createContext(); JMSConsumer consumer = jms.createConsumer(topic)) {
            long orderId = issueOrder();
            Api.Reply confirmed = SUPPLIER.post("/api/purchase-orders/" + orderId + "/confirmation",
                    Json.createObjectBuilder().add("decision", "ACCEPT").build());
            assertEquals(200, confirmed.status(), confirmed.toString());
            Api.Reply receipt = receive(orderId, "1", "10");
            assertEquals(201, receipt.status(), receipt.toString());

            Map<String, JsonObject> byType = new ConcurrentHashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (byType.size() < 3 && System.nanoTime() < deadline) {
                String body = consumer.receiveBody(String.class, 1000);
                if (body != null) {
                    JsonObject message = Json.createReader(new StringReader(body)).readObject();
                    byType.put(message.getString("type"), message);
                }
            }

            JsonObject issued = byType.get("purchase-order.issued");
            assertNotNull(issued, "purchase-order.issued on the topic; got " + byType.keySet());
            assertEquals(orderId, issued.getJsonObject("data").getJsonNumber("orderId").longValue());
            assertEquals(SOPHIE_COMPANY, issued.getJsonObject("data").getString("supplierCode"));
            assertTrue(issued.getJsonObject("data").getString("orderNumber").matches("PO-\\d{6}"), issued.toString());
            assertFalse(issued.toString().contains("claire"), "no user name in an event: " + issued);
            JsonObject confirmation = byType.get("order-confirmation.received");
            assertNotNull(confirmation, "order-confirmation.received on the topic; got " + byType.keySet());
            assertEquals("CONFIRMED", confirmation.getJsonObject("data").getString("outcome"));
            JsonObject posted = byType.get("goods-receipt.posted");
            assertNotNull(posted, "goods-receipt.posted on the topic; got " + byType.keySet());
            assertEquals(orderId, posted.getJsonObject("data").getJsonNumber("orderId").longValue());
            assertTrue(posted.getJsonObject("data").getString("receiptNumber").startsWith("GR-"), posted.toString());
            assertFalse(posted.toString().contains("rachid"), "no user name in an event: " + posted);
        }
    }

    @Test
    @RunAsClient
    void webhookIsSignedAndRetried() throws IOException, InterruptedException {
        TestDatabase.clean();
        WebhookReceiver hook = new WebhookReceiver(1);
        receiver = hook;
        hook.start();
        long subscription = subscribe(hook.url(), "purchase-order.issued", "goods-receipt.posted");

        long orderId = issueOrder();

        List<WebhookReceiver.Request> requests = hook.await(2, Duration.ofSeconds(20));
        WebhookReceiver.Request retried = requests.get(1);
        assertEquals("purchase-order.issued", retried.header("X-OpenProcure-Event"));
        assertEquals(requests.get(0).body(), retried.body(), "a retry sends the same body");
        String expected = "v1=" + hmac(SECRET, retried.header("X-OpenProcure-Timestamp") + "." + retried.body());
        assertEquals(expected, retried.header("X-OpenProcure-Signature"), "HMAC-SHA256 over timestamp, full stop and body");
        String forged = "v1=" + hmac(SECRET.replace('0', '1'), retried.header("X-OpenProcure-Timestamp") + "." + retried.body());
        assertNotEquals(forged, retried.header("X-OpenProcure-Signature"), "another secret gives another signature");
        String tampered = "v1=" + hmac(SECRET, retried.header("X-OpenProcure-Timestamp") + "." + retried.body() + " ");
        assertNotEquals(tampered, retried.header("X-OpenProcure-Signature"), "another body gives another signature");
        JsonObject event = Json.createReader(new StringReader(retried.body())).readObject();
        assertEquals(orderId, event.getJsonObject("data").getJsonNumber("orderId").longValue());
        assertEquals(event.getString("eventId"), retried.header("X-OpenProcure-Event-Id"));

        JsonObject delivery = awaitDelivery(subscription, "DELIVERED");
        assertEquals(2, delivery.getInt("attemptCount"));
        JsonArray attempts = delivery.getJsonArray("attempts");
        assertEquals(500, attempts.getJsonObject(0).getInt("statusCode"));
        assertEquals(204, attempts.getJsonObject(1).getInt("statusCode"));
        JsonObject stored = ADMIN.get("/api/webhooks/" + subscription).json();
        assertFalse(stored.containsKey("secret"), "the secret is never returned: " + stored);
        assertEquals(0, TestDatabase.count("select count(*) from webhook_subscription where secret_encrypted like ?", "%" + SECRET + "%"),
                "the secret is stored encrypted");
    }

    @Test
    @RunAsClient
    void failedDeliveryCanBeResent() throws IOException {
        TestDatabase.clean();
        WebhookReceiver hook = new WebhookReceiver(Integer.MAX_VALUE);
        receiver = hook;
        hook.start();
        long subscription = subscribe(hook.url(), "purchase-order.issued");
        issueOrder();

        JsonObject failed = awaitDelivery(subscription, "FAILED");
        assertEquals(4, failed.getInt("attemptCount"), "one attempt plus one per retry delay (PT1S,PT2S,PT2S in the tests)");
        hook.acceptFromNowOn();

        Api.Reply resent = ADMIN.post("/api/webhooks/" + subscription + "/deliveries/" + id(failed) + "/resend", EMPTY);

        assertEquals(200, resent.status(), resent.toString());
        JsonObject delivered = awaitDelivery(subscription, "DELIVERED");
        assertEquals(5, delivered.getJsonArray("attempts").size(), "the log keeps the failed attempts");
        assertEquals(409, ADMIN.post("/api/webhooks/" + subscription + "/deliveries/" + id(failed) + "/resend", EMPTY).status(),
                "only a failed delivery can be re-sent");
    }

    @Test
    @RunAsClient
    void subscriptionInputIsChecked() {
        TestDatabase.clean();
        Api.Reply shortSecret = ADMIN.post("/api/webhooks", Json.createObjectBuilder().add("url", "http://127.0.0.1:9/hook")
                .add("eventTypes", Json.createArrayBuilder().add("purchase-order.issued")).add("secret", "short").build());
        assertEquals(400, shortSecret.status(), shortSecret.toString());
        assertFalse(shortSecret.body().contains("\"short\""), "the secret is not echoed: " + shortSecret.body());

        Api.Reply unknownType = ADMIN.post("/api/webhooks", Json.createObjectBuilder().add("url", "http://127.0.0.1:9/hook")
                .add("eventTypes", Json.createArrayBuilder().add("order.shipped")).add("secret", SECRET).build());
        assertEquals(400, unknownType.status());
        assertTrue(unknownType.json().getString("detail").contains("order.shipped"), unknownType.body());

        Api.Reply badUrl = ADMIN.post("/api/webhooks", Json.createObjectBuilder().add("url", "ftp://127.0.0.1/hook")
                .add("eventTypes", Json.createArrayBuilder().add("dispute.opened")).add("secret", SECRET).build());
        assertEquals(400, badUrl.status());

        Api.Reply byBuyer = BUYER.post("/api/webhooks", Json.createObjectBuilder().add("url", "http://127.0.0.1:9/hook")
                .add("eventTypes", Json.createArrayBuilder().add("dispute.opened")).add("secret", SECRET).build());
        assertEquals(403, byBuyer.status());
    }

    @Test
    @RunAsClient
    void disputeEventsNameInvoiceAndOutcome() {
        TestDatabase.clean();
        PaymentIT.supplierAndCostCentre();
        JsonObject invoice = PaymentIT.goodToPay("FA-EVT-1", "80.00");

        Api.Reply opened = Fixtures.ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/disputes", Json.createObjectBuilder()
                .add("reason", "PRICE").add("description", "Prix unitaire différent du devis").build());
        assertEquals(201, opened.status(), opened.toString());
        Api.Reply resolved = Fixtures.ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/disputes/" + id(opened.json()) + "/resolution",
                Json.createObjectBuilder().add("outcome", "ACCEPTED").add("note", "Prix confirmé").build());
        assertEquals(200, resolved.status(), resolved.toString());

        JsonObject openedEvent = storedEvent("dispute.opened");
        assertEquals("FA-EVT-1", openedEvent.getJsonObject("data").getString("invoiceNumber"));
        assertEquals("PRICE", openedEvent.getJsonObject("data").getString("reason"));
        assertEquals(id(opened.json()), openedEvent.getJsonObject("data").getJsonNumber("disputeId").longValue());
        assertFalse(openedEvent.toString().contains("Prix unitaire"), "the free text stays out of the event: " + openedEvent);
        JsonObject closedEvent = storedEvent("dispute.closed");
        assertEquals("ACCEPTED", closedEvent.getJsonObject("data").getString("outcome"));
        assertEquals("205", closedEvent.getJsonObject("data").getString("lifecycleCode"));
        assertEquals(2, TestDatabase.count("select count(*) from erp_event where event_type = 'invoice.good-to-pay'"),
                "good to pay when approved, and again when the dispute closed");
    }

    private static JsonObject storedEvent(String type) {
        List<Map<String, Object>> rows = TestDatabase.rows("select payload from erp_event where event_type = ?", type);
        assertEquals(1, rows.size(), type + " stored once");
        return Json.createReader(new StringReader((String) rows.get(0).get("payload"))).readObject();
    }

    private static long subscribe(String url, String... types) {
        var array = Json.createArrayBuilder();
        for (String type : types) {
            array.add(type);
        }
        Api.Reply created = ADMIN.post("/api/webhooks", Json.createObjectBuilder().add("url", url).add("eventTypes", array)
                .add("secret", SECRET).build());
        assertEquals(201, created.status(), created.toString());
        return id(created.json());
    }

    /** Issues one order through a requisition below the automatic approval limit, and returns its id. */
    private static long issueOrder() {
        long supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        Api.Reply item = BUYER.post("/api/catalog/items", Json.createObjectBuilder()
                .add("supplierId", supplierId).add("supplierPartNumber", "PAPER-A4")
                .add("description", "Papier A4 80 g, ramette de 500 feuilles").add("unitPrice", 4.20)
                .add("currency", "EUR").add("unitCode", "C62").build());
        assertEquals(201, item.status(), item.toString());
        Api.Reply requisition = REQUESTER.post("/api/requisitions", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("catalogItemId", id(item.json()))
                        .add("quantity", 10).add("vatRate", 20).add("costCentre", "CC-ADMIN")))
                .build());
        assertEquals(201, requisition.status(), requisition.toString());
        JsonObject submitted = REQUESTER.post("/api/requisitions/" + id(requisition.json()) + "/submit", EMPTY).json();
        assertEquals("APPROVED", submitted.getString("status"), submitted.toString());
        return id(submitted.getJsonArray("purchaseOrders").getJsonObject(0));
    }

    private static JsonObject awaitDelivery(long subscription, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Api.Reply reply;
        do {
            reply = ADMIN.get("/api/webhooks/" + subscription + "/deliveries");
            if (reply.status() == 200 && !reply.array().isEmpty() && status.equals(reply.array().getJsonObject(0).getString("status"))) {
                return reply.array().getJsonObject(0);
            }
            sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No delivery " + status + " within 30 s; last reply " + reply);
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
