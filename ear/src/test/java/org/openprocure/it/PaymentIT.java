package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.approvalLimit;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments the ERP reports. A partial payment keeps the invoice at 205, and the rest moves it to
 * 211 Paiement transmis, which the supplier's view shows with the amount and date. Wrong payments
 * are rejected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api MARC = Api.as("marc");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void clean() {
        TestDatabase.clean();
        supplierAndCostCentre();
    }

    /** Registers sophie's company and cost centre CC-ACCUEIL, whose owner marc approves invoices without an order. */
    static void supplierAndCostCentre() {
        supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        approvalLimit("marc", "5000");
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc")).build());
        assertEquals(200, imported.status(), imported.toString());
    }

    @Test
    void paymentInFullReachesSupplierAs211() {
        JsonObject invoice = goodToPay("FA-PAY-1", "100.00");
        BigDecimal total = invoice.getJsonNumber("totalWithVat").bigDecimalValue();
        assertEquals(1, TestDatabase.count("select count(*) from erp_event where event_type = 'invoice.good-to-pay' and payload like ?",
                "%\"invoiceNumber\":\"FA-PAY-1\"%"), "the ERP heard that the invoice is good to pay");

        Api.Reply partial = ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment", payment("40.00", "2026-12-01", "VIR-001"));

        assertEquals(200, partial.status(), partial.toString());
        assertEquals("205", partial.json().getString("lifecycleCode"), "a partial payment leaves the invoice good to pay");
        assertEquals("PARTIALLY_PAID", partial.json().getJsonObject("payment").getString("status"));
        assertEquals(0, total.subtract(new BigDecimal("40.00")).compareTo(
                partial.json().getJsonObject("payment").getJsonNumber("amountDue").bigDecimalValue()));

        String rest = total.subtract(new BigDecimal("40.00")).toPlainString();
        Api.Reply byNumber = ACCOUNTS_PAYABLE.post("/api/invoices/payment", Json.createObjectBuilder()
                .add("supplierCode", SOPHIE_COMPANY).add("invoiceNumber", "FA-PAY-1")
                .add("amount", new BigDecimal(rest)).add("paidOn", "2026-12-03").add("reference", "VIR-002").build());

        assertEquals(200, byNumber.status(), byNumber.toString());
        assertEquals("211", byNumber.json().getString("lifecycleCode"));
        JsonObject seen = SUPPLIER.get("/api/invoices/" + id(invoice)).json();
        assertEquals("211", seen.getString("lifecycleCode"), "the supplier sees 211");
        assertEquals("PAYMENT_SENT", seen.getString("lifecycleStatus"));
        JsonObject payment = seen.getJsonObject("payment");
        assertEquals("PAID", payment.getString("status"));
        assertEquals(0, total.compareTo(payment.getJsonNumber("paidAmount").bigDecimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(payment.getJsonNumber("amountDue").bigDecimalValue()));
        assertEquals("2026-12-03", payment.getString("lastPaidOn"));
        assertEquals(2, TestDatabase.count("select count(*) from invoice_payment where invoice_id = ?", id(invoice)));
    }

    @Test
    void overpaymentIsRejected() {
        JsonObject invoice = goodToPay("FA-PAY-2", "100.00");
        BigDecimal total = invoice.getJsonNumber("totalWithVat").bigDecimalValue();

        Api.Reply over = ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment",
                payment(total.add(new BigDecimal("0.01")).toPlainString(), "2026-12-01", "VIR-OVER"));

        assertEquals(400, over.status(), over.toString());
        assertEquals("application/problem+json", over.contentType());
        assertTrue(over.json().getString("detail").contains("above the amount still due on invoice FA-PAY-2"), over.body());
        assertTrue(over.json().getString("fix").contains(total.toPlainString()), over.body());
        assertEquals(0, TestDatabase.count("select count(*) from invoice_payment"), "nothing recorded");
        assertEquals("205", ACCOUNTS_PAYABLE.get("/api/invoices/" + id(invoice)).json().getString("lifecycleCode"));
    }

    @Test
    void paymentBeforeGoodToPayIsRejected() {
        long invoice = posted(withoutOrder("FA-PAY-3", "CC-ACCUEIL", "100.00"));

        Api.Reply early = ACCOUNTS_PAYABLE.post("/api/invoices/" + invoice + "/payment", payment("10.00", "2026-12-01", "VIR-EARLY"));

        assertEquals(409, early.status(), early.toString());
        assertTrue(early.json().getString("detail").contains("record a payment"), early.body());
        assertEquals(0, TestDatabase.count("select count(*) from invoice_payment"));
    }

    @Test
    void samePaymentPostedTwiceCountsOnce() {
        JsonObject invoice = goodToPay("FA-PAY-4", "100.00");
        ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment", payment("10.00", "2026-12-01", "VIR-010"));

        Api.Reply again = ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment", payment("10.00", "2026-12-01", "VIR-010"));
        Api.Reply changed = ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment", payment("12.00", "2026-12-01", "VIR-010"));

        assertEquals(200, again.status(), again.toString());
        assertEquals(0, new BigDecimal("10.00").compareTo(again.json().getJsonObject("payment").getJsonNumber("paidAmount").bigDecimalValue()));
        assertEquals(409, changed.status(), changed.toString());
        assertEquals(1, TestDatabase.count("select count(*) from invoice_payment"));
    }

    @Test
    void badPaymentInputIsRejected() {
        JsonObject invoice = goodToPay("FA-PAY-5", "100.00");

        assertEquals(400, ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment", payment("-5.00", "2026-12-01", "R1")).status());
        assertEquals(400, ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment", payment("5.001", "2026-12-01", "R2")).status());
        assertEquals(400, ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/payment",
                Json.createObjectBuilder().add("amount", 5).add("reference", "R3").build()).status(), "paidOn is required");
        Api.Reply unknown = ACCOUNTS_PAYABLE.post("/api/invoices/payment", Json.createObjectBuilder()
                .add("supplierCode", SOPHIE_COMPANY).add("invoiceNumber", "FA-NONE").add("amount", 5).add("paidOn", "2026-12-01")
                .add("reference", "R4").build());
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals(403, SUPPLIER.post("/api/invoices/" + id(invoice) + "/payment", payment("5.00", "2026-12-01", "R5")).status(),
                "a supplier cannot report its own payment");
        assertEquals(0, TestDatabase.count("select count(*) from invoice_payment"));
    }

    private static JsonObject payment(String amount, String paidOn, String reference) {
        return Json.createObjectBuilder().add("amount", new BigDecimal(amount)).add("paidOn", paidOn).add("reference", reference).build();
    }

    /** Posts an invoice without an order for cost centre CC-ACCUEIL and has its owner approve it: 205, good to pay. */
    static JsonObject goodToPay(String number, String amount) {
        long invoice = posted(withoutOrder(number, "CC-ACCUEIL", amount));
        Api.Reply approved = MARC.post("/api/invoices/" + invoice + "/approval", Json.createObjectBuilder().add("decision", "APPROVE").build());
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("205", approved.json().getString("lifecycleCode"));
        return approved.json();
    }

    private static long posted(byte[] document) {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);
        assertEquals(201, reply.status(), reply.toString());
        return id(reply.json());
    }

    private static byte[] withoutOrder(String number, String buyerReference, String amount) {
        String xml = new String(UblDocuments.invoice(number, "PLACEHOLDER", new UblDocuments.Line("1", "1", "C62", amount, null, amount)),
                StandardCharsets.UTF_8);
        return xml.replace("<cac:OrderReference><cbc:ID>PLACEHOLDER</cbc:ID></cac:OrderReference>",
                        "<cbc:BuyerReference>" + buyerReference + "</cbc:BuyerReference>")
                .replace("<cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>", "")
                .getBytes(StandardCharsets.UTF_8);
    }
}
