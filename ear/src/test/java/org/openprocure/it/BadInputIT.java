package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.RECEIVER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests that must be refused with a 400 or 409 problem response, never a 500, and must change nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void supplierOnly() {
        TestDatabase.clean();
        supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
    }

    @Test
    void orderNumberTooLongIsRejected() {
        Api.Reply reply = BUYER.post("/api/purchase-orders", Json.createObjectBuilder()
                .add("number", "N".repeat(70)).add("supplierId", supplierId).add("currency", "EUR")
                .add("lines", Json.createArrayBuilder().add(line("1", "P", "Papier", "1", "C62", "1"))).build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("The field \"number\" has 70 characters, more than the 64 allowed.", reply.json().getString("detail"));
        assertEquals(0, TestDatabase.count("select count(*) from purchase_order"));
    }

    @Test
    void nullLineIsRejected() {
        Api.Reply reply = BUYER.post("/api/purchase-orders", Json.createObjectBuilder()
                .add("number", "PO-NULL").add("supplierId", supplierId).add("currency", "EUR")
                .add("lines", Json.createArrayBuilder().add(JsonValue.NULL)).build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("Entry 1 of \"lines\" is empty (null).", reply.json().getString("detail"));
    }

    @Test
    void pageThatIsNotNumberIsRejected() {
        Api.Reply text = BUYER.get("/api/purchase-orders?page=abc");
        Api.Reply huge = BUYER.get("/api/purchase-orders?page=2147483647");

        assertEquals(400, text.status(), text.toString());
        assertEquals("The parameter \"page\" is \"abc\", not a whole number.", text.json().getString("detail"));
        assertEquals(400, huge.status(), huge.toString());
    }

    @Test
    void paddedCurrencyAndUnitAreStripped() {
        Api.Reply reply = Api.as("claire").post("/api/requisitions", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("supplierId", supplierId)
                        .add("description", "Agrafes").add("quantity", 2).add("unitCode", " C62").add("unitPrice", 3.10)
                        .add("currency", " EUR ").add("vatRate", 20).add("costCentre", "CC-ADMIN")))
                .build());

        assertEquals(201, reply.status(), reply.toString());
        assertEquals("EUR", reply.json().getJsonArray("lines").getJsonObject(0).getString("currency"));
        assertEquals("C62", reply.json().getJsonArray("lines").getJsonObject(0).getString("unitCode"));
    }

    @Test
    void invoiceAsPlainTextGets415WithFix() {
        Api.Reply reply = SUPPLIER.send("POST", "/api/invoices", "text/plain", "<Invoice/>");

        assertEquals(415, reply.status(), reply.toString());
        assertTrue(reply.json().getString("fix").contains("Content-Type application/xml"), reply.body());
    }

    @Test
    void rejectingMoreThanReceivedIsRejected() {
        JsonObject order = importOrder("PO-REJ", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));

        Api.Reply reply = RECEIVER.post("/api/purchase-orders/" + id(order) + "/goods-receipts", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1")
                        .add("receivedQuantity", 2).add("rejectedQuantity", 5)))
                .build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("On line 1, 5 rejected is more than the 2 received.", reply.json().getString("detail"));
        assertEquals(0, TestDatabase.count("select count(*) from goods_receipt"));
    }

    @Test
    void shippingNoticeNumberIsUniquePerOrder() {
        JsonObject order = importOrder("PO-SN", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        JsonObject notice = Json.createObjectBuilder().add("number", "SN1").add("deliveryDate", "2027-01-15")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1").add("quantity", 1)))
                .build();

        assertEquals(201, SUPPLIER.post("/api/purchase-orders/" + id(order) + "/shipping-notices", notice).status());
        Api.Reply again = SUPPLIER.post("/api/purchase-orders/" + id(order) + "/shipping-notices", notice);

        assertEquals(400, again.status(), again.toString());
        assertEquals(1, BUYER.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("shippedQuantity").intValue());
    }

    @Test
    void vatIdIsComparedWithoutSpacesOrCase() {
        Api.Reply reply = BUYER.post("/api/suppliers", Json.createObjectBuilder()
                .add("code", "SUP-9001").add("name", "Bureau Fournitures").add("vatId", " fr 234 123 456 78 ").build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("A supplier with the VAT identifier FR23412345678 already exists.", reply.json().getString("detail"));
    }

    @Test
    void concurrentReceiptsAllSucceed() throws Exception {
        JsonObject order = importOrder("PO-RACE", supplierId, "EUR", line("1", "P", "Papier", "100", "C62", "4.20"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.add(pool.submit(() -> receive(id(order), "1", "1")));
        }
        for (Future<Api.Reply> reply : replies) {
            assertEquals(201, reply.get().status(), "receipts of one order take turns on its row: " + reply.get().body());
        }
        pool.shutdown();

        assertEquals(6, BUYER.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("receivedQuantity").intValue());
    }

    @Test
    void invoiceBeyondOrderedQuantityIsDiscrepancy() throws IOException {
        JsonObject order = importOrder("PO-OVER", supplierId, "EUR", line("1", "PAPER-A4", "Papier", "5", "C62", "4.20"));
        receive(id(order), "1", "1000");

        Api.Reply invoice = SUPPLIER.postXml("/api/invoices", invoice("PO-OVER", "75", "unitCode=\"C62\""));
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(invoice.json()), 1);

        assertEquals("QUANTITY_OVER_ORDER", match.getJsonArray("lines").getJsonObject(0).getString("reason"));
        assertEquals(5, match.getJsonArray("lines").getJsonObject(0).getJsonNumber("availableQuantity").intValue());
    }

    @Test
    void invoiceFromAnotherSellerIsDiscrepancy() throws IOException {
        long otherSupplier = supplier("Dépannage Imprimantes SARL", "FR45987654321");
        JsonObject order = importOrder("PO-OTHER", otherSupplier, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        receive(id(order), "1", "75");

        Api.Reply invoice = SUPPLIER.postXml("/api/invoices", invoice("PO-OTHER", "75", "unitCode=\"C62\""));
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(invoice.json()), 1);

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("SUPPLIER_MISMATCH", match.getString("reason"));
        assertEquals("The invoice comes from the seller with VAT identifier FR23412345678, but order PO-OTHER is addressed to another supplier.",
                match.getString("message"));
        assertEquals(0, BUYER.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("invoicedQuantity").intValue());
    }

    @Test
    void accountsPayableReassignsUntilGoodToPay() throws IOException {
        long otherSupplier = supplier("Dépannage Imprimantes SARL", "FR45987654321");
        JsonObject otherOrder = importOrder("PO-OTHER", otherSupplier, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        JsonObject rightOrder = importOrder("PO-RIGHT", supplierId, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        receive(id(rightOrder), "1", "75");
        long invoiceId = id(SUPPLIER.postXml("/api/invoices", invoice("PO-TYPO", "75", "unitCode=\"C62\"")).json());
        assertEquals("UNKNOWN_PURCHASE_ORDER", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("reason"));

        Api.Reply toOther = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoiceId + "/order", Json.createObjectBuilder().add("orderNumber", "PO-OTHER").build());
        Api.Reply toRight = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoiceId + "/order", Json.createObjectBuilder().add("orderNumber", "PO-RIGHT").build());
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 2);
        Api.Reply afterGoodToPay = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoiceId + "/order", Json.createObjectBuilder().add("orderNumber", "PO-OTHER").build());

        assertEquals(400, toOther.status(), toOther.toString());
        assertEquals(0, BUYER.get("/api/purchase-orders/" + id(otherOrder)).json().getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("invoicedQuantity").intValue());
        assertEquals(200, toRight.status(), toRight.toString());
        assertEquals("MATCHED", match.getString("outcome"));
        assertEquals(409, afterGoodToPay.status(), afterGoodToPay.toString());
    }

    @Test
    void addressWithTextIdentifierGetsClear404() {
        Api.Reply reply = ACCOUNTS_PAYABLE.get("/api/invoices/abc/match");

        assertEquals(404, reply.status());
        assertEquals("Nothing exists at /invoices/abc/match, or an identifier in it is not a whole number.", reply.json().getString("detail"));
    }

    @Test
    void requisitionsAreListedNewestFirst() {
        for (String title : new String[] {"Agrafes", "Classeurs"}) {
            Api.as("claire").post("/api/requisitions", Json.createObjectBuilder().add("title", title)
                    .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("supplierId", supplierId)
                            .add("description", title).add("quantity", 1).add("unitCode", "C62").add("unitPrice", 3)
                            .add("currency", "EUR").add("vatRate", 20).add("costCentre", "CC-ADMIN")))
                    .build());
        }

        Api.Reply reply = BUYER.get("/api/requisitions?size=10");

        assertEquals(200, reply.status(), reply.toString());
        assertEquals("Classeurs", reply.array().getJsonObject(0).getString("title"));
        assertEquals("Agrafes", reply.array().getJsonObject(1).getString("title"));
    }

    /** EN 16931 BR-23 requires the unit of the invoiced quantity, so the document is kept as rejected. */
    @Test
    void invoiceLineWithoutUnitIsRejected() throws IOException {
        JsonObject order = importOrder("PO-UNIT", supplierId, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        receive(id(order), "1", "75");

        Api.Reply invoice = SUPPLIER.postXml("/api/invoices", invoice("PO-UNIT", "75", ""));

        assertEquals(422, invoice.status(), invoice.toString());
        assertTrue(invoice.json().getJsonArray("failedRules").toString().contains("\"BR-23\""), invoice.body());
        long invoiceId = invoice.json().getJsonNumber("invoiceId").longValue();
        assertEquals("REJECTED", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json().getString("status"));
    }

    /** Fills the test invoice template; {@code unitAttribute} replaces the quantity's unitCode attribute. */
    @Test
    void whoPostedTheReceiptCannotAcceptTheDiscrepancy() throws IOException {
        Fixtures.approvalLimit("agnes", "10000.00");
        Fixtures.approvalLimit("paul", "10000.00");
        JsonObject order = importOrder("PO-SHORT", supplierId, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        Api paul = Api.as("paul");
        assertEquals(201, paul.post("/api/purchase-orders/" + id(order) + "/goods-receipts", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1").add("receivedQuantity", 50)))
                .build()).status());
        long invoiceId = id(SUPPLIER.postXml("/api/invoices", invoice("PO-SHORT", "75", "unitCode=\"C62\"")).json());
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome"));
        JsonObject reason = Json.createObjectBuilder().add("reason", "Le reste est livré demain").build();

        Api.Reply own = paul.post("/api/invoices/" + invoiceId + "/discrepancy-acceptance", reason);
        assertEquals(403, own.status(), own.toString());
        assertEquals("You posted a goods receipt for order PO-SHORT, so you cannot accept the discrepancy of invoice FA-PO-SHORT yourself.",
                own.json().getString("detail"));
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json().getString("status"));

        Api.Reply accepted = ACCOUNTS_PAYABLE.post("/api/invoices/" + invoiceId + "/discrepancy-acceptance", reason);
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("DISCREPANCY_ACCEPTED", accepted.json().getString("status"));
        assertEquals("agnes", accepted.json().getString("discrepancyAcceptedBy"));
        assertEquals(409, ACCOUNTS_PAYABLE.post("/api/invoices/" + invoiceId + "/discrepancy-acceptance", reason).status());
        assertEquals(403, SUPPLIER.post("/api/invoices/" + invoiceId + "/discrepancy-acceptance", reason).status());
    }

    @Test
    void sameDocumentPostedTwiceIsStoredOnce() throws IOException {
        byte[] document = invoice("PO-TWICE", "75", "unitCode=\"C62\"");

        Api.Reply first = SUPPLIER.postXml("/api/invoices", document);
        Api.Reply second = SUPPLIER.postXml("/api/invoices", document);

        assertEquals(201, first.status(), first.toString());
        assertEquals(200, second.status(), second.toString());
        assertEquals(id(first.json()), id(second.json()));
        assertEquals(1, TestDatabase.count("select count(*) from supplier_invoice"));
        assertEquals(1, TestDatabase.count("select count(*) from invoice_document"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'RECEIVED'"));
    }

    @Test
    void concurrentPostsOfOneDocumentStoreItOnce() throws Exception {
        byte[] document = invoice("PO-RACE", "75", "unitCode=\"C62\"");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(pool.submit(() -> SUPPLIER.postXml("/api/invoices", document)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            statuses.add(reply.get().status());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(status -> status == 201 || status == 200 || status == 409), statuses.toString());
        assertEquals(1, TestDatabase.count("select count(*) from supplier_invoice"));
    }

    @Test
    void sameNumberWithOtherContentIsRejected() throws IOException {
        byte[] original = invoice("PO-TWICE", "75", "unitCode=\"C62\"");
        long firstId = id(SUPPLIER.postXml("/api/invoices", original).json());

        byte[] otherDueDate = new String(original, StandardCharsets.UTF_8)
                .replace("<cbc:DueDate>2026-12-31</cbc:DueDate>", "<cbc:DueDate>2027-01-31</cbc:DueDate>").getBytes(StandardCharsets.UTF_8);
        Api.Reply other = SUPPLIER.postXml("/api/invoices", otherDueDate);

        assertEquals(409, other.status(), other.toString());
        assertEquals("Bureau Fournitures SA already sent an invoice numbered FA-PO-TWICE, with other content.",
                other.json().getString("detail"));
        assertEquals(1, TestDatabase.count("select count(*) from supplier_invoice"));
        assertArrayEquals(original, ACCOUNTS_PAYABLE.getBytes("/api/invoices/" + firstId + "/document"));
    }

    @Test
    void renumberedCopyIsFlagged() throws IOException {
        byte[] original = invoice("PO-COPY", "75", "unitCode=\"C62\"");
        long firstId = id(SUPPLIER.postXml("/api/invoices", original).json());
        byte[] renumbered = new String(original, StandardCharsets.UTF_8)
                .replace("<cbc:ID>FA-PO-COPY</cbc:ID>", "<cbc:ID>FA-PO-COPY-2</cbc:ID>").getBytes(StandardCharsets.UTF_8);

        Api.Reply copy = SUPPLIER.postXml("/api/invoices", renumbered);

        assertEquals(201, copy.status(), copy.toString());
        assertEquals("FA-PO-COPY-2", copy.json().getString("number"));
        assertEquals(firstId, copy.json().getJsonNumber("possibleDuplicateOf").longValue());
        assertTrue(actionsOf(id(copy.json())).contains("POSSIBLE_DUPLICATE"));
        assertFalse(ACCOUNTS_PAYABLE.get("/api/invoices/" + firstId).json().containsKey("possibleDuplicateOf"));
    }

    private static List<String> actionsOf(long invoiceId) {
        return ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/timeline").array().getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("action")).toList();
    }

    private static byte[] invoice(String orderNumber, String quantity, String unitAttribute) throws IOException {
        try (InputStream template = BadInputIT.class.getResourceAsStream("/invoices/order-invoice-template.xml")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${INVOICE_NUMBER}", "FA-" + orderNumber)
                    .replace("${ORDER_NUMBER}", orderNumber)
                    .replace("${QUANTITY}", quantity)
                    .replace("unitCode=\"C62\"", unitAttribute)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
