package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
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
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * EN 16931 validation through POST /api/invoices: a valid Peppol invoice is stored with its
 * report, one whose total is wrong is kept as rejected (213) with the failed rules, and the
 * supplier's corrected document under the same number is accepted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoiceValidationIT {

    private static final String SOPHIE_VAT = "FR23412345678";

    private JsonObject order;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void twoSuppliersAndAnOrder() {
        TestDatabase.clean();
        long sophie = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", SOPHIE_VAT);
        supplier(LUCIE_COMPANY, "Dépannage Imprimantes SARL", "FR45987654321");
        order = importOrder("PO-VAL", sophie, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
    }

    @Test
    void validPeppolInvoiceStoredWithReport() throws IOException {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", invoice("FA-VAL-1", "378.00"));

        assertEquals(201, reply.status(), reply.toString());
        long invoiceId = id(reply.json());
        assertEquals("204", reply.json().getString("lifecycleCode"));
        JsonObject report = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/validation").json();
        assertEquals(List.of("eu.cen.en16931:ubl:1.3.16", "eu.peppol.bis3:invoice:2026.5"), strings(report.getJsonArray("ruleSets")));
        assertEquals(0, report.getInt("errorCount"));
        assertEquals(0, report.getJsonArray("failures").size(), report.toString());
    }

    /** The French EXTENDED-CTC-FR sample passes with warnings only, so it is stored and matched as usual. */
    @Test
    void warningsOnlyStoredWithReport() {
        supplier("Vendeur Factur-X", "FR11999999998");

        Api.Reply reply = ACCOUNTS_PAYABLE.postFile("/api/invoices", Fixtures.SAMPLES.resolve(
                "facturx-zugferd-cii/akretion-factur-x/tests/fixtures/xml/ubl-21-extended-ctc-fr.xml"));

        assertEquals(201, reply.status(), reply.toString());
        assertEquals("AWAITING_MATCH", reply.json().getString("status"));
        assertEquals("204", reply.json().getString("lifecycleCode"));
        JsonObject report = ACCOUNTS_PAYABLE.get("/api/invoices/" + id(reply.json()) + "/validation").json();
        assertEquals(List.of("eu.cen.en16931:ubl:1.3.16", "fr.ctc:extended-ubl-invoice:1.3"), strings(report.getJsonArray("ruleSets")));
        assertEquals(0, report.getInt("errorCount"));
        assertTrue(report.getInt("warningCount") > 0, report.toString());
        assertEquals("warning", report.getJsonArray("failures").getJsonObject(0).getString("severity"));
    }

    @Test
    void wrongTotalKeptAsRejected() throws IOException {
        byte[] document = invoice("FA-VAL-2", "380.00");

        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);

        assertEquals(422, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType());
        JsonObject problem = reply.json();
        List<String> failedRules = strings(problem.getJsonArray("failedRules"));
        assertTrue(failedRules.contains("BR-CO-15"), failedRules.toString());
        assertEquals("213", problem.getString("lifecycleCode"));
        long invoiceId = problem.getJsonNumber("invoiceId").longValue();
        assertTrue(problem.getString("instance").endsWith("/api/invoices/" + invoiceId), problem.toString());
        assertTrue(problem.getString("detail").contains("BR-CO-15"), problem.getString("detail"));

        JsonObject invoice = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();
        assertEquals("REJECTED", invoice.getString("status"));
        assertEquals("213", invoice.getString("lifecycleCode"));
        assertEquals("FA-VAL-2", invoice.getString("number"));
        assertArrayEquals(document, ACCOUNTS_PAYABLE.getBytes("/api/invoices/" + invoiceId + "/document"));
        JsonObject report = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/validation").json();
        JsonObject failure = report.getJsonArray("failures").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("ruleId").equals("BR-CO-15")).findFirst().orElseThrow();
        assertEquals("fatal", failure.getString("severity"));
        assertTrue(failure.getString("location").startsWith("/*:Invoice"), failure.toString());
        assertTrue(failure.getString("text").contains("BR-CO-15"), failure.toString());
    }

    @Test
    void rejectedPostedAgainStoresNothing() throws IOException {
        byte[] document = invoice("FA-VAL-3", "380.00");
        JsonObject first = SUPPLIER.postXml("/api/invoices", document).json();

        Api.Reply again = SUPPLIER.postXml("/api/invoices", document);

        assertEquals(422, again.status(), again.toString());
        assertEquals(first.getJsonNumber("invoiceId").longValue(), again.json().getJsonNumber("invoiceId").longValue());
        assertEquals(first.getJsonArray("failedRules"), again.json().getJsonArray("failedRules"));
        assertEquals(1, ACCOUNTS_PAYABLE.get("/api/invoices").array().size());
    }

    @Test
    void supplierSeesOwnReportOnly() throws IOException {
        long invoiceId = SUPPLIER.postXml("/api/invoices", invoice("FA-VAL-4", "380.00")).json().getJsonNumber("invoiceId").longValue();

        Api.Reply own = SUPPLIER.get("/api/invoices/" + invoiceId + "/validation");
        Api.Reply other = OTHER_SUPPLIER.get("/api/invoices/" + invoiceId + "/validation");

        assertEquals(200, own.status(), own.toString());
        assertTrue(own.json().getInt("errorCount") > 0, own.body());
        assertEquals(404, other.status(), other.toString());
        assertEquals(404, OTHER_SUPPLIER.get("/api/invoices/" + invoiceId).status());
    }

    @Test
    void correctionWithSameNumberAccepted() throws IOException {
        long rejectedId = SUPPLIER.postXml("/api/invoices", invoice("FA-VAL-5", "380.00")).json().getJsonNumber("invoiceId").longValue();

        Api.Reply corrected = SUPPLIER.postXml("/api/invoices", invoice("FA-VAL-5", "378.00"));

        assertEquals(201, corrected.status(), corrected.toString());
        assertEquals("FA-VAL-5", corrected.json().getString("number"));
        assertTrue(id(corrected.json()) != rejectedId);
        assertEquals("REJECTED", ACCOUNTS_PAYABLE.get("/api/invoices/" + rejectedId).json().getString("status"));
        Api.Reply thirdCopy = SUPPLIER.postXml("/api/invoices", invoice("FA-VAL-5", "377.00"));
        assertEquals(422, thirdCopy.status(), "another wrong document under the number is kept as rejected too: " + thirdCopy);
    }

    @Test
    void rejectedNeverMatched() throws IOException {
        long rejectedId = SUPPLIER.postXml("/api/invoices", invoice("FA-VAL-6", "380.00")).json().getJsonNumber("invoiceId").longValue();
        assertEquals(201, receive(id(order), "1", "75").status());

        long correctedId = id(SUPPLIER.postXml("/api/invoices", invoice("FA-VAL-6", "378.00")).json());
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(correctedId, 1).getString("outcome"));

        assertEquals("REJECTED", ACCOUNTS_PAYABLE.get("/api/invoices/" + rejectedId).json().getString("status"));
        assertEquals(0, ACCOUNTS_PAYABLE.get("/api/invoices/" + rejectedId + "/match").json().getInt("runCount"));
        JsonObject orderLine = ACCOUNTS_PAYABLE.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0);
        assertEquals(75, orderLine.getJsonNumber("invoicedQuantity").intValue(), "only the corrected invoice counts");
    }

    @Test
    void unboundHeaderKeptAsRejected() {
        byte[] document = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                    <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
                </Invoice>
                """.getBytes(StandardCharsets.UTF_8);

        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);

        assertEquals(422, reply.status(), reply.toString());
        assertEquals(List.of("XSD"), strings(reply.json().getJsonArray("failedRules")), "the UBL schema requires the number and the issue date");
        long invoiceId = reply.json().getJsonNumber("invoiceId").longValue();
        JsonObject invoice = SUPPLIER.get("/api/invoices/" + invoiceId).json();
        assertEquals("REJECTED", invoice.getString("status"));
        assertArrayEquals(document, SUPPLIER.getBytes("/api/invoices/" + invoiceId + "/document"));
    }

    @Test
    void notXmlStillRefusedAndNotStored() {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", "not an invoice".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(0, ACCOUNTS_PAYABLE.get("/api/invoices").array().size());
    }

    /** Builds the Peppol invoice of 75 reams at 4.20 (315.00 + 63.00 VAT) with the given total with VAT and payable amount. */
    private static byte[] invoice(String number, String payableAmount) throws IOException {
        try (InputStream template = InvoiceValidationIT.class.getResourceAsStream("/invoices/order-invoice-template.xml")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${INVOICE_NUMBER}", number)
                    .replace("${ORDER_NUMBER}", "PO-VAL")
                    .replace("${QUANTITY}", "75")
                    .replace("<cbc:TaxInclusiveAmount currencyID=\"EUR\">378.00</cbc:TaxInclusiveAmount>",
                            "<cbc:TaxInclusiveAmount currencyID=\"EUR\">" + payableAmount + "</cbc:TaxInclusiveAmount>")
                    .replace("<cbc:PayableAmount currencyID=\"EUR\">378.00</cbc:PayableAmount>",
                            "<cbc:PayableAmount currencyID=\"EUR\">" + payableAmount + "</cbc:PayableAmount>")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
