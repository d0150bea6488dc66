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
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One invoice across several orders, units converted by a known factor, and receipts by batch. */
@ExtendWith(ArquillianExtension.class)
class SeveralOrdersAndUnitsIT {

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
    void oneInvoiceCoversTwoOrders() {
        JsonObject paper = importOrder("PO-MULTI-1", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        JsonObject pens = importOrder("PO-MULTI-2", supplierId, "EUR", line("1", "S", "Stylos", "20", "C62", "1.50"));
        receive(id(paper), "1", "10");

        long invoice = id(posted(twoOrderInvoice("FA-MULTI-1", "PO-MULTI-1", "PO-MULTI-2")));
        JsonObject first = ACCOUNTS_PAYABLE.awaitMatch(invoice, 1);

        assertEquals("AWAITING_RECEIPT", first.getString("outcome"), first.toString());
        assertEquals("PO-MULTI-1", first.getJsonArray("lines").getJsonObject(0).getString("orderNumber"));
        assertEquals("MATCHED", first.getJsonArray("lines").getJsonObject(0).getString("outcome"));
        assertEquals("PO-MULTI-2", first.getJsonArray("lines").getJsonObject(1).getString("orderNumber"));
        assertEquals("AWAITING_RECEIPT", first.getJsonArray("lines").getJsonObject(1).getString("outcome"));

        receive(id(pens), "1", "20");

        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoice, 2).getString("outcome"), "the receipt of the second order matches it again");
        assertEquals(0, new BigDecimal("10").compareTo(orderLine(paper).getJsonNumber("invoicedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("20").compareTo(orderLine(pens).getJsonNumber("invoicedQuantity").bigDecimalValue()));
    }

    @Test
    void unknownLineOrderIsLineDiscrepancy() {
        JsonObject paper = importOrder("PO-MULTI-3", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        receive(id(paper), "1", "10");

        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(posted(twoOrderInvoice("FA-MULTI-3", "PO-MULTI-3", "PO-NOWHERE"))), 1);

        assertEquals("DISCREPANCY", match.getString("outcome"));
        assertEquals(JsonValue.NULL, match.getOrDefault("reason", JsonValue.NULL), "the invoice as a whole has no reason of its own");
        assertEquals("MATCHED", match.getJsonArray("lines").getJsonObject(0).getString("outcome"));
        JsonObject unknown = match.getJsonArray("lines").getJsonObject(1);
        assertEquals("UNKNOWN_PURCHASE_ORDER", unknown.getString("reason"));
        assertEquals("Invoice line 2 refers to order PO-NOWHERE, which does not exist.", unknown.getString("message"));
    }

    @Test
    void orderLineBoxConvertsByFactor() {
        JsonObject order = importOrder("PO-UNIT-1", supplierId, "EUR", Json.createObjectBuilder(line("1", "E", "Enveloppes", "24", "C62", "0.50"))
                .add("alternativeUnitCode", "XBX").add("alternativeUnitFactor", 12).build());
        receive(id(order), "1", "24");

        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(posted(UblDocuments.invoice("FA-UNIT-1", "PO-UNIT-1",
                new UblDocuments.Line("1", "2", "XBX", "6.00", null, "12.00")))), 1);

        JsonObject line = match.getJsonArray("lines").getJsonObject(0);
        assertEquals("MATCHED", match.getString("outcome"), match.toString());
        assertEquals(0, new BigDecimal("24").compareTo(line.getJsonNumber("invoicedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("0.5").compareTo(line.getJsonNumber("invoiceUnitPrice").bigDecimalValue()));
        assertEquals(0, new BigDecimal("12").compareTo(line.getJsonNumber("unitFactor").bigDecimalValue()));
        assertEquals("Invoice line 1 is compared in the order's unit: one invoiced unit contains 12 C62.", line.getString("message"));
        assertEquals(0, new BigDecimal("24").compareTo(orderLine(order).getJsonNumber("invoicedQuantity").bigDecimalValue()),
                "the order line counts the invoiced quantity in its own unit");
    }

    @Test
    void supplierFactorConvertsUnits() {
        String conversions = "/api/suppliers/" + supplierId + "/unit-conversions";
        JsonObject before = ACCOUNTS_PAYABLE.awaitMatch(id(posted(UblDocuments.invoice("FA-UNIT-2A", "PO-UNIT-2",
                new UblDocuments.Line("1", "1", "XPK", "3.00", null, "3.00")))), 1);
        assertEquals("UNKNOWN_PURCHASE_ORDER", before.getString("reason"));

        Api.Reply agreed = BUYER.put(conversions + "/XPK/C62", Json.createObjectBuilder().add("factor", 6).build());
        assertEquals(200, agreed.status(), agreed.toString());
        JsonObject order = importOrder("PO-UNIT-2", supplierId, "EUR", line("1", "V", "Vis", "12", "C62", "0.50"));
        assertEquals(201, receive(id(order), "1", "12").status(), "the receipt waits for the match that links the earlier invoice");
        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(posted(UblDocuments.invoice("FA-UNIT-2B", "PO-UNIT-2",
                new UblDocuments.Line("1", "1", "XPK", "3.00", null, "3.00")))), 1);

        assertEquals("MATCHED", match.getJsonArray("lines").getJsonObject(0).getString("outcome"), match.toString());
        assertEquals(1, BUYER.get(conversions).array().size());
        assertEquals(403, SUPPLIER.put(conversions + "/XPK/C62", Json.createObjectBuilder().add("factor", 60).build()).status());
        Api.Reply zero = BUYER.put(conversions + "/XPK/C62", Json.createObjectBuilder().add("factor", 0).build());
        assertEquals(400, zero.status());
        assertEquals("The field \"factor\" must be greater than zero, but is 0.", zero.json().getString("detail"));
        Api.Reply same = BUYER.put(conversions + "/C62/C62", Json.createObjectBuilder().add("factor", 1).build());
        assertEquals(400, same.status());
        assertEquals("A conversion from the unit C62 to itself means nothing.", same.json().getString("detail"));
    }

    @Test
    void unitWithoutFactorStaysMismatch() {
        JsonObject order = importOrder("PO-UNIT-3", supplierId, "EUR", Json.createObjectBuilder(line("1", "E", "Enveloppes", "24", "C62", "0.50"))
                .add("alternativeUnitCode", "XBX").add("alternativeUnitFactor", 12).build());
        receive(id(order), "1", "24");

        JsonObject match = ACCOUNTS_PAYABLE.awaitMatch(id(posted(UblDocuments.invoice("FA-UNIT-3", "PO-UNIT-3",
                new UblDocuments.Line("1", "24", "KGM", "0.50", null, "12.00")))), 1);

        assertEquals("UNIT_MISMATCH", match.getJsonArray("lines").getJsonObject(0).getString("reason"));
        assertEquals(0, BigDecimal.ZERO.compareTo(orderLine(order).getJsonNumber("invoicedQuantity").bigDecimalValue()),
                "a quantity in an unknown unit is not counted");
    }

    @Test
    void receiptAndNoticeKeepBatches() {
        JsonObject order = importOrder("PO-BATCH-1", supplierId, "EUR", line("1", "P", "Peinture", "100", "LTR", "8.00"));
        Api.Reply notice = SUPPLIER.post("/api/purchase-orders/" + id(order) + "/shipping-notices", Json.createObjectBuilder()
                .add("number", "ASN-BATCH-1").add("deliveryDate", "2026-12-10")
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("lineNumber", "1").add("quantity", 70).add("batch", "L2026-11"))
                        .add(Json.createObjectBuilder().add("lineNumber", "1").add("quantity", 30).add("batch", "L2026-12"))).build());
        assertEquals(201, notice.status(), notice.toString());
        assertEquals("L2026-12", notice.json().getJsonArray("lines").getJsonObject(1).getString("batch"));

        Api.Reply receipt = RECEIVER.post("/api/purchase-orders/" + id(order) + "/goods-receipts", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("lineNumber", "1").add("receivedQuantity", 70).add("batch", "L2026-11"))
                        .add(Json.createObjectBuilder().add("lineNumber", "1").add("receivedQuantity", 30).add("batch", "L2026-12"))).build());

