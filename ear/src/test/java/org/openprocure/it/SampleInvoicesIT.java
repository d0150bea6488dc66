package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.FRENCH_EN16931_INVOICE;
import static org.openprocure.it.Fixtures.UBL_INVOICES;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.postInvoice;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;

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

/**
 * Public sample invoices, read unmodified from the shared samples folder, against orders and
 * receipts built to fit them, through the REST API and the JMS-driven match.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SampleInvoicesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void startFromNoData() {
        TestDatabase.clean();
    }

    /** Imports order PO1242 of the French EN 16931 sample, with the fuel surcharge its invoice charges. */
    private static JsonObject orderForFrenchSample() {
        return Fixtures.orderForFrenchSample(supplier("Vendeur Factur-X", "FR11999999998"));
    }

    @Test
    void frenchSampleMatches() throws IOException {
        JsonObject order = orderForFrenchSample();
        assertEquals(201, receive(id(order), "1", "10", "DV843873", "20").status());

        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        assertEquals("MATCHED", match.getString("outcome"));
        assertEquals(2, match.getJsonArray("lines").size());
        assertEquals("MATCHED", match.getJsonArray("lines").getJsonObject(0).getString("outcome"));
        assertEquals("MATCHED", match.getJsonArray("lines").getJsonObject(1).getString("outcome"));
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json().getString("status"));
        assertArrayEquals(Files.readAllBytes(FRENCH_EN16931_INVOICE), ACCOUNTS_PAYABLE.getBytes("/api/invoices/" + invoiceId + "/document"));
    }

    @Test
    void matchLinksLinesAndCountsInvoicedQuantity() {
        JsonObject order = orderForFrenchSample();
        receive(id(order), "1", "10", "DV843873", "20");

        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        JsonArray invoiceLines = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json().getJsonArray("lines");
        assertEquals("1", invoiceLines.getJsonObject(0).getString("linkedOrderLine"));
        assertEquals("DV843873", invoiceLines.getJsonObject(1).getString("linkedOrderLine"));
        JsonArray orderLines = ACCOUNTS_PAYABLE.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines");
        assertEquals(10, orderLines.getJsonObject(0).getJsonNumber("invoicedQuantity").intValue());
        assertEquals(20, orderLines.getJsonObject(1).getJsonNumber("invoicedQuantity").intValue());
    }

    @Test
    void shortReceiptGivesQuantityDiscrepancy() {
        JsonObject order = orderForFrenchSample();
        receive(id(order), "1", "10", "DV843873", "15");

        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);
        JsonObject nougat = match.getJsonArray("lines").getJsonObject(1);

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("MATCHED", match.getJsonArray("lines").getJsonObject(0).getString("outcome"));
        assertEquals("DISCREPANCY", nougat.getString("outcome"));
        assertEquals("QUANTITY_OVER_RECEIPT", nougat.getString("reason"));
        assertEquals("2", nougat.getString("invoiceLineId"));
        assertEquals("DV843873", nougat.getString("orderLineNumber"));
        assertEquals(20, nougat.getJsonNumber("invoicedQuantity").intValue());
        assertEquals(15, nougat.getJsonNumber("availableQuantity").intValue());
        assertEquals("Invoice line 2 invoices 20 C62, but only 15 C62 of order line DV843873 were accepted and not yet invoiced.",
                nougat.getString("message"));
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json().getString("status"));
    }

    @Test
    void matchLeavesSupplierValuesUnchanged() {
        JsonObject order = orderForFrenchSample();
        receive(id(order), "1", "10", "DV843873", "15");

        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);
        JsonObject invoice = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();
        JsonObject nougat = invoice.getJsonArray("lines").getJsonObject(1);

        assertEquals("F124212", invoice.getString("number"));
        assertEquals(0, new BigDecimal("273.00").compareTo(invoice.getJsonNumber("totalWithoutVat").bigDecimalValue()));
        assertEquals(0, new BigDecimal("20").compareTo(nougat.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("6.90").compareTo(nougat.getJsonNumber("netPrice").bigDecimalValue()));
        assertEquals(0, new BigDecimal("138.00").compareTo(nougat.getJsonNumber("netAmount").bigDecimalValue()));
    }

    @Test
    void discrepancyIsExplainedInFrench() {
        JsonObject order = orderForFrenchSample();
        receive(id(order), "1", "10", "DV843873", "15");
        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        JsonObject match = ACCOUNTS_PAYABLE.inLanguage("fr-FR,fr;q=0.9").get("/api/invoices/" + invoiceId + "/match").json();

        assertEquals("La ligne de facture 2 facture 20 C62, mais seuls 15 C62 de la ligne de commande DV843873 ont été acceptés et pas encore facturés.",
                match.getJsonArray("lines").getJsonObject(1).getString("message"));
    }

    @Test
    void receiptAfterInvoiceConvergesToMatched() {
        JsonObject order = orderForFrenchSample();
        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        assertEquals("AWAITING_RECEIPT", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome"));

        receive(id(order), "1", "10", "DV843873", "20");
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 2);

        assertEquals("MATCHED", match.getString("outcome"));
        assertEquals(1, TestDatabase.count("select count(*) from match_result where invoice_id = ?", invoiceId));
    }

    @Test
    void anyNamespacePrefixMatches() {
        long supplierId = supplier("Consortial", "GB1752692355");
        JsonObject order = importOrder("AEG012345", supplierId, "GBP", line("1", "17589683", "Acme beeswax", "100", "KGM", "1.00"));
        receive(id(order), "1", "100");

        long invoiceId = postInvoice(UBL_INVOICES.resolve("UBL-Invoice-2.0-Example-NS2.xml"));

        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome"));
    }

    @Test
    void invoiceWithoutOrderReferenceWaitsForAccountsPayable() {
        long supplierId = supplier("Salescompany", "NO12345");
        JsonObject order = importOrder("PO-AP-1", supplierId, "EUR", line("1", "LAPTOP", "Laptop", "1", "C62", "1273"));

        long invoiceId = postInvoice(UBL_INVOICES.resolve("BII04 minimal VAT invoice example 01.xml"));
        JsonObject stored = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();

        assertEquals("NO_ORDER_REFERENCE", stored.getString("status"));
        assertEquals(5, stored.getJsonArray("lines").size());
        assertEquals(0, ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/match").json().getInt("runCount"));

        Api.Reply assigned = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoiceId + "/order",
                Json.createObjectBuilder().add("orderNumber", "PO-AP-1").build());
        assertEquals(200, assigned.status(), assigned.toString());
        assertEquals(id(order), assigned.json().getJsonNumber("purchaseOrderId").longValue());
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);
        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("UNKNOWN_ORDER_LINE", match.getJsonArray("lines").getJsonObject(0).getString("reason"));
    }

    @Test
    void unknownOrderIsDiscrepancy() {
        long invoiceId = postInvoice(UBL_INVOICES.resolve("UBL-Invoice-2.0-Example.xml"));

        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("UNKNOWN_PURCHASE_ORDER", match.getString("reason"));
        assertEquals("The invoice refers to order AEG012345, which does not exist.", match.getString("message"));
    }

    @Test
    void orderImportedLaterIsMatched() {
        long invoiceId = postInvoice(UBL_INVOICES.resolve("UBL-Invoice-2.0-Example.xml"));
        ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        long supplierId = supplier("Consortial", "GB1752692355");
        JsonObject order = importOrder("AEG012345", supplierId, "GBP", line("1", "17589683", "Acme beeswax", "100", "KGM", "1.00"));
        assertEquals("AWAITING_RECEIPT", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 2).getString("outcome"));
        receive(id(order), "1", "100");

        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 3).getString("outcome"));
    }

    @Test
    void callerWithoutCredentialsGets401() {
        assertEquals(401, Api.anonymous().get("/api/invoices").status());
    }

    @Test
    void requesterCannotPostInvoice() {
        Api.Reply reply = Api.as("claire").postFile("/api/invoices", FRENCH_EN16931_INVOICE);

        assertEquals(403, reply.status());
        assertEquals(0, TestDatabase.count("select count(*) from supplier_invoice"));
    }
}
