package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.OTHER_SUPPLIER;
import static org.openprocure.it.Fixtures.RECEIVER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Returns of received goods and how the three-way match accounts for them. An open return withholds
 * its quantity from the invoice that billed it until the credit note or the replacement delivery
 * settles it, so the goods are paid once and credited once.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnsIT {

    private JsonObject order;
    private long receiptId;
    private long invoiceId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Orders 10 reams at 4.20, receives and accepts them, and has sophie's company invoice them: matched. */
    @BeforeEach
    void invoicedReceipt() {
        TestDatabase.clean();
        long supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        order = importOrder("PO-RET", supplierId, "EUR", line("1", "PAPER-A4", "Papier A4", "10", "C62", "4.20"));
        Api.Reply receipt = receive(id(order), "1", "10");
        assertEquals(201, receipt.status(), receipt.toString());
        receiptId = id(receipt.json());
        invoiceId = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-RET", "PO-RET", new UblDocuments.Line("1", "10", "C62", "4.20", null, "42.00"))).json());
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome"));
    }

    @Test
    void creditNoteSettlesDefectiveReturn() {
        Api.Reply posted = RECEIVER.post("/api/returns", claim("3", "DEFECTIVE", "CREDIT_NOTE"));

        assertEquals(201, posted.status(), posted.toString());
        JsonObject claim = posted.json();
        assertEquals("OPEN", claim.getString("status"));
        assertTrue(claim.getString("number").startsWith("RT-"), claim.getString("number"));
        assertEquals("12.60", claim.getJsonNumber("expectedCreditAmount").bigDecimalValue().toPlainString());
        assertEquals("EUR", claim.getString("currency"));
        assertEquals("FA-RET", claim.getString("invoiceNumber"), "the only invoice of the line is linked");
        assertEquals(receiptId, claim.getJsonNumber("goodsReceiptId").longValue());
        assertQuantity("3", orderLine().getJsonNumber("returnedQuantity"));

        JsonObject withheld = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 2);
        assertEquals("DISCREPANCY", withheld.getString("outcome"));
        JsonObject withheldLine = withheld.getJsonArray("lines").getJsonObject(0);
        assertEquals("QUANTITY_OVER_RECEIPT", withheldLine.getString("reason"));
        assertQuantity("7", withheldLine.getJsonNumber("availableQuantity"));

        Api.Reply credit = SUPPLIER.postXml("/api/invoices", UblDocuments.creditNote("AV-RET", "PO-RET", "FA-RET",
                new UblDocuments.Line("1", "3", "C62", "4.20", null, "12.60")));
        assertEquals(201, credit.status(), credit.toString());
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(id(credit.json()), 1).getString("outcome"));
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 3).getString("outcome"), "10 invoiced less 3 credited: 7 to pay");

        JsonObject settled = BUYER.get("/api/returns/" + id(claim)).json();
        assertEquals("CREDITED", settled.getString("status"));
        assertQuantity("3", settled.getJsonNumber("settledQuantity"));
        assertTrue(actions("/api/returns/" + id(claim)).containsAll(List.of("POSTED", "CREDITED")), actions("/api/returns/" + id(claim)).toString());
        assertTrue(actions("/api/purchase-orders/" + id(order)).contains("RETURN_POSTED"));
    }

    @Test
    void replacementDeliverySettlesReturn() {
        JsonObject claim = BUYER.post("/api/returns", claim("3", "WRONG_ITEM", "REPLACEMENT")).json();
        assertFalse(claim.containsKey("expectedCreditAmount"), "a replacement expects no credit");
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 2).getString("outcome"));

        assertEquals(201, receive(id(order), "1", "3").status());

        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 3).getString("outcome"));
        assertEquals("REPLACED", BUYER.get("/api/returns/" + id(claim)).json().getString("status"));
        long again = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-RET-2", "PO-RET", new UblDocuments.Line("1", "3", "C62", "4.20", null, "12.60"))).json());
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.awaitMatch(again, 1).getString("outcome"), "the replacement is not billed again");
    }

    @Test
    void cancelledReturnReleasesInvoice() {
        JsonObject claim = ACCOUNTS_PAYABLE.post("/api/returns", claim("3", "DAMAGED", "CREDIT_NOTE")).json();
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 2).getString("outcome"));
        String cancellation = "/api/returns/" + id(claim) + "/cancellation";
        JsonObject note = Json.createObjectBuilder().add("note", "Cartons intacts après contrôle").build();

        assertEquals(403, RECEIVER.post(cancellation, note).status(), "only a buyer cancels");
        Api.Reply cancelled = BUYER.post(cancellation, note);

        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertQuantity("0", orderLine().getJsonNumber("returnedQuantity"));
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 3).getString("outcome"));
        assertEquals(409, BUYER.post(cancellation, note).status(), "a cancelled return stays cancelled");
        assertTrue(actions("/api/returns/" + id(claim)).contains("CANCELLED"));
    }

    @Test
    void otherSupplierSeesNothing() {
        long claimId = id(BUYER.post("/api/returns", claim("2", "DEFECTIVE", "CREDIT_NOTE")).json());

        assertEquals(200, SUPPLIER.get("/api/returns/" + claimId).status());
        assertEquals(1, SUPPLIER.get("/api/returns").array().size());
        assertEquals(404, OTHER_SUPPLIER.get("/api/returns/" + claimId).status());
        assertEquals(404, OTHER_SUPPLIER.get("/api/returns/" + claimId + "/timeline").status());
        assertEquals(0, OTHER_SUPPLIER.get("/api/returns").array().size());
        assertEquals(0, OTHER_SUPPLIER.get("/api/returns?orderId=" + id(order)).array().size());
        assertEquals(403, SUPPLIER.post("/api/returns", claim("1", "DEFECTIVE", "CREDIT_NOTE")).status(), "suppliers do not post returns");
    }

    @Test
    void quantityAboveAcceptedIsRejected() {
        assertEquals(201, BUYER.post("/api/returns", claim("8", "DEFECTIVE", "CREDIT_NOTE")).status());

        Api.Reply over = BUYER.post("/api/returns", claim("3", "DEFECTIVE", "CREDIT_NOTE"));
        Api.Reply french = BUYER.inLanguage("fr").post("/api/returns", claim("3", "DEFECTIVE", "CREDIT_NOTE"));

        assertEquals(400, over.status(), over.toString());
        assertTrue(over.contentType().startsWith("application/problem+json"), over.contentType());
        String receiptNumber = BUYER.get("/api/goods-receipts/" + receiptId).json().getString("number");
        assertEquals("Goods receipt " + receiptNumber + " accepted 10 C62 on order line 1, and returns already took 8 C62 of them:"
                + " a return of 3 C62 is more than the 2 C62 left.", over.json().getString("detail"));
        assertEquals("Return at most 2 C62 from goods receipt " + receiptNumber + ", or name the goods receipt that brought the other units.",
                over.json().getString("fix"));
        assertTrue(french.json().getString("detail").contains("8 C62\u00a0: un retour de 3 C62 dépasse les 2 C62 restants."),
                french.json().getString("detail"));
        assertEquals(1, BUYER.get("/api/returns?orderId=" + id(order)).array().size(), "nothing stored");
        assertQuantity("8", orderLine().getJsonNumber("returnedQuantity"));
    }

    @Test
    void badClaimNamesTheValue() {
        Api.Reply otherLine = BUYER.post("/api/returns", Json.createObjectBuilder(claim("1", "DEFECTIVE", "CREDIT_NOTE"))
                .add("lineNumber", "9").build());
        Api.Reply noComment = BUYER.post("/api/returns", Json.createObjectBuilder(claim("1", "OTHER", "CREDIT_NOTE"))
                .remove("comment").build());
        Api.Reply otherInvoice = BUYER.post("/api/returns", Json.createObjectBuilder(claim("1", "DEFECTIVE", "CREDIT_NOTE"))
                .add("invoiceId", invoiceId + 1000).build());
        Api.Reply noReceipt = BUYER.post("/api/returns", Json.createObjectBuilder(claim("1", "DEFECTIVE", "CREDIT_NOTE"))
                .add("goodsReceiptId", receiptId + 1000).build());

        assertEquals(400, otherLine.status(), otherLine.toString());
        assertTrue(otherLine.json().getString("detail").endsWith("has no line for order line 9."), otherLine.toString());
        assertEquals(400, noComment.status(), noComment.toString());
        assertEquals(400, otherInvoice.status(), otherInvoice.toString());
        assertTrue(otherInvoice.json().getString("detail").startsWith("Invoice " + (invoiceId + 1000) + " bills nothing"), otherInvoice.toString());
        assertEquals(404, noReceipt.status(), noReceipt.toString());
        assertEquals(0, BUYER.get("/api/returns").array().size());
    }

    private JsonObject claim(String quantity, String reason, String remedy) {
        return Json.createObjectBuilder().add("goodsReceiptId", receiptId).add("lineNumber", "1").add("reason", reason)
                .add("quantity", new BigDecimal(quantity)).add("remedy", remedy).add("comment", "Ramettes humides à l'ouverture")
                .build();
    }

    private JsonObject orderLine() {
        return BUYER.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0);
    }

    private static List<String> actions(String document) {
        return BUYER.get(document + "/timeline").array().getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("action")).toList();
    }

    private static void assertQuantity(String expected, jakarta.json.JsonNumber actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), "expected " + expected + ", got " + actual);
    }
}