        assertEquals(201, receipt.status(), receipt.toString());
        assertEquals("L2026-11", receipt.json().getJsonArray("lines").getJsonObject(0).getString("batch"));
        JsonObject line = orderLine(order);
        assertEquals(0, new BigDecimal("100").compareTo(line.getJsonNumber("shippedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("100").compareTo(line.getJsonNumber("receivedQuantity").bigDecimalValue()));
    }

    private static JsonObject posted(byte[] document) {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonObject orderLine(JsonObject order) {
        return BUYER.get("/api/purchase-orders/" + id(order)).json().getJsonArray("lines").getJsonObject(0);
    }

    /**
     * Builds an invoice with no document-level order reference whose two lines name their own
     * orders, as UBL 2.1 allows: 10 sheets of paper at 4.20 on the first, 20 pens at 1.50 on the second.
     * It meets the EN 16931 rules, so the server accepts it.
     */
    private static byte[] twoOrderInvoice(String number, String firstOrder, String secondOrder) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                      xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                      xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                    <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
                    <cbc:ID>%s</cbc:ID>
                    <cbc:IssueDate>2026-12-03</cbc:IssueDate>
                    <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
                    <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
                    <cac:AccountingSupplierParty><cac:Party>
                        <cac:PostalAddress><cbc:CityName>Lyon</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                        <cac:PartyTaxScheme><cbc:CompanyID>FR23412345678</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                        <cac:PartyLegalEntity><cbc:RegistrationName>Bureau Fournitures SA</cbc:RegistrationName></cac:PartyLegalEntity>
                    </cac:Party></cac:AccountingSupplierParty>
                    <cac:AccountingCustomerParty><cac:Party>
                        <cac:PostalAddress><cbc:CityName>Nantes</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                        <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Acheteur SAS</cbc:RegistrationName></cac:PartyLegalEntity>
                    </cac:Party></cac:AccountingCustomerParty>
                    <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">14.40</cbc:TaxAmount>
                        <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">72.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">14.40</cbc:TaxAmount>
                            <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
                        </cac:TaxSubtotal>
                    </cac:TaxTotal>
                    <cac:LegalMonetaryTotal>
                        <cbc:LineExtensionAmount currencyID="EUR">72.00</cbc:LineExtensionAmount>
                        <cbc:TaxExclusiveAmount currencyID="EUR">72.00</cbc:TaxExclusiveAmount>
                        <cbc:TaxInclusiveAmount currencyID="EUR">86.40</cbc:TaxInclusiveAmount>
                        <cbc:PayableAmount currencyID="EUR">86.40</cbc:PayableAmount>
                    </cac:LegalMonetaryTotal>
                    <cac:InvoiceLine>
                        <cbc:ID>1</cbc:ID>
                        <cbc:InvoicedQuantity unitCode="C62">10</cbc:InvoicedQuantity>
                        <cbc:LineExtensionAmount currencyID="EUR">42.00</cbc:LineExtensionAmount>
                        <cac:OrderLineReference><cbc:LineID>1</cbc:LineID><cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference></cac:OrderLineReference>
                        <cac:Item><cbc:Name>Papier</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                        <cac:Price><cbc:PriceAmount currencyID="EUR">4.20</cbc:PriceAmount></cac:Price>
                    </cac:InvoiceLine>
                    <cac:InvoiceLine>
                        <cbc:ID>2</cbc:ID>
                        <cbc:InvoicedQuantity unitCode="C62">20</cbc:InvoicedQuantity>
                        <cbc:LineExtensionAmount currencyID="EUR">30.00</cbc:LineExtensionAmount>
                        <cac:OrderLineReference><cbc:LineID>1</cbc:LineID><cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference></cac:OrderLineReference>
                        <cac:Item><cbc:Name>Stylos</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                        <cac:Price><cbc:PriceAmount currencyID="EUR">1.50</cbc:PriceAmount></cac:Price>
                    </cac:InvoiceLine>
                </Invoice>
                """.formatted(number, firstOrder, secondOrder);
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
