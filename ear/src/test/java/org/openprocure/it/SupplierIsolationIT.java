package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.LUCIE_COMPANY;
import static org.openprocure.it.Fixtures.OTHER_SUPPLIER;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two supplier companies on one portal: sophie signs in for the first, lucie for the second. Lucie
 * guesses the ids of the first company's documents. Every read, list and action gets 404, as if
 * they did not exist, and the server logs each attempt.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierIsolationIT {

    private static final Path SERVER_LOG = Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
    private static final String LUCIE_VAT = "FR45987654321";

    private long sophieSupplier;
    private long lucieSupplier;
    private JsonObject sophieOrder;
    private JsonObject lucieOrder;
    private long sophieInvoice;
    private long lucieInvoice;
    private long sophieItem;
    private long sophieReceipt;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void twoSuppliersWithDocuments() throws IOException {
        TestDatabase.clean();
        sophieSupplier = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        lucieSupplier = supplier(LUCIE_COMPANY, "Dépannage Imprimantes SARL", LUCIE_VAT);
        sophieOrder = importOrder("PO-SOPHIE", sophieSupplier, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        lucieOrder = importOrder("PO-LUCIE", lucieSupplier, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        Api.Reply receipt = receive(id(sophieOrder), "1", "75");
        sophieReceipt = id(receipt.json());
        sophieItem = id(BUYER.post("/api/catalog/items", Json.createObjectBuilder()
                .add("supplierId", sophieSupplier).add("supplierPartNumber", "PAPER-A4").add("description", "Papier A4")
                .add("unitPrice", 4.20).add("currency", "EUR").add("unitCode", "C62").build()).json());
        sophieInvoice = id(SUPPLIER.postXml("/api/invoices", invoice("PO-SOPHIE", "FR23412345678")).json());
        lucieInvoice = id(OTHER_SUPPLIER.postXml("/api/invoices", invoice("PO-LUCIE", LUCIE_VAT)).json());
    }

    @Test
    void otherSupplierDocumentsNotFound() throws IOException {
        long logStart = Files.size(SERVER_LOG);
        long order = id(sophieOrder);
        List<String> reads = List.of(
                "/api/purchase-orders/" + order,
                "/api/purchase-orders/" + order + "/timeline",
                "/api/invoices/" + sophieInvoice,
                "/api/invoices/" + sophieInvoice + "/document",
                "/api/invoices/" + sophieInvoice + "/match",
                "/api/invoices/" + sophieInvoice + "/timeline",
                "/api/goods-receipts/" + sophieReceipt,
                "/api/catalog/items/" + sophieItem,
                "/api/suppliers/" + sophieSupplier);
        for (String path : reads) {
            Api.Reply reply = OTHER_SUPPLIER.get(path);
            assertEquals(404, reply.status(), path + " answered " + reply);
            assertTrue(reply.body().contains("was not found"), reply.body());
        }

        Api.Reply confirm = OTHER_SUPPLIER.post("/api/purchase-orders/" + order + "/confirmation",
                Json.createObjectBuilder().add("decision", "REJECT").add("reason", "guessing").build());
        assertEquals(404, confirm.status(), confirm.toString());
        Api.Reply notice = OTHER_SUPPLIER.post("/api/purchase-orders/" + order + "/shipping-notices", Json.createObjectBuilder()
                .add("number", "BL-1").add("deliveryDate", "2027-01-15")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1").add("quantity", 1))).build());
        assertEquals(404, notice.status(), notice.toString());

        assertEquals("RECEIVED", BUYER.get("/api/purchase-orders/" + order).json().getString("status"), "the order is unchanged");
        assertEquals(0, TestDatabase.count("select count(*) from shipping_notice"));
        String log = Files.readString(SERVER_LOG).substring((int) logStart);
        long refusedAttempts = log.lines().filter(line -> line.contains("was refused")).count();
        assertEquals(reads.size() + 2, refusedAttempts, "one log line per refused attempt");
        assertTrue(log.lines().filter(line -> line.contains("was refused")).noneMatch(line -> line.contains("lucie")),
                "the log names the token subject, not the user");
    }

    @Test
    void listsHoldOnlyTheSuppliersOwnDocuments() {
        assertEquals(List.of("PO-LUCIE"), numbers(OTHER_SUPPLIER.get("/api/purchase-orders").array()));
        assertEquals(List.of("PO-SOPHIE"), numbers(SUPPLIER.get("/api/purchase-orders").array()));
        assertEquals(List.of("PO-LUCIE", "PO-SOPHIE"), numbers(BUYER.get("/api/purchase-orders").array()).stream().sorted().toList());

        JsonArray lucieInvoices = OTHER_SUPPLIER.get("/api/invoices").array();
        assertEquals(1, lucieInvoices.size());
        assertEquals(lucieInvoice, lucieInvoices.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(2, ACCOUNTS_PAYABLE.get("/api/invoices").array().size());

        assertEquals(0, OTHER_SUPPLIER.get("/api/catalog/items").array().size());
        assertEquals(1, OTHER_SUPPLIER.get("/api/suppliers").array().size());
        assertEquals(LUCIE_COMPANY, OTHER_SUPPLIER.get("/api/suppliers").array().getJsonObject(0).getString("code"));
        assertEquals(403, OTHER_SUPPLIER.get("/api/requisitions").status());
    }

    @Test
    void supplierCannotSendAnotherCompanysInvoice() throws IOException {
        long before = TestDatabase.count("select count(*) from supplier_invoice");

        Api.Reply reply = OTHER_SUPPLIER.postXml("/api/invoices", invoice("PO-SOPHIE", "FR23412345678"));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("The invoice names the seller with VAT identifier FR23412345678, but you sign in for Dépannage Imprimantes SARL.",
                reply.json().getString("detail"));
        assertEquals(before, TestDatabase.count("select count(*) from supplier_invoice"));
    }

    private static List<String> numbers(JsonArray orders) {
        return orders.getValuesAs(JsonObject.class).stream().map(order -> order.getString("number")).toList();
    }

    private static byte[] invoice(String orderNumber, String sellerVatId) throws IOException {
        try (InputStream template = SupplierIsolationIT.class.getResourceAsStream("/invoices/order-invoice-template.xml")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${INVOICE_NUMBER}", "FA-" + orderNumber)
                    .replace("${ORDER_NUMBER}", orderNumber)
                    .replace("${QUANTITY}", "75")
                    .replace("FR23412345678", sellerVatId)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
