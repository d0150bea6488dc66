package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.LUCIE_COMPANY;
import static org.openprocure.it.Fixtures.OTHER_SUPPLIER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** UBL order responses and despatch advices that a supplier user posts through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UblFulfilmentIT {

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void supplierOfSophie() {
        TestDatabase.clean();
        supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
    }

    /** A Peppol BIS order response (T76) to the order, with this code and these OrderLine elements. */
    private static byte[] orderResponse(String id, String orderNumber, String code, String lines) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OrderResponse xmlns="urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order_response:3</cbc:CustomizationID>
                  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>
                  <cbc:ID>%s</cbc:ID>
                  <cbc:IssueDate>2027-01-05</cbc:IssueDate>
                  <cbc:OrderResponseCode>%s</cbc:OrderResponseCode>
                  <cbc:Note>Réponse du fournisseur</cbc:Note>
                  <cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>
                  %s
                </OrderResponse>""".formatted(id, code, orderNumber, lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A Peppol BIS despatch advice (T16) for the order, with these DespatchLine elements. */
    private static byte[] despatchAdvice(String id, String orderNumber, String lines) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:despatch_advice:3</cbc:CustomizationID>
                  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:despatch_advice:3</cbc:ProfileID>
                  <cbc:ID>%s</cbc:ID>
                  <cbc:IssueDate>2027-01-10</cbc:IssueDate>
                  <cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>
                  <cac:Shipment><cbc:ID>1</cbc:ID>
                    <cac:Consignment><cbc:ID>C-1</cbc:ID><cbc:CarrierAssignedID>CH-123456</cbc:CarrierAssignedID>
                      <cac:CarrierParty><cac:PartyName><cbc:Name>Chronopost</cbc:Name></cac:PartyName></cac:CarrierParty></cac:Consignment>
                    <cac:Delivery><cac:EstimatedDeliveryPeriod><cbc:StartDate>2027-01-12</cbc:StartDate></cac:EstimatedDeliveryPeriod></cac:Delivery>
                  </cac:Shipment>
                  %s
                </DespatchAdvice>""".formatted(id, orderNumber, lines).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject order(long orderId) {
        return BUYER.get("/api/purchase-orders/" + orderId).json();
    }

    @Test
    void acceptedResponseConfirmsOrder() {
        long order = id(importOrder("PO-UBL-1", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));

        Api.Reply reply = SUPPLIER.postXml("/api/order-responses", orderResponse("OR-1", "PO-UBL-1", "AP", ""));

        assertEquals(201, reply.status(), reply.toString());
        assertEquals("ORDER_RESPONSE", reply.json().getString("documentType"));
        assertEquals("PURCHASE_ORDER " + order, reply.json().getString("result"));
        assertEquals("CONFIRMED", order(order).getString("status"));
        assertEquals("ACCEPTED", order(order).getJsonArray("lines").getJsonObject(0).getString("confirmationStatus"));
    }

    @Test
    void rejectedResponseRejectsOrder() {
        long order = id(importOrder("PO-UBL-2", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));

        Api.Reply reply = SUPPLIER.postXml("/api/order-responses", orderResponse("OR-2", "PO-UBL-2", "RE", ""));

        assertEquals(201, reply.status(), reply.toString());
        assertEquals("REJECTED", order(order).getString("status"));
        assertEquals("Réponse du fournisseur", order(order).getString("supplierNote"));
    }

    @Test
    void conditionalResponseAnswersEachLine() {
        long order = id(importOrder("PO-UBL-3", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"),
                line("2", "E", "Enveloppes", "5", "C62", "2.00"), line("3", "S", "Stylos", "20", "C62", "1.00")));

        Api.Reply reply = SUPPLIER.postXml("/api/order-responses", orderResponse("OR-3", "PO-UBL-3", "CA", """
                <cac:OrderLine><cac:LineItem><cbc:ID>1</cbc:ID><cbc:LineStatusCode>5</cbc:LineStatusCode><cac:Item/></cac:LineItem></cac:OrderLine>
                <cac:OrderLine><cac:LineItem><cbc:ID>2</cbc:ID><cbc:LineStatusCode>7</cbc:LineStatusCode><cac:Item/></cac:LineItem></cac:OrderLine>
                <cac:OrderLine><cac:LineItem><cbc:ID>3</cbc:ID><cbc:LineStatusCode>3</cbc:LineStatusCode>
                  <cbc:Quantity unitCode="C62">15</cbc:Quantity>
                  <cac:Delivery><cac:PromisedDeliveryPeriod><cbc:StartDate>2027-02-20</cbc:StartDate></cac:PromisedDeliveryPeriod></cac:Delivery>
                  <cac:Price><cbc:PriceAmount currencyID="EUR">1.10</cbc:PriceAmount></cac:Price><cac:Item/></cac:LineItem></cac:OrderLine>"""));

        assertEquals(201, reply.status(), reply.toString());
        JsonArray lines = order(order).getJsonArray("lines");
        assertEquals("ACCEPTED", lines.getJsonObject(0).getString("confirmationStatus"));
        assertEquals("REJECTED", lines.getJsonObject(1).getString("confirmationStatus"));
        assertEquals("CHANGED", lines.getJsonObject(2).getString("confirmationStatus"));
        assertEquals(0, new BigDecimal("15").compareTo(lines.getJsonObject(2).getJsonNumber("confirmedQuantity").bigDecimalValue()));
        assertEquals("2027-02-20", lines.getJsonObject(2).getString("confirmedDeliveryDate"));
        assertEquals(0, new BigDecimal("1.10").compareTo(lines.getJsonObject(2).getJsonNumber("confirmedUnitPrice").bigDecimalValue()));
    }

    @Test
    void sameResponseTwiceGetsFirstResult() {
        importOrder("PO-UBL-4", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        byte[] document = orderResponse("OR-4", "PO-UBL-4", "AP", "");

        Api.Reply first = SUPPLIER.postXml("/api/order-responses", document);
        Api.Reply second = SUPPLIER.postXml("/api/order-responses", document);

        assertEquals(201, first.status(), first.toString());
        assertEquals(200, second.status(), second.toString());
        assertEquals(id(first.json()), id(second.json()));
        assertEquals(1, TestDatabase.count("select count(*) from inbound_document"));
    }

    @Test
    void sameIdOtherContentGets409() {
        importOrder("PO-UBL-5", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        SUPPLIER.postXml("/api/order-responses", orderResponse("OR-5", "PO-UBL-5", "AP", ""));

        Api.Reply conflict = SUPPLIER.postXml("/api/order-responses", orderResponse("OR-5", "PO-UBL-5", "RE", ""));

        assertEquals(409, conflict.status(), conflict.toString());
        assertTrue(conflict.contentType().startsWith("application/problem+json"), conflict.contentType());
        assertTrue(conflict.json().getString("detail").contains("ORDER_RESPONSE OR-5"), conflict.body());
        assertEquals(1, TestDatabase.count("select count(*) from inbound_document"));
    }

    @Test
    void despatchAdviceShipsPartialQuantities() {
        long order = id(importOrder("PO-UBL-6", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"),
                line("2", "E", "Enveloppes", "5", "C62", "2.00")));

        Api.Reply reply = SUPPLIER.postXml("/api/despatch-advices", despatchAdvice("DA-6", "PO-UBL-6", """
                <cac:DespatchLine><cbc:ID>1</cbc:ID><cbc:DeliveredQuantity unitCode="C62">6</cbc:DeliveredQuantity>
                  <cbc:OutstandingQuantity unitCode="C62">4</cbc:OutstandingQuantity><cbc:OutstandingReason>Rupture</cbc:OutstandingReason>
                  <cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>
                  <cac:Item><cbc:Name>Papier</cbc:Name><cac:ItemInstance><cac:LotIdentification><cbc:LotNumberID>LOT-A</cbc:LotNumberID>
                  </cac:LotIdentification></cac:ItemInstance></cac:Item></cac:DespatchLine>
                <cac:DespatchLine><cbc:ID>2</cbc:ID><cbc:DeliveredQuantity unitCode="C62">0</cbc:DeliveredQuantity>
                  <cbc:OutstandingQuantity unitCode="C62">5</cbc:OutstandingQuantity>
                  <cac:OrderLineReference><cbc:LineID>2</cbc:LineID></cac:OrderLineReference><cac:Item><cbc:Name>Enveloppes</cbc:Name></cac:Item>
                </cac:DespatchLine>"""));

        assertEquals(201, reply.status(), reply.toString());
        JsonArray lines = order(order).getJsonArray("lines");
        assertEquals(0, new BigDecimal("6").compareTo(lines.getJsonObject(0).getJsonNumber("shippedQuantity").bigDecimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(lines.getJsonObject(1).getJsonNumber("shippedQuantity").bigDecimalValue()));
        JsonObject notice = BUYER.get("/api/purchase-orders/" + order + "/shipping-notices").array().getJsonObject(0);
        assertEquals("DA-6", notice.getString("number"));
        assertEquals("2027-01-12", notice.getString("deliveryDate"));
        assertEquals("Chronopost", notice.getString("carrier"));
        assertEquals("CH-123456", notice.getString("trackingNumber"));
        assertEquals("LOT-A", notice.getJsonArray("lines").getJsonObject(0).getString("batch"));
    }

    @Test
    void concurrentRepeatsStoreOnce() throws Exception {
        long order = id(importOrder("PO-UBL-10", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));
        byte[] document = despatchAdvice("DA-10", "PO-UBL-10", """
                <cac:DespatchLine><cbc:ID>1</cbc:ID><cbc:DeliveredQuantity unitCode="C62">3</cbc:DeliveredQuantity>
                  <cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference><cac:Item/></cac:DespatchLine>""");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Reply>> replies = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            replies.add(pool.submit(() -> SUPPLIER.postXml("/api/despatch-advices", document)));
        }
        int created = 0;
        for (Future<Api.Reply> reply : replies) {
            Api.Reply done = reply.get(60, TimeUnit.SECONDS);
            assertTrue(done.status() == 201 || done.status() == 200, done.toString());
            created += done.status() == 201 ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, created);
        assertEquals(1, TestDatabase.count("select count(*) from inbound_document"));
        assertEquals(0, new BigDecimal("3").compareTo(order(order).getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("shippedQuantity").bigDecimalValue()));
    }

    @Test
    void otherSuppliersOrderIsUnknown() {
        supplier(LUCIE_COMPANY, "Dépannage Imprimantes SARL", "FR45987654321");
        long order = id(importOrder("PO-UBL-7", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20")));

        Api.Reply reply = OTHER_SUPPLIER.postXml("/api/order-responses", orderResponse("OR-7", "PO-UBL-7", "AP", ""));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("No order numbered PO-UBL-7 is addressed to your company.", reply.json().getString("detail"));
        assertEquals("ISSUED", order(order).getString("status"));
        assertEquals(0, TestDatabase.count("select count(*) from inbound_document"));
    }

    @Test
    void buyerCannotPostResponse() {
        importOrder("PO-UBL-8", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));

        Api.Reply reply = BUYER.postXml("/api/order-responses", orderResponse("OR-8", "PO-UBL-8", "AP", ""));

        assertEquals(403, reply.status(), reply.toString());
    }

    @Test
    void unknownLineCodeIsNamed() {
        importOrder("PO-UBL-9", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));

        Api.Reply reply = SUPPLIER.postXml("/api/order-responses", orderResponse("OR-9", "PO-UBL-9", "CA",
                "<cac:OrderLine><cac:LineItem><cbc:ID>1</cbc:ID><cbc:LineStatusCode>42</cbc:LineStatusCode></cac:LineItem></cac:OrderLine>"));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("The LineStatusCode \"42\" of line 1 is not supported.", reply.json().getString("detail"));
        assertEquals("Use 5 for an accepted line, 7 for a rejected line, or 3 for a changed line.", reply.json().getString("fix"));
    }
}
