package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.FRENCH_EN16931_INVOICE;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.allowance;
import static org.openprocure.it.Fixtures.charge;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.postInvoice;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Document-level charges and allowances, line amounts and purchase category tolerances in the
 * match, built through the API. Unless a test sets others, the company's defaults apply: unit
 * price 1 % and 0.50, line amounts and charges 1 % or 1.00.
 */
@ExtendWith(ArquillianExtension.class)
class ChargesAndTolerancesIT {

    private static final Api ADMIN = Api.as("admin");
    private static final String CATEGORY = "44121600";

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void supplierOfTheDocuments() {
        TestDatabase.clean();
        supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
    }

    @Test
    void foreseenFreightInvoicedEqualMatches() {
        paperOrder("PO-CHG-1", array(charge("FC", "Transport", "25.00")));

        JsonObject match = post(withDocumentCharge(paperInvoice("FA-CHG-1", "PO-CHG-1", "42.00"), true, "FC", "Transport", "25.00"));

        assertEquals("MATCHED", match.getString("outcome"), match.toString());
        JsonObject freight = match.getJsonArray("charges").getJsonObject(0);
        assertEquals("CHARGE", freight.getString("kind"));
        assertEquals("FC", freight.getString("reasonCode"));
        assertEquals("MATCHED", freight.getString("outcome"));
        assertAmount("25.00", freight, "invoiceAmount");
        assertAmount("25.00", freight, "orderAmount");
    }

