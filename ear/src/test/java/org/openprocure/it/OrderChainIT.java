package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.LUCIE_COMPANY;
import static org.openprocure.it.Fixtures.OTHER_SUPPLIER;
import static org.openprocure.it.Fixtures.RECEIVER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.approvalLimit;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

/** The whole chain through the REST API: catalog, requisition, approval, order, confirmation, shipping, receipt, invoice, match. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderChainIT {

    private static final Api REQUESTER = Api.as("claire");
    private static final Api APPROVER = Api.as("marc");

    /** The body of action calls such as submit and approve. */
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private long paperSupplier;
    private long repairSupplier;
    private long paperItem;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void catalog() {
        TestDatabase.clean();
        paperSupplier = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        repairSupplier = supplier(LUCIE_COMPANY, "Dépannage Imprimantes SARL", "FR45987654321");
        approvalLimit("marc", "5000.00");
        Api.Reply item = BUYER.post("/api/catalog/items", Json.createObjectBuilder()
                .add("supplierId", paperSupplier).add("supplierPartNumber", "PAPER-A4")
                .add("description", "Papier A4 80 g, ramette de 500 feuilles").add("unitPrice", 4.20)
                .add("currency", "EUR").add("unitCode", "C62").build());
        assertEquals(201, item.status(), item.toString());
        paperItem = id(item.json());
    }

    /** 100 reams of paper from the catalog (420.00) and a free-text repair (250.00): above the 500.00 limit. */
    private JsonObject requisitionAboveLimit(Api requester) {
        Api.Reply reply = requester.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Fournitures et réparation du 2e étage")
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("catalogItemId", paperItem).add("quantity", 100)
                                .add("vatRate", 20).add("costCentre", "CC-ADMIN"))
                        .add(Json.createObjectBuilder().add("supplierId", repairSupplier).add("description", "Réparation imprimante")
                                .add("quantity", 1).add("unitCode", "C62").add("unitPrice", 250.00).add("currency", "EUR")
                                .add("vatRate", 20).add("costCentre", "CC-IT")))
                .build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    @Test
    void requisitionAboveLimitWaitsForApprover() {
        JsonObject requisition = requisitionAboveLimit(REQUESTER);

        JsonObject submitted = REQUESTER.post("/api/requisitions/" + id(requisition) + "/submit", EMPTY).json();

        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(0, submitted.getJsonArray("purchaseOrders").size());
        assertEquals(420.00, submitted.getJsonArray("lines").getJsonObject(0).getJsonNumber("netAmount").doubleValue(), 0.0);
    }

    @Test
    void approvalIssuesOneOrderPerSupplier() {
        JsonObject requisition = requisitionAboveLimit(REQUESTER);
        REQUESTER.post("/api/requisitions/" + id(requisition) + "/submit", EMPTY);

        Api.Reply approved = APPROVER.post("/api/requisitions/" + id(requisition) + "/approve", EMPTY);

        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("marc", approved.json().getString("decidedBy"));
        JsonArray orders = approved.json().getJsonArray("purchaseOrders");
        assertEquals(2, orders.size());
        String first = orders.getJsonObject(0).getString("number");
        String second = orders.getJsonObject(1).getString("number");
        assertTrue(first.matches("PO-\\d{6}"), first);
        assertTrue(second.matches("PO-\\d{6}"), second);
        assertNotEquals(first, second);
        JsonObject paperOrder = BUYER.get("/api/purchase-orders/" + id(orders.getJsonObject(0))).json();
        assertEquals(paperSupplier, paperOrder.getJsonNumber("supplierId").longValue());
        assertEquals("PAPER-A4", paperOrder.getJsonArray("lines").getJsonObject(0).getString("supplierPartNumber"));
        assertEquals("CC-ADMIN", paperOrder.getJsonArray("lines").getJsonObject(0).getString("costCentre"));
    }

    @Test
    void requisitionBelowLimitIsApprovedWithoutPerson() {
        Api.Reply created = REQUESTER.post("/api/requisitions", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("catalogItemId", paperItem)
                        .add("quantity", 10).add("vatRate", 20).add("costCentre", "CC-ADMIN")))
                .build());

        JsonObject submitted = REQUESTER.post("/api/requisitions/" + id(created.json()) + "/submit", EMPTY).json();

        assertEquals("APPROVED", submitted.getString("status"));
        assertEquals("approval-policy", submitted.getString("decidedBy"));
        assertEquals(1, submitted.getJsonArray("purchaseOrders").size());
    }

    @Test
    void requesterWhoApprovesCannotApproveOwnRequisition() {
        Api manager = Api.as("nadia");
        JsonObject requisition = requisitionAboveLimit(manager);
        manager.post("/api/requisitions/" + id(requisition) + "/submit", EMPTY);

        Api.Reply reply = manager.post("/api/requisitions/" + id(requisition) + "/approve", EMPTY);

        assertEquals(403, reply.status());
        assertTrue(reply.json().getString("detail").contains("you cannot approve or reject it yourself"), reply.body());
        assertEquals("SUBMITTED", manager.get("/api/requisitions/" + id(requisition)).json().getString("status"));
    }

    @Test
    void requesterRoleCannotApprove() {
        JsonObject requisition = requisitionAboveLimit(REQUESTER);
        REQUESTER.post("/api/requisitions/" + id(requisition) + "/submit", EMPTY);

        assertEquals(403, REQUESTER.post("/api/requisitions/" + id(requisition) + "/approve", EMPTY).status());
    }

    @Test
    void rejectionNeedsReasonAndIssuesNoOrder() {
        JsonObject requisition = requisitionAboveLimit(REQUESTER);
        REQUESTER.post("/api/requisitions/" + id(requisition) + "/submit", EMPTY);

        Api.Reply withoutReason = APPROVER.post("/api/requisitions/" + id(requisition) + "/reject", EMPTY);
        Api.Reply rejected = APPROVER.post("/api/requisitions/" + id(requisition) + "/reject",
                Json.createObjectBuilder().add("reason", "Budget épuisé").build());

        assertEquals(400, withoutReason.status());
        assertEquals("The field \"reason\" is missing or empty.", withoutReason.json().getString("detail"));
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals(0, rejected.json().getJsonArray("purchaseOrders").size());
    }

    @Test
    void wholeChainEndsMatched() throws IOException {
        JsonObject requisition = requisitionAboveLimit(REQUESTER);
        REQUESTER.post("/api/requisitions/" + id(requisition) + "/submit", EMPTY);
        JsonArray orders = APPROVER.post("/api/requisitions/" + id(requisition) + "/approve", EMPTY)
                .json().getJsonArray("purchaseOrders");
        long paperOrder = id(orders.getJsonObject(0));
        long repairOrder = id(orders.getJsonObject(1));
        String paperOrderNumber = orders.getJsonObject(0).getString("number");

        JsonObject confirmed = SUPPLIER.post("/api/purchase-orders/" + paperOrder + "/confirmation", Json.createObjectBuilder()
                .add("decision", "BY_LINE")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lineNumber", "1").add("rejected", false).add("quantity", 80).add("deliveryDate", "2027-01-15")))
                .build()).json();
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals("CHANGED", confirmed.getJsonArray("lines").getJsonObject(0).getString("confirmationStatus"));
        assertEquals(80, confirmed.getJsonArray("lines").getJsonObject(0).getJsonNumber("confirmedQuantity").intValue());
        assertEquals("2027-01-15", confirmed.getJsonArray("lines").getJsonObject(0).getString("confirmedDeliveryDate"));

        Api.Reply notice = SUPPLIER.post("/api/purchase-orders/" + paperOrder + "/shipping-notices", Json.createObjectBuilder()
                .add("number", "BL-2027-0007").add("deliveryDate", "2027-01-15")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1").add("quantity", 80)))
                .build());
        assertEquals(201, notice.status(), notice.toString());
        assertEquals("SHIPPED", BUYER.get("/api/purchase-orders/" + paperOrder).json().getString("status"));

        assertEquals(201, receive(paperOrder, "1", "50").status());
        Api.Reply secondReceipt = RECEIVER.post("/api/purchase-orders/" + paperOrder + "/goods-receipts", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1")
                        .add("receivedQuantity", 30).add("rejectedQuantity", 5)))
                .build());
        assertEquals(201, secondReceipt.status(), secondReceipt.toString());
        JsonObject line = BUYER.get("/api/purchase-orders/" + paperOrder).json().getJsonArray("lines").getJsonObject(0);
        assertEquals(80, line.getJsonNumber("receivedQuantity").intValue());
        assertEquals(75, line.getJsonNumber("acceptedQuantity").intValue());
        assertEquals(5, line.getJsonNumber("rejectedQuantity").intValue());
        assertEquals("RECEIVED", BUYER.get("/api/purchase-orders/" + paperOrder).json().getString("status"));

        Api.Reply invoice = SUPPLIER.postXml("/api/invoices", invoice("FA-2027-0042", paperOrderNumber, "75"));
        assertEquals(201, invoice.status(), invoice.toString());
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(id(invoice.json()), 1).getString("outcome"));

        JsonObject rejectedOrder = OTHER_SUPPLIER.post("/api/purchase-orders/" + repairOrder + "/confirmation", Json.createObjectBuilder()
                .add("decision", "REJECT").add("reason", "Technicien indisponible").build()).json();
        assertEquals("REJECTED", rejectedOrder.getString("status"));
        assertEquals(409, receive(repairOrder, "1", "1").status());

        assertEquals(List.of("ISSUED", "CONFIRMED_BY_LINE", "SHIPPING_NOTICE_RECEIVED", "GOODS_RECEIVED", "GOODS_RECEIVED"),
                actions(BUYER.get("/api/purchase-orders/" + paperOrder + "/timeline").array()));
        assertEquals(List.of("marc", "sophie", "sophie", "rachid", "rachid"),
                BUYER.get("/api/purchase-orders/" + paperOrder + "/timeline").array().getValuesAs(JsonObject.class).stream()
                        .map(entry -> entry.getString("actor")).toList());
        assertEquals(List.of("CREATED", "SUBMITTED", "APPROVED"),
                actions(BUYER.get("/api/requisitions/" + id(requisition) + "/timeline").array()));
        assertEquals(List.of("RECEIVED", "LIFECYCLE_204", "MATCH_MATCHED", "LIFECYCLE_205"),
                actions(ACCOUNTS_PAYABLE.get("/api/invoices/" + id(invoice.json()) + "/timeline").array()));
    }

    @Test
    void supplierRejectsOneLineAndConfirmsOther() {
        JsonObject order = Fixtures.importOrder("PO-ERP-80", paperSupplier, "EUR",
                Fixtures.line("1", "PAPER-A4", "Papier A4", "100", "C62", "4.20"),
                Fixtures.line("2", "PAPER-A3", "Papier A3", "10", "C62", "9.80"));

        JsonObject confirmed = SUPPLIER.post("/api/purchase-orders/" + id(order) + "/confirmation", Json.createObjectBuilder()
                .add("decision", "BY_LINE")
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("lineNumber", "1").add("rejected", false))
                        .add(Json.createObjectBuilder().add("lineNumber", "2").add("rejected", true)))
                .build()).json();

        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals("ACCEPTED", confirmed.getJsonArray("lines").getJsonObject(0).getString("confirmationStatus"));
        assertEquals(100, confirmed.getJsonArray("lines").getJsonObject(0).getJsonNumber("confirmedQuantity").intValue());
        assertEquals("REJECTED", confirmed.getJsonArray("lines").getJsonObject(1).getString("confirmationStatus"));
        assertEquals(409, receive(id(order), "2", "10").status());
        assertEquals(201, receive(id(order), "1", "100").status());
    }

    @Test
    void supplierAcceptsWholeOrderOnce() {
        JsonObject order = Fixtures.importOrder("PO-ERP-81", paperSupplier, "EUR",
                Fixtures.line("1", "PAPER-A4", "Papier A4", "100", "C62", "4.20"));
        JsonObject accept = Json.createObjectBuilder().add("decision", "ACCEPT").add("note", "Livraison sous 48 h").build();

        Api.Reply first = SUPPLIER.post("/api/purchase-orders/" + id(order) + "/confirmation", accept);
        Api.Reply second = SUPPLIER.post("/api/purchase-orders/" + id(order) + "/confirmation", accept);

        assertEquals("CONFIRMED", first.json().getString("status"));
        assertEquals("ACCEPTED", first.json().getJsonArray("lines").getJsonObject(0).getString("confirmationStatus"));
        assertEquals("Livraison sous 48 h", first.json().getString("supplierNote"));
        assertEquals(409, second.status());
        assertTrue(second.json().getString("detail").startsWith("Purchase order PO-ERP-81 is in status CONFIRMED"), second.body());
    }

    @Test
    void invoiceBeyondAcceptedQuantityIsDiscrepancy() throws IOException {
        JsonObject order = Fixtures.importOrder("PO-ERP-77", paperSupplier, "EUR",
                Fixtures.line("1", "PAPER-A4", "Papier A4", "100", "C62", "4.20"));
        receive(id(order), "1", "60");

        Api.Reply invoice = SUPPLIER.postXml("/api/invoices", invoice("FA-2027-0043", "PO-ERP-77", "75"));
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(invoice.json()), 1);

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("QUANTITY_OVER_RECEIPT", match.getJsonArray("lines").getJsonObject(0).getString("reason"));
    }

    @Test
    void unbalancedReceiptIsRejected() {
        JsonObject order = Fixtures.importOrder("PO-ERP-78", paperSupplier, "EUR",
                Fixtures.line("1", "PAPER-A4", "Papier A4", "100", "C62", "4.20"));

        Api.Reply reply = RECEIVER.post("/api/purchase-orders/" + id(order) + "/goods-receipts", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1")
                        .add("receivedQuantity", 10).add("acceptedQuantity", 8).add("rejectedQuantity", 1)))
                .build());

        assertEquals(400, reply.status());
        assertEquals("On line 1, accepted 8 plus rejected 1 does not equal received 10.", reply.json().getString("detail"));
        assertEquals(0, BUYER.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("receivedQuantity").intValue());
    }

    @Test
    void ordersPageShowsMatchStatusInBothLanguages() throws IOException {
        JsonObject order = Fixtures.importOrder("PO-ERP-79", paperSupplier, "EUR",
                Fixtures.line("1", "PAPER-A4", "Papier A4", "75", "C62", "4.20"));
        receive(id(order), "1", "75");
        Api.Reply invoice = SUPPLIER.postXml("/api/invoices", invoice("FA-2027-0044", "PO-ERP-79", "75"));
        ACCOUNTS_PAYABLE.awaitMatch(id(invoice.json()), 1);

        String french = ACCOUNTS_PAYABLE.inLanguage("fr-FR,fr;q=0.9").get("/orders.xhtml").body();
        String english = ACCOUNTS_PAYABLE.inLanguage("en-GB,en;q=0.9").get("/orders.xhtml").body();
        String unsupported = ACCOUNTS_PAYABLE.inLanguage("de-DE").get("/orders.xhtml").body();
        String unnamed = ACCOUNTS_PAYABLE.inLanguage(null).get("/orders.xhtml").body();

        assertTrue(french.contains("Commandes et factures"), french);
        assertTrue(french.contains(">Conforme<"), french);
        assertTrue(french.contains("PO-ERP-79"), french);
        assertTrue(english.contains("Orders and invoices"), english);
        assertTrue(english.contains(">Matched<"), english);
        assertTrue(unsupported.contains("Commandes et factures"), unsupported);
        assertTrue(unnamed.contains("Commandes et factures"), unnamed);
    }

    @Test
    void approverStaysWithinRecordLimit() {
        JsonObject requisition = requisitionAboveLimit(REQUESTER);
        REQUESTER.post("/api/requisitions/" + id(requisition) + "/submit", EMPTY);
        String approve = "/api/requisitions/" + id(requisition) + "/approve";

        approvalLimit("marc", "100.00");
        Api.Reply over = APPROVER.post(approve, EMPTY);
        assertEquals(403, over.status(), over.toString());
        assertEquals("Requisition " + requisition.getString("number") + " totals 670.00 EUR excluding VAT, above your approval limit of 100.00 EUR.",
                over.json().getString("detail"));

        assertEquals(200, Api.as("admin").put("/api/users/marc", Json.createObjectBuilder().add("preferredLanguage", "fr").build()).status());
        Api.Reply none = APPROVER.inLanguage("fr").post(approve, EMPTY);
        assertEquals(403, none.status(), none.toString());
        assertTrue(none.json().getString("detail").startsWith("Vous n'avez pas de limite de validation"), none.body());

        approvalLimit("marc", "670.00");
        assertEquals("APPROVED", APPROVER.post(approve, EMPTY).json().getString("status"));
        assertEquals(4, TestDatabase.count("select count(*) from audit_entry where document_type = 'USER_ACCOUNT' and actor = 'admin'"),
                "each change of the limit is in the trail");
    }

    @Test
    void userImportFromErpIsAllOrNothing() {
        Api.Reply reply = Api.as("admin").post("/api/users/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("username", "lea").add("approvalLimit", 2000).add("approvalCurrency", "EUR"))
                .add(Json.createObjectBuilder().add("username", "tom").add("approvalLimit", 12.345).add("approvalCurrency", "EUR"))
                .build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("The field \"users[1].approvalLimit\" is 12.345, which has more than 2 decimals.", reply.json().getString("detail"));
        assertEquals(404, Api.as("admin").get("/api/users/lea").status());
        assertEquals(403, APPROVER.get("/api/users").status());
    }

    private static List<String> actions(JsonArray timeline) {
        return timeline.getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("action")).toList();
    }

    private static byte[] invoice(String invoiceNumber, String orderNumber, String quantity) throws IOException {
        try (InputStream template = OrderChainIT.class.getResourceAsStream("/invoices/order-invoice-template.xml")) {
            String xml = new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${INVOICE_NUMBER}", invoiceNumber)
                    .replace("${ORDER_NUMBER}", orderNumber)
                    .replace("${QUANTITY}", new BigDecimal(quantity).toPlainString());
            return xml.getBytes(StandardCharsets.UTF_8);
        }
    }
}
