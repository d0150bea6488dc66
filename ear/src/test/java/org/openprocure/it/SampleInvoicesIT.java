package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.ArrayList;
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

    /**
     * The OASIS UBL 2.0 example predates EN 16931 (no buyer name, no VAT breakdown), so each of its
     * four namespace-prefix styles is kept as rejected, with the same failed rules.
     */
    @Test
    void anyNamespacePrefixRejectedAlike() {
        supplier("Consortial", "GB1752692355");
        List<JsonArray> failedRules = new ArrayList<>();

        for (String file : List.of("UBL-Invoice-2.0-Example-NS1.xml", "UBL-Invoice-2.0-Example-NS2.xml", "UBL-Invoice-2.0-Example-NS3.xml",
                "UBL-Invoice-2.0-Example-NS4.xml")) {
            Api.Reply reply = ACCOUNTS_PAYABLE.postFile("/api/invoices", UBL_INVOICES.resolve(file));
            assertEquals(422, reply.status(), file + ": " + reply);
            failedRules.add(reply.json().getJsonArray("failedRules"));
        }

        assertTrue(failedRules.get(0).toString().contains("\"BR-06\""), failedRules.get(0).toString());
        assertEquals(List.of(failedRules.get(0), failedRules.get(0), failedRules.get(0), failedRules.get(0)), failedRules);
        assertEquals(4, TestDatabase.count("select count(*) from supplier_invoice where status = 'REJECTED' and number = 'A00095678'"));
    }

    @Test
    void rejectedInvoiceGetsNoOrder() {
        long supplierId = supplier("Salescompany", "NO12345");
        importOrder("PO-AP-1", supplierId, "EUR", line("1", "LAPTOP", "Laptop", "1", "C62", "1273"));

        Api.Reply reply = ACCOUNTS_PAYABLE.postFile("/api/invoices", UBL_INVOICES.resolve("BII04 minimal VAT invoice example 01.xml"));
        assertEquals(422, reply.status(), reply.toString());
        long invoiceId = reply.json().getJsonNumber("invoiceId").longValue();
        JsonObject stored = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();

        assertEquals("REJECTED", stored.getString("status"));
        assertEquals(5, stored.getJsonArray("lines").size(), "the lines the reader could bind are kept");
        Api.Reply assigned = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoiceId + "/order",
                Json.createObjectBuilder().add("orderNumber", "PO-AP-1").build());
        assertEquals(409, assigned.status(), assigned.toString());
        assertEquals(0, ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/match").json().getInt("runCount"));
    }

    @Test
    void unknownOrderIsDiscrepancy() {
        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);

        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("UNKNOWN_PURCHASE_ORDER", match.getString("reason"));
        assertEquals("The invoice refers to order PO1242, which does not exist.", match.getString("message"));
    }

    @Test
    void orderImportedLaterIsMatched() {
        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        JsonObject order = orderForFrenchSample();
        assertEquals("AWAITING_RECEIPT", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 2).getString("outcome"));
        receive(id(order), "1", "10", "DV843873", "20");

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
