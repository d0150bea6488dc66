package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A buyer changes an order issued from an approved requisition. Within 5 % and 100 EUR the change
 * is applied at once. Beyond that, the requisition goes back to approval under the rule set
 * version it started with, and the order changes only when the approvers approve.
 */
@ExtendWith(ArquillianExtension.class)
class OrderChangeApprovalIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api CLAIRE = Api.as("claire");
    private static final Api MARC = Api.as("marc");
    private static final Api AGNES = Api.as("agnes");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void rules() {
        TestDatabase.clean();
        supplierId = supplier(Fixtures.SOPHIE_COMPANY, "Fournitures de Bureau SA", "FR11123456789");
        Api.Reply user = ADMIN.put("/api/users/marc", Json.createObjectBuilder().add("email", "marc@buyer.example")
                .add("preferredLanguage", "fr").build());
        assertEquals(200, user.status(), user.toString());
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc"))
                .build());
        assertEquals(200, imported.status(), imported.toString());
        Api.Reply published = ADMIN.put("/api/approval-rules", companyRules());
        assertEquals(200, published.status(), published.toString());
    }

    @Test
    void smallChangeAppliedLargeOneReapproved() {
        long requisition = approvedRequisition();
        long order = orderOf(requisition);
        assertEquals(200, Fixtures.SUPPLIER.post("/api/purchase-orders/" + order + "/confirmation",
                Json.createObjectBuilder().add("decision", "ACCEPT").build()).status());
        Api.Reply laterRules = ADMIN.put("/api/approval-rules", Json.createObjectBuilder(companyRules())
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "new rules")
                        .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "GROUP")
                                .add("group", "management-control").add("mode", "ANY"))))
                .build());
        assertEquals(200, laterRules.status(), laterRules.toString());

        Api.Reply small = BUYER.post("/api/purchase-orders/" + order + "/changes", priceChange("104"));

        assertEquals(201, small.status(), small.toString());
        assertEquals("APPLIED", small.json().getString("status"));
        assertEquals(new BigDecimal("1040.00"), small.json().getJsonNumber("proposedTotal").bigDecimalValue());
        JsonObject afterSmall = BUYER.get("/api/purchase-orders/" + order).json();
        assertEquals(new BigDecimal("104"), firstLine(afterSmall).getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals("PENDING", firstLine(afterSmall).getString("confirmationStatus"), "the supplier confirms the new price again");
        assertEquals(1, afterSmall.getInt("revision"));
        assertEquals(new BigDecimal("1000.00"), afterSmall.getJsonNumber("approvedTotal").bigDecimalValue());
        JsonObject stillApproved = CLAIRE.get("/api/requisitions/" + requisition).json();
        assertEquals("APPROVED", stillApproved.getString("status"));
        assertEquals(1, stillApproved.getJsonArray("approvalSteps").size(), "no new approval step within tolerance");

        Api.Reply large = BUYER.post("/api/purchase-orders/" + order + "/changes", priceChange("115"));

        assertEquals(201, large.status(), large.toString());
        assertEquals("PENDING_APPROVAL", large.json().getString("status"));
        assertEquals(new BigDecimal("1000.00"), large.json().getJsonNumber("approvedTotal").bigDecimalValue());
        assertEquals(new BigDecimal("1150.00"), large.json().getJsonNumber("proposedTotal").bigDecimalValue());
        assertEquals(new BigDecimal("104"), firstLine(BUYER.get("/api/purchase-orders/" + order).json()).getJsonNumber("unitPrice").bigDecimalValue(),
                "the order keeps its content while the change waits");
        JsonObject waiting = CLAIRE.get("/api/requisitions/" + requisition).json();
        assertEquals("CHANGE_SUBMITTED", waiting.getString("status"));
        assertEquals(new BigDecimal("1150.00"), waiting.getJsonObject("pendingOrderChange").getJsonNumber("proposedTotal").bigDecimalValue());
        assertEquals(1, waiting.getInt("approvalRuleSetVersion"));
        assertEquals(List.of("marc"), names(waiting.getJsonArray("awaitingApprovalFrom")));
        assertEquals(3, waiting.getJsonArray("approvalSteps").size(), "round 2 adds the manager and, above 1100 EUR, management control");
        assertEquals(2, waiting.getJsonArray("approvalSteps").getJsonObject(2).getInt("round"));
        assertEquals(2, TestDatabase.count("select count(*) from notification where recipient = 'marc@buyer.example'"));
        Api.Reply second = BUYER.post("/api/purchase-orders/" + order + "/changes", priceChange("101"));
        assertEquals(409, second.status(), second.toString());
        assertEquals(403, CLAIRE.post("/api/requisitions/" + requisition + "/approve", EMPTY).status());

        JsonObject afterManager = MARC.post("/api/requisitions/" + requisition + "/approve", EMPTY).json();
        assertEquals("CHANGE_SUBMITTED", afterManager.getString("status"));
        Api.Reply approved = AGNES.post("/api/requisitions/" + requisition + "/approve", EMPTY);

        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertFalse(approved.json().containsKey("pendingOrderChange") && !approved.json().isNull("pendingOrderChange"), approved.body());
        assertEquals(1, approved.json().getJsonArray("purchaseOrders").size(), "approving a change issues no new order");
        JsonObject changed = BUYER.get("/api/purchase-orders/" + order).json();
        assertEquals(new BigDecimal("115"), firstLine(changed).getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals("PENDING", firstLine(changed).getString("confirmationStatus"));
        assertEquals(2, changed.getInt("revision"));
        assertEquals(new BigDecimal("1150.00"), changed.getJsonNumber("approvedTotal").bigDecimalValue());
        JsonArray changes = BUYER.get("/api/purchase-orders/" + order + "/changes").array();
        assertEquals("APPROVED", changes.getJsonObject(1).getString("status"));
        assertEquals("agnes", changes.getJsonObject(1).getString("decidedBy"));
        String orderTimeline = BUYER.get("/api/purchase-orders/" + order + "/timeline").body();
        assertTrue(orderTimeline.contains("within tolerance"), orderTimeline);
        assertTrue(orderTimeline.contains("CHANGE_APPROVED"), orderTimeline);
        String requisitionTimeline = CLAIRE.get("/api/requisitions/" + requisition + "/timeline").body();
        assertTrue(requisitionTimeline.contains("APPROVAL_CIRCUIT_RESTARTED"), requisitionTimeline);
        assertTrue(requisitionTimeline.contains("rule \\\"management control\\\""), requisitionTimeline);
        assertTrue(requisitionTimeline.contains("CHANGE_APPROVED"), requisitionTimeline);
    }

    @Test
    void rejectedChangeLeavesOrderUnchanged() {
        long requisition = approvedRequisition();
        long order = orderOf(requisition);
        Api.Reply large = BUYER.post("/api/purchase-orders/" + order + "/changes", Json.createObjectBuilder()
                .add("reason", "Besoin doublé")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1").add("quantity", 20)))
                .build());
        assertEquals("PENDING_APPROVAL", large.json().getString("status"), large.toString());

        Api.Reply rejected = MARC.post("/api/requisitions/" + requisition + "/reject",
                Json.createObjectBuilder().add("reason", "Quantité non justifiée").build());

        assertEquals(200, rejected.status(), rejected.toString());
        assertEquals("APPROVED", rejected.json().getString("status"), "the requisition itself stays approved");
        JsonObject unchanged = BUYER.get("/api/purchase-orders/" + order).json();
        assertEquals(new BigDecimal("10"), firstLine(unchanged).getJsonNumber("orderedQuantity").bigDecimalValue());
        assertEquals(0, unchanged.getInt("revision"));
        assertEquals(new BigDecimal("1000.00"), unchanged.getJsonNumber("approvedTotal").bigDecimalValue());
        JsonArray changes = BUYER.get("/api/purchase-orders/" + order + "/changes").array();
        assertEquals("REJECTED", changes.getJsonObject(0).getString("status"));
        assertTrue(BUYER.get("/api/purchase-orders/" + order + "/timeline").body().contains("Quantité non justifiée"));

        Api.Reply small = BUYER.post("/api/purchase-orders/" + order + "/changes", priceChange("102"));

        assertEquals("APPLIED", small.json().getString("status"), small.toString());
    }

    @Test
    void badChangesStoreNothing() {
        long order = orderOf(approvedRequisition());
        long imported = id(Fixtures.importOrder("ERP-77", supplierId, "EUR", line("1", "P-1", "Papier", "10", "C62", "100")));

        Api.Reply fromErp = BUYER.post("/api/purchase-orders/" + imported + "/changes", priceChange("104"));
        Api.Reply unknownLine = BUYER.post("/api/purchase-orders/" + order + "/changes", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "9").add("unitPrice", 1))).build());
        Api.Reply negative = BUYER.post("/api/purchase-orders/" + order + "/changes", priceChange("-1"));
        Api.Reply bySupplier = Fixtures.SUPPLIER.post("/api/purchase-orders/" + order + "/changes", priceChange("104"));

        assertEquals(400, fromErp.status(), fromErp.toString());
        assertTrue(fromErp.json().getString("detail").contains("imported from the ERP"), fromErp.body());
        assertEquals(400, unknownLine.status(), unknownLine.toString());
        assertEquals(400, negative.status(), negative.toString());
        assertEquals(403, bySupplier.status(), bySupplier.toString());
        assertEquals(0, TestDatabase.count("select count(*) from purchase_order_change"));
        assertEquals(0, BUYER.get("/api/purchase-orders/" + order).json().getInt("revision"));
    }

    /** Builds rules with the cost centre's owner, then management control from 1100 EUR. */
    private static JsonObject companyRules() {
        return Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "cost centre manager").add("step", Json.createObjectBuilder()
                                .add("position", 1).add("approvers", "COST_CENTRE_OWNER").add("mode", "ALL")))
                        .add(Json.createObjectBuilder().add("name", "management control")
                                .add("when", Json.createObjectBuilder().add("minAmount", new BigDecimal("1100")))
                                .add("step", Json.createObjectBuilder().add("position", 2).add("approvers", "GROUP")
                                        .add("group", "management-control").add("mode", "ANY"))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", "management-control")
                .build();
    }

    /** Creates a requisition of 10 × 100 EUR, which marc approves under rule set version 1, and returns its id. */
    private long approvedRequisition() {
        Api.Reply created = CLAIRE.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Ramettes de papier")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", "Carton de ramettes A4").add("quantity", 10)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal("100")).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisition = id(created.json());
        assertEquals(200, CLAIRE.post("/api/requisitions/" + requisition + "/submit", EMPTY).status());
        Api.Reply approved = MARC.post("/api/requisitions/" + requisition + "/approve", EMPTY);
        assertEquals("APPROVED", approved.json().getString("status"), approved.toString());
        return requisition;
    }

    private static long orderOf(long requisition) {
        return id(CLAIRE.get("/api/requisitions/" + requisition).json().getJsonArray("purchaseOrders").getJsonObject(0));
    }

    private static JsonObject priceChange(String unitPrice) {
        return Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineNumber", "1")
                        .add("unitPrice", new BigDecimal(unitPrice))))
                .build();
    }

    private static JsonObject firstLine(JsonObject order) {
        return order.getJsonArray("lines").getJsonObject(0);
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
