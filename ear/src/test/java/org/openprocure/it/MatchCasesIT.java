package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The match cases that accounts payable relies on, each built through the API from documents written for it. */
@ExtendWith(ArquillianExtension.class)
class MatchCasesIT {

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
    void twoReceiptsMakeTheReceivedQuantity() {
        JsonObject order = importOrder("PO-CASE-1", supplierId, "EUR", line("1", "P", "Papier", "100", "C62", "4.20"));

        assertEquals(201, receive(id(order), "1", "70").status());
        assertEquals(201, receive(id(order), "1", "30").status());

        JsonObject line = orderLine(order);
        assertEquals(0, new BigDecimal("100").compareTo(line.getJsonNumber("receivedQuantity").bigDecimalValue()));
        assertEquals("RECEIVED", BUYER.get("/api/purchase-orders/" + id(order)).json().getString("status"));
    }

    @Test
    void invoiceIsComparedWithAcceptedNotReceived() {
        JsonObject order = importOrder("PO-CASE-2", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        assertEquals(201, RECEIVER.post("/api/purchase-orders/" + id(order) + "/goods-receipts", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lineNumber", "1").add("receivedQuantity", 10).add("rejectedQuantity", 2))).build()).status());

        JsonObject match = post(UblDocuments.invoice("FA-CASE-2", "PO-CASE-2", new UblDocuments.Line("1", "10", "C62", "4.20", null, "42.00")));

        JsonObject line = match.getJsonArray("lines").getJsonObject(0);
        assertEquals("QUANTITY_OVER_RECEIPT", line.getString("reason"));
        assertEquals(0, new BigDecimal("8").compareTo(line.getJsonNumber("availableQuantity").bigDecimalValue()));
    }

    @Test
    void invoiceBeforeReceiptWaitsThenMatches() {
        JsonObject order = importOrder("PO-CASE-3", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        long first = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-CASE-3A", "PO-CASE-3", new UblDocuments.Line("1", "5", "C62", "4.20", null, "21.00"))).json());
        assertEquals("AWAITING_RECEIPT", ACCOUNTS_PAYABLE.awaitMatch(first, 1).getString("outcome"));

        receive(id(order), "1", "5");
        receive(id(order), "1", "5");
        long second = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-CASE-3B", "PO-CASE-3", new UblDocuments.Line("1", "5", "C62", "4.20", null, "21.00"))).json());

        assertEquals("MATCHED", awaitOutcome(first, "MATCHED"));
        assertEquals("MATCHED", awaitOutcome(second, "MATCHED"));
    }

    @Test
    void quantityWrittenWithDecimalsMatches() {
        JsonObject order = importOrder("PO-CASE-4", supplierId, "EUR", line("1", "P", "Vis", "1800", "C62", "0.05"));
        receive(id(order), "1", "1800");

        JsonObject match = post(UblDocuments.invoice("FA-CASE-4", "PO-CASE-4", new UblDocuments.Line("1", "1800.0", "C62", "0.05", null, "90.00")));

        assertEquals("MATCHED", match.getString("outcome"));
    }

    @Test
    void priceForHundredUnitsMatches() {
        JsonObject order = importOrder("PO-CASE-5", supplierId, "EUR", Json.createObjectBuilder(line("1", "P", "Rondelles", "250", "C62", "12.00"))
                .add("priceBasisQuantity", 100).build());
        receive(id(order), "1", "250");

        JsonObject match = post(UblDocuments.invoice("FA-CASE-5", "PO-CASE-5", new UblDocuments.Line("1", "250", "C62", "12.00", "100", "30.00")));

        assertEquals("MATCHED", match.getString("outcome"));
        assertEquals(0, new BigDecimal("0.12").compareTo(match.getJsonArray("lines").getJsonObject(0).getJsonNumber("invoiceUnitPrice").bigDecimalValue()));
    }

    @Test
    void creditNoteTakesItsQuantityBackOnce() {
        JsonObject order = importOrder("PO-CASE-6", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        receive(id(order), "1", "10");
        long invoice = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-CASE-6", "PO-CASE-6", new UblDocuments.Line("1", "10", "C62", "4.20", null, "42.00"))).json());
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoice, 1).getString("outcome"));

        Api.Reply credit = SUPPLIER.postXml("/api/invoices", UblDocuments.creditNote("AV-CASE-6", "PO-CASE-6", "FA-CASE-6",
                new UblDocuments.Line("1", "3", "C62", "4.20", null, "12.60")));

        assertEquals(201, credit.status(), credit.toString());
        assertEquals("CREDIT_NOTE", credit.json().getString("kind"));
        assertEquals("FA-CASE-6", credit.json().getString("precedingInvoiceNumber"));
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(id(credit.json()), 1).getString("outcome"));
        JsonObject line = orderLine(order);
        assertEquals(0, new BigDecimal("7").compareTo(line.getJsonNumber("invoicedQuantity").bigDecimalValue()), line.toString());
        assertEquals(0, new BigDecimal("3").compareTo(line.getJsonNumber("creditedQuantity").bigDecimalValue()), line.toString());

        long again = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-CASE-6B", "PO-CASE-6", new UblDocuments.Line("1", "3", "C62", "4.20", null, "12.60"))).json());
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(again, 1).getString("outcome"), "the 3 credited may be invoiced again");
    }

    @Test
    void creditBeyondWhatWasInvoicedIsDiscrepancy() {
        JsonObject order = importOrder("PO-CASE-7", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        receive(id(order), "1", "10");
        ACCOUNTS_PAYABLE.awaitMatch(id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-CASE-7", "PO-CASE-7", new UblDocuments.Line("1", "4", "C62", "4.20", null, "16.80"))).json()), 1);

        JsonObject match = post(UblDocuments.creditNote("AV-CASE-7", "PO-CASE-7", "FA-CASE-7",
                new UblDocuments.Line("1", "5", "C62", "4.20", null, "21.00")));

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("CREDIT_OVER_INVOICED", match.getJsonArray("lines").getJsonObject(0).getString("reason"));
    }

    @Test
    void unitWithoutFactorIsStoredAsUnitMismatch() {
        JsonObject order = importOrder("PO-CASE-8", supplierId, "EUR", line("1", "P", "Câble", "100", "C62", "1.00"));
        receive(id(order), "1", "100");

        JsonObject match = post(UblDocuments.invoice("FA-CASE-8", "PO-CASE-8", new UblDocuments.Line("1", "100", "MTK", "1.00", null, "100.00")));

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals("UNIT_MISMATCH", match.getJsonArray("lines").getJsonObject(0).getString("reason"));
        assertEquals(1, TestDatabase.count("select count(*) from supplier_invoice where number = 'FA-CASE-8'"));
    }

    @Test
    void toleranceAgreedWithSupplierReplacesTheDefault() {
        JsonObject order = importOrder("PO-CASE-9", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        receive(id(order), "1", "10");
        String tolerance = "/api/suppliers/" + supplierId + "/match-tolerance";

        JsonObject before = post(UblDocuments.invoice("FA-CASE-9A", "PO-CASE-9", new UblDocuments.Line("1", "5", "C62", "4.25", null, "21.25")));
        assertEquals("PRICE_ABOVE_ORDER", before.getJsonArray("lines").getJsonObject(0).getString("reason"), "4.25 is 1.19 % above 4.20");
        assertEquals(false, BUYER.get(tolerance).json().getBoolean("agreed"));

        Api.Reply agreed = BUYER.put(tolerance, Json.createObjectBuilder()
                .add("quantityPercent", 0).add("pricePercent", 2).add("priceAmount", new BigDecimal("0.50")).build());
        assertEquals(200, agreed.status(), agreed.toString());
        JsonObject after = post(UblDocuments.invoice("FA-CASE-9B", "PO-CASE-9", new UblDocuments.Line("1", "5", "C62", "4.25", null, "21.25")));

        assertEquals("MATCHED_WITHIN_TOLERANCE", after.getString("outcome"));
        assertEquals(true, SUPPLIER.get(tolerance).json().getBoolean("agreed"));
        assertEquals(403, SUPPLIER.put(tolerance, Json.createObjectBuilder()
                .add("quantityPercent", 50).add("pricePercent", 50).add("priceAmount", 100).build()).status());
        Api.Reply invalid = BUYER.put(tolerance, Json.createObjectBuilder()
                .add("quantityPercent", 0).add("pricePercent", 150).add("priceAmount", 0).build());
        assertEquals(400, invalid.status());
        assertEquals("The field \"pricePercent\" is 150, which is not a percentage from 0 to 100 with at most 4 decimals.",
                invalid.json().getString("detail"));
        assertEquals(0, new BigDecimal("2").compareTo(BUYER.get(tolerance).json().getJsonNumber("pricePercent").bigDecimalValue()));
    }

    @Test
    void pieceAndOneAreTheSameUnit() {
        JsonObject order = importOrder("PO-CASE-10", supplierId, "EUR", line("1", "P", "Classeur", "20", "C62", "2.10"));
        receive(id(order), "1", "20");

        JsonObject match = post(UblDocuments.invoice("FA-CASE-10", "PO-CASE-10", new UblDocuments.Line("1", "20", "H87", "2.10", null, "42.00")));

        assertEquals("MATCHED", match.getString("outcome"), "H87 and C62 are equivalent by default");
    }

    @Test
    void vatRateDifferenceIsReportedApart() {
        JsonObject order = importOrder("PO-CASE-11", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        receive(id(order), "1", "10");
        byte[] invoice = UblDocuments.invoice("FA-CASE-11", "PO-CASE-11", new UblDocuments.Line("1", "10", "C62", "4.20", null, "42.00"), "10");

        JsonObject match = post(invoice);

        JsonObject line = match.getJsonArray("lines").getJsonObject(0);
        assertEquals("MATCHED", match.getString("outcome"), "the tax does not change the outcome");
        assertEquals(true, line.getBoolean("vatRateDiffers"));
        assertEquals("Invoice line 1 applies VAT at 10%, but order line 1 at 20%. The match outcome does not count it;"
                + " check the tax before paying.", line.getString("taxNote"));
    }

    @Test
    void confirmedPriceIsTheReference() {
        JsonObject order = importOrder("PO-CASE-13", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        Api.Reply confirmed = SUPPLIER.post("/api/purchase-orders/" + id(order) + "/confirmation", Json.createObjectBuilder()
                .add("decision", "BY_LINE").add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lineNumber", "1").add("rejected", false).add("unitPrice", new BigDecimal("4.50")))).build());
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("CHANGED", orderLine(order).getString("confirmationStatus"));
        receive(id(order), "1", "10");

        JsonObject agreed = post(UblDocuments.invoice("FA-CASE-13A", "PO-CASE-13", new UblDocuments.Line("1", "5", "C62", "4.50", null, "22.50")));
        JsonObject above = post(UblDocuments.invoice("FA-CASE-13B", "PO-CASE-13", new UblDocuments.Line("1", "5", "C62", "4.60", null, "23.00")));

        assertEquals("MATCHED", agreed.getString("outcome"), "the supplier confirmed 4.50 in place of 4.20");
        JsonObject line = above.getJsonArray("lines").getJsonObject(0);
        assertEquals("PRICE_ABOVE_ORDER", line.getString("reason"));
        assertEquals(0, new BigDecimal("4.5").compareTo(line.getJsonNumber("orderUnitPrice").bigDecimalValue()));
    }

    @Test
    void concurrentReceiptsAndInvoicesConverge() throws Exception {
        JsonObject order = importOrder("PO-CASE-12", supplierId, "EUR", line("1", "P", "Papier", "20", "C62", "4.20"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> receipts = new ArrayList<>();
        List<Future<Api.Reply>> invoices = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            receipts.add(pool.submit(() -> receive(id(order), "1", "1")));
            if (i % 5 == 0) {
                String number = "FA-CASE-12-" + i;
                invoices.add(pool.submit(() -> SUPPLIER.postXml("/api/invoices",
                        UblDocuments.invoice(number, "PO-CASE-12", new UblDocuments.Line("1", "5", "C62", "4.20", null, "21.00")))));
            }
        }
        for (Future<Api.Reply> receipt : receipts) {
            assertEquals(201, receipt.get().status(), receipt.get().body());
        }
        List<Long> invoiceIds = new ArrayList<>();
        for (Future<Api.Reply> invoice : invoices) {
            assertEquals(201, invoice.get().status(), invoice.get().body());
            invoiceIds.add(id(invoice.get().json()));
        }
        pool.shutdown();

        for (long invoiceId : invoiceIds) {
            assertEquals("MATCHED", awaitOutcome(invoiceId, "MATCHED"), "4 invoices of 5 against 20 received, whatever came first");
        }
        JsonObject line = orderLine(order);
        assertEquals(0, new BigDecimal("20").compareTo(line.getJsonNumber("receivedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("20").compareTo(line.getJsonNumber("invoicedQuantity").bigDecimalValue()));
    }

    /** Posts the document as the supplier and returns its first match. */
    private static JsonObject post(byte[] document) {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);
        assertEquals(201, reply.status(), reply.toString());
        return ACCOUNTS_PAYABLE.awaitMatch(id(reply.json()), 1);
    }

    private static JsonObject orderLine(JsonObject order) {
        return BUYER.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0);
    }

    /** Waits up to 30 s for the invoice to reach the outcome, and returns the last one seen. */
    private static String awaitOutcome(long invoiceId, String outcome) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String last;
        do {
            last = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome");
            if (last.equals(outcome)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
        } while (System.nanoTime() < deadline);
        return last;
    }
}