    @Test
    void unforeseenFreightIsDiscrepancyWithFigures() {
        paperOrder("PO-CHG-2", array());

        JsonObject match = post(withDocumentCharge(paperInvoice("FA-CHG-2", "PO-CHG-2", "42.00"), true, "FC", "Transport", "25.00"));

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("MATCHED", match.getJsonArray("lines").getJsonObject(0).getString("outcome"), "the lines themselves match");
        JsonObject freight = match.getJsonArray("charges").getJsonObject(0);
        assertEquals("CHARGE_NOT_ON_ORDER", freight.getString("reason"));
        assertAmount("25.00", freight, "invoiceAmount");
        assertAmount("0.00", freight, "orderAmount");
        assertEquals("The invoice carries 25.00 EUR of the charge \"FC Transport\", which the order does not foresee, beyond the tolerance.",
                freight.getString("message"));
        assertEquals("COMPANY_DEFAULT", freight.getJsonObject("tolerance").getString("source"));
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.get("/api/invoices/" + match.getInt("invoiceId")).json().getString("status"));
    }

    @Test
    void chargeIsStoredAsReceived() {
        paperOrder("PO-CHG-3", array());

        JsonObject match = post(withDocumentCharge(paperInvoice("FA-CHG-3", "PO-CHG-3", "42.00"), true, "FC", "Transport", "25.00"));

        JsonObject stored = ACCOUNTS_PAYABLE.get("/api/invoices/" + match.getInt("invoiceId")).json().getJsonArray("allowanceCharges").getJsonObject(0);
        assertTrue(stored.getBoolean("charge"));
        assertEquals("FC", stored.getString("reasonCode"));
        assertEquals("Transport", stored.getString("reason"));
        assertAmount("25.00", stored, "amount");
    }

    @Test
    void missingDiscountIsDiscrepancy() {
        paperOrder("PO-CHG-4", array(allowance("95", "Remise volume", "10.00")));

        JsonObject match = post(paperInvoice("FA-CHG-4", "PO-CHG-4", "42.00"));

        assertEquals("DISCREPANCY", match.getString("outcome"));
        JsonObject discount = match.getJsonArray("charges").getJsonObject(0);
        assertEquals("ALLOWANCE", discount.getString("kind"));
        assertEquals("ALLOWANCE_BELOW_ORDER", discount.getString("reason"));
        assertAmount("0.00", discount, "invoiceAmount");
        assertAmount("10.00", discount, "orderAmount");
    }

    @Test
    void foreseenDiscountGrantedMatches() {
        paperOrder("PO-CHG-5", array(allowance("95", "Remise volume", "10.00")));

        JsonObject match = post(withDocumentCharge(paperInvoice("FA-CHG-5", "PO-CHG-5", "42.00"), false, "95", "Remise", "10.00"));

        assertEquals("MATCHED", match.getString("outcome"), match.toString());
    }

    @Test
    void lineAmountBeyondToleranceIsDiscrepancy() {
        paperOrder("PO-CHG-6", array());

        JsonObject match = post(paperInvoice("FA-CHG-6", "PO-CHG-6", "50.00"));

        JsonObject line = match.getJsonArray("lines").getJsonObject(0);
        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("LINE_AMOUNT_ABOVE_ORDER", line.getString("reason"));
        assertAmount("50.00", line, "invoiceLineAmount");
        assertAmount("42.00", line, "orderLineAmount");
        assertEquals("Invoice line 1 has the net amount 50.00, above 42.00, the value at the order price of the 10 C62 invoiced on order line 1,"
                + " beyond the tolerance.", line.getString("message"));
        JsonObject tolerance = line.getJsonObject("tolerance");
        assertEquals("COMPANY_DEFAULT", tolerance.getString("source"));
        assertAmount("1", tolerance, "lineAmountPercent");
        assertAmount("1", tolerance, "lineAmountAbsolute");
    }

    @Test
    void lineAmountWithinToleranceMatchesWithinTolerance() {
        paperOrder("PO-CHG-7", array());

        JsonObject match = post(paperInvoice("FA-CHG-7", "PO-CHG-7", "42.80"));

        assertEquals("MATCHED_WITHIN_TOLERANCE", match.getString("outcome"), "0.80 above is within 1.00");
    }

    @Test
    void categoryToleranceAppliesWhenSupplierHasNone() {
        JsonObject order = importOrder("PO-CHG-8", supplierId, "EUR", array(), categoryLine("20"));
        receive(id(order), "1", "20");
        Api.Reply set = ADMIN.put("/api/match-tolerances/categories/" + CATEGORY, tolerance(5, "1.00", 5));
        assertEquals(200, set.status(), set.toString());

        JsonObject match = post(UblDocuments.invoice("FA-CHG-8", "PO-CHG-8", new UblDocuments.Line("1", "10", "C62", "4.35", null, "43.50")));

        JsonObject line = match.getJsonArray("lines").getJsonObject(0);
        assertEquals("MATCHED_WITHIN_TOLERANCE", match.getString("outcome"), "4.35 is 3.6 % above 4.20, within the category's 5 %");
        assertEquals("CATEGORY", line.getJsonObject("tolerance").getString("source"));
        assertEquals(CATEGORY, line.getJsonObject("tolerance").getString("category"));
        assertAmount("5", line.getJsonObject("tolerance"), "pricePercent");
    }

    @Test
    void supplierToleranceWinsOverCategory() {
        JsonObject order = importOrder("PO-CHG-9", supplierId, "EUR", array(), categoryLine("20"));
        receive(id(order), "1", "20");
        assertEquals(200, ADMIN.put("/api/match-tolerances/categories/" + CATEGORY, tolerance(5, "1.00", 5)).status());
        Api.Reply agreed = BUYER.put("/api/suppliers/" + supplierId + "/match-tolerance", Json.createObjectBuilder()
                .add("quantityPercent", 0).add("pricePercent", 1).add("priceAmount", new BigDecimal("0.50")).build());
        assertEquals(200, agreed.status(), agreed.toString());

        JsonObject match = post(UblDocuments.invoice("FA-CHG-9", "PO-CHG-9", new UblDocuments.Line("1", "10", "C62", "4.35", null, "43.50")));

        JsonObject line = match.getJsonArray("lines").getJsonObject(0);
        assertEquals("PRICE_ABOVE_ORDER", line.getString("reason"));
        assertEquals("SUPPLIER", line.getJsonObject("tolerance").getString("source"));
        JsonValue category = line.getJsonObject("tolerance").get("category");
        assertTrue(category == null || category == JsonValue.NULL, "a supplier's tolerance names no category: " + category);
        assertAmount("1", agreed.json(), "lineAmountPercent");
    }

    @Test
    void categoryToleranceCanBeReadListedAndRemoved() {
        assertEquals(200, ADMIN.put("/api/match-tolerances/categories/" + CATEGORY, tolerance(5, "1.00", 5)).status());

        JsonObject read = ACCOUNTS_PAYABLE.get("/api/match-tolerances/categories/" + CATEGORY).json();
        JsonArray listed = ACCOUNTS_PAYABLE.get("/api/match-tolerances/categories").array();
        Api.Reply removed = ADMIN.send("DELETE", "/api/match-tolerances/categories/" + CATEGORY, "application/json", "");

        assertAmount("5", read.getJsonObject("tolerance"), "lineAmountPercent");
        assertAmount("0", read.getJsonObject("tolerance"), "quantityAbsolute");
        assertEquals(1, listed.size());
        assertEquals(204, removed.status(), removed.toString());
        assertEquals(404, ACCOUNTS_PAYABLE.get("/api/match-tolerances/categories/" + CATEGORY).status());
        assertEquals(403, SUPPLIER.put("/api/match-tolerances/categories/" + CATEGORY, tolerance(50, "100", 50)).status());
    }

    @Test
    void badToleranceInputIsRejectedNamingTheValue() {
        Api.Reply percent = ADMIN.put("/api/match-tolerances/categories/" + CATEGORY, tolerance(150, "1.00", 5));
        Api.Reply code = ADMIN.put("/api/match-tolerances/categories/UNSPSC%204412", tolerance(5, "1.00", 5));
        Api.Reply negative = BUYER.put("/api/suppliers/" + supplierId + "/match-tolerance", Json.createObjectBuilder()
                .add("quantityPercent", 0).add("quantityAbsolute", -2).add("pricePercent", 1).add("priceAmount", 0).build());

        assertEquals(400, percent.status(), percent.toString());
        assertEquals("The field \"pricePercent\" is 150, which is not a percentage from 0 to 100 with at most 4 decimals.",
                percent.json().getString("detail"));
        assertEquals(400, code.status(), code.toString());
        assertTrue(code.json().getString("detail").contains("\"UNSPSC 4412\""), code.toString());
        assertEquals(400, negative.status(), negative.toString());
        assertEquals("The field \"quantityAbsolute\" must not be negative, but is -2.", negative.json().getString("detail"));
        assertEquals(0, TestDatabase.count("select count(*) from category_match_tolerance"));
        assertEquals(0, TestDatabase.count("select count(*) from supplier_match_tolerance"));
    }

    @Test
    void orderChargeWithWrongCodeIsRejected() {
        Api.Reply reply = BUYER.post("/api/purchase-orders", Json.createObjectBuilder()
                .add("number", "PO-CHG-BAD").add("supplierId", supplierId).add("currency", "EUR")
                .add("lines", array(line("1", "P", "Papier", "10", "C62", "4.20")))
                .add("allowanceCharges", array(charge("95", null, "25.00"))).build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("The field \"allowanceCharges[1].reasonCode\" contains \"95\", which is not a charge reason code of the UNCL7161 list.",
                reply.json().getString("detail"));
        assertEquals(0, TestDatabase.count("select count(*) from purchase_order"));
    }

    @Test
    void categoryTravelsFromCatalogToOrder() {
        Api.Reply item = BUYER.post("/api/catalog/items", Json.createObjectBuilder()
                .add("supplierId", supplierId).add("supplierPartNumber", "PAPER-A4").add("description", "Papier A4")
                .add("unitPrice", 4.20).add("currency", "EUR").add("unitCode", "C62").add("category", CATEGORY).build());
        assertEquals(201, item.status(), item.toString());
        Api requester = Api.as("claire");
        Api.Reply requisition = requester.post("/api/requisitions", Json.createObjectBuilder().add("title", "Papier")
                .add("lines", array(Json.createObjectBuilder().add("catalogItemId", id(item.json())).add("quantity", 10)
                        .add("vatRate", 20).add("costCentre", "CC-ADMIN").build())).build());
        assertEquals(201, requisition.status(), requisition.toString());

        JsonObject submitted = requester.post("/api/requisitions/" + id(requisition.json()) + "/submit", Json.createObjectBuilder().build()).json();

        long orderId = submitted.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(CATEGORY, BUYER.get("/api/purchase-orders/" + orderId).json().getJsonArray("lines").getJsonObject(0).getString("category"));
    }

    @Test
    void frenchSampleSurchargeNotOnOrderIsDiscrepancy() {
        long sampleSupplier = supplier("Vendeur Factur-X", "FR11999999998");
        JsonObject order = importOrder("PO1242", sampleSupplier, "EUR",
                line("1", "JOIO50CL", "Huile d'olive Joio 50cl", "10", "C62", "13.50"),
                line("DV843873", "NOUGATCUBES", "Nougats en cubes", "20", "C62", "6.90"));
        receive(id(order), "1", "10", "DV843873", "20");

        long invoiceId = postInvoice(FRENCH_EN16931_INVOICE);
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("MATCHED", match.getJsonArray("lines").getJsonObject(0).getString("outcome"),
                "a line allowance and a line charge of 1.50 each leave 135.00, the order's value");
        JsonArray charges = match.getJsonArray("charges");
        assertEquals(3, charges.size(), charges.toString());
        assertEquals("MATCHED", charges.getJsonObject(0).getString("outcome"), "an allowance the order did not foresee is welcome");
        JsonObject surcharge = charges.getJsonObject(2);
        assertEquals("Surtaxe carburant", surcharge.getString("reasonText"));
        assertEquals("CHARGE_NOT_ON_ORDER", surcharge.getString("reason"));
        assertAmount("5.50", surcharge, "invoiceAmount");
        JsonObject invoice = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();
        assertEquals(3, invoice.getJsonArray("allowanceCharges").size());
        assertEquals(2, invoice.getJsonArray("lines").getJsonObject(0).getJsonArray("allowanceCharges").size());
    }

    /** Imports an order of 10 reams of paper at 4.20 with the charges and allowances it foresees, and receives them. */
    private void paperOrder(String number, JsonArray allowanceCharges) {
        JsonObject order = importOrder(number, supplierId, "EUR", allowanceCharges, line("1", "P", "Papier", "10", "C62", "4.20"));
        assertEquals(201, receive(id(order), "1", "10").status());
    }

    private static JsonObject categoryLine(String quantity) {
        return Json.createObjectBuilder(line("1", "P", "Papier", quantity, "C62", "4.20")).add("category", CATEGORY).build();
    }

    /** Builds an invoice of the 10 reams at 4.20 with this line net amount (BT-131). */
    private static byte[] paperInvoice(String number, String orderNumber, String lineAmount) {
        return UblDocuments.invoice(number, orderNumber, new UblDocuments.Line("1", "10", "C62", "4.20", null, lineAmount));
    }

    /**
     * Adds one document-level allowance or charge (BG-20, BG-21) where EN 16931 puts it, before the
     * tax total, and updates the VAT and the totals so that the invoice still meets BR-CO-11 to
     * BR-CO-15 and BR-S-08.
     */
    private static byte[] withDocumentCharge(byte[] invoice, boolean charge, String code, String reason, String amount) {
        String element = """
                <cac:AllowanceCharge><cbc:ChargeIndicator>%s</cbc:ChargeIndicator>
                    <cbc:AllowanceChargeReasonCode>%s</cbc:AllowanceChargeReasonCode><cbc:AllowanceChargeReason>%s</cbc:AllowanceChargeReason>
                    <cbc:Amount currencyID="EUR">%s</cbc:Amount>
                    <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
                </cac:AllowanceCharge>
                """.formatted(charge, code, reason, amount);
        String xml = new String(invoice, StandardCharsets.UTF_8);
        Matcher lineTotal = Pattern.compile("<cbc:LineExtensionAmount currencyID=\"EUR\">([0-9.]+)</cbc:LineExtensionAmount>").matcher(xml);
        assertTrue(lineTotal.find(), "the invoice has a line total");
        BigDecimal lines = new BigDecimal(lineTotal.group(1));
        BigDecimal oldVat = lines.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal base = charge ? lines.add(new BigDecimal(amount)) : lines.subtract(new BigDecimal(amount));
        BigDecimal vat = base.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
        String totalElement = charge ? "ChargeTotalAmount" : "AllowanceTotalAmount";
        return xml.replaceFirst("<cac:TaxTotal>", element + "<cac:TaxTotal>")
                .replace(eur("TaxAmount", oldVat), eur("TaxAmount", vat))
                .replace(eur("TaxableAmount", lines), eur("TaxableAmount", base))
                .replace(eur("TaxExclusiveAmount", lines), eur("TaxExclusiveAmount", base))
                .replace(eur("TaxInclusiveAmount", lines.add(oldVat)), eur("TaxInclusiveAmount", base.add(vat)) + eur(totalElement, new BigDecimal(amount)))
                .replace(eur("PayableAmount", lines.add(oldVat)), eur("PayableAmount", base.add(vat)))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String eur(String element, BigDecimal amount) {
        return "<cbc:%1$s currencyID=\"EUR\">%2$s</cbc:%1$s>".formatted(element, amount.toPlainString());
    }

    private static JsonObject tolerance(int pricePercent, String priceAmount, int lineAmountPercent) {
        return Json.createObjectBuilder().add("quantityPercent", 0).add("pricePercent", pricePercent)
                .add("priceAmount", new BigDecimal(priceAmount)).add("lineAmountPercent", lineAmountPercent).build();
    }

    private static JsonArray array(Object... entries) {
        var array = Json.createArrayBuilder();
        for (Object entry : entries) {
            array.add((JsonValue) entry);
        }
        return array.build();
    }

    /** Posts the document as the supplier and returns its first match. */
    private static JsonObject post(byte[] document) {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);
        assertEquals(201, reply.status(), reply.toString());
        return ACCOUNTS_PAYABLE.awaitMatch(id(reply.json()), 1);
    }

    private static void assertAmount(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()), field + " in " + object);
    }
}
