package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Requisitions follow the chain of steps that the published approval rules give them: the cost
 * centre's owner and the IT lead in parallel, then management control above 5000 EUR.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalCircuitIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api CLAIRE = Api.as("claire");
    private static final Api MARC = Api.as("marc");
    private static final Api NADIA = Api.as("nadia");
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
        supplierId = supplier("Informatique Services SAS", "FR11123456789");
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc"))
                .add(Json.createObjectBuilder().add("code", "CC-IT").add("name", "Informatique").add("owner", "nadia"))
                .build());
        assertEquals(200, imported.status(), imported.toString());
        Api.Reply published = ADMIN.put("/api/approval-rules", companyRules());
        assertEquals(200, published.status(), published.toString());
        assertEquals(1, published.json().getInt("version"));
    }

    @Test
    void chainRunsStepByStep() {
        long requisition = submitted(CLAIRE, "6000.00", "CC-ACCUEIL", "IT");
        JsonObject before = CLAIRE.get("/api/requisitions/" + requisition).json();
        assertEquals("SUBMITTED", before.getString("status"));
        assertEquals(1, before.getInt("approvalRuleSetVersion"));
        assertEquals(List.of("marc", "nadia"), names(before.getJsonArray("awaitingApprovalFrom")));
        assertEquals(3, before.getJsonArray("approvalSteps").size());

        Api.Reply early = AGNES.post("/api/requisitions/" + requisition + "/approve", EMPTY);
        assertEquals(403, early.status(), early.toString());
        assertTrue(early.json().getString("detail").contains("waits for: marc, nadia"), early.body());

        JsonObject afterManager = MARC.post("/api/requisitions/" + requisition + "/approve", EMPTY).json();
        assertEquals("SUBMITTED", afterManager.getString("status"));
        assertEquals(List.of("nadia"), names(afterManager.getJsonArray("awaitingApprovalFrom")));

        JsonObject afterItLead = NADIA.post("/api/requisitions/" + requisition + "/approve", EMPTY).json();
        assertEquals(List.of("agnes", "paul"), names(afterItLead.getJsonArray("awaitingApprovalFrom")));
        assertEquals(1, AGNES.get("/api/requisitions/awaiting-my-approval").array().size());
        assertEquals(0, NADIA.get("/api/requisitions/awaiting-my-approval").array().size());

        Api.Reply approved = AGNES.post("/api/requisitions/" + requisition + "/approve", EMPTY);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("agnes", approved.json().getString("decidedBy"));
        assertEquals(1, approved.json().getJsonArray("purchaseOrders").size());
        assertEquals(List.of(), names(approved.json().getJsonArray("awaitingApprovalFrom")));
        assertEquals("CLOSED", approved.json().getJsonArray("approvalSteps").getJsonObject(2)
                .getJsonArray("tasks").getJsonObject(1).getString("status"), "paul's task closes when agnes approves an ANY step");

        JsonArray timeline = CLAIRE.get("/api/requisitions/" + requisition + "/timeline").array();
        assertEquals(3, count(timeline, "STEP_APPROVED"));
        assertTrue(timeline.toString().contains("rule \\\"management control\\\", step 2"), timeline.toString());
    }

    @Test
    void rejectionEndsTheChain() {
        long requisition = submitted(CLAIRE, "800.00", "CC-ACCUEIL", "IT");

        Api.Reply rejected = NADIA.post("/api/requisitions/" + requisition + "/reject",
                Json.createObjectBuilder().add("reason", "Matériel déjà en stock").build());

        assertEquals(200, rejected.status(), rejected.toString());
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals(List.of(), names(rejected.json().getJsonArray("awaitingApprovalFrom")));
        JsonArray steps = rejected.json().getJsonArray("approvalSteps");
        assertEquals("CANCELLED", steps.getJsonObject(0).getString("status"));
        assertEquals("REJECTED", steps.getJsonObject(1).getString("status"));
        assertEquals(0, rejected.json().getJsonArray("purchaseOrders").size());
        assertEquals(409, MARC.post("/api/requisitions/" + requisition + "/approve", EMPTY).status());
    }

    @Test
    void requesterNeverApprovesOwnRequisition() {
        long requisition = submitted(NADIA, "800.00", "CC-IT", "IT");

        JsonObject submitted = NADIA.get("/api/requisitions/" + requisition).json();
        Api.Reply own = NADIA.post("/api/requisitions/" + requisition + "/approve", EMPTY);

        assertEquals(List.of("agnes", "paul"), names(submitted.getJsonArray("awaitingApprovalFrom")));
        assertTrue(submitted.getJsonArray("approvalSteps").getJsonObject(0).getBoolean("fallback"));
        assertEquals(403, own.status());
        assertTrue(own.json().getString("detail").contains("you cannot approve or reject it yourself"), own.body());
    }

    @Test
    void requisitionKeepsItsRuleVersion() {
        long underFirst = submitted(CLAIRE, "800.00", "CC-ACCUEIL", "OFFICE");
        JsonObject onlyManagementControl = Json.createObjectBuilder(companyRules())
                .add("rules", Json.createArrayBuilder().add(rule("management control", "GROUP", "ANY", 1).build()))
                .build();
        Api.Reply second = ADMIN.put("/api/approval-rules", onlyManagementControl);
        assertEquals(200, second.status(), second.toString());

        long underSecond = submitted(CLAIRE, "800.00", "CC-ACCUEIL", "OFFICE");

        assertEquals(2, CLAIRE.get("/api/approval-rules").json().getInt("version"));
        assertEquals(3, CLAIRE.get("/api/approval-rules/1").json().getJsonArray("rules").size());
        JsonObject first = CLAIRE.get("/api/requisitions/" + underFirst).json();
        assertEquals(1, first.getInt("approvalRuleSetVersion"));
        assertEquals(List.of("marc"), names(first.getJsonArray("awaitingApprovalFrom")));
        JsonObject later = CLAIRE.get("/api/requisitions/" + underSecond).json();
        assertEquals(2, later.getInt("approvalRuleSetVersion"));
        assertEquals(List.of("agnes", "paul"), names(later.getJsonArray("awaitingApprovalFrom")));
    }

    @Test
    void badRulesAreRejected() {
        JsonObject unknownGroup = Json.createObjectBuilder(companyRules())
                .add("rules", Json.createArrayBuilder().add(rule("board", "GROUP", "ANY", 1).add("step",
                        Json.createObjectBuilder().add("position", 1).add("approvers", "GROUP").add("group", "board").add("mode", "ANY"))))
                .build();

        Api.Reply rejected = ADMIN.put("/api/approval-rules", unknownGroup);
        Api.Reply notAdmin = MARC.put("/api/approval-rules", companyRules());

        assertEquals(400, rejected.status(), rejected.toString());
        assertEquals("The field \"rules[0].step.group\" names the group \"board\", which the rule set does not define.",
                rejected.json().getString("detail"));
        assertEquals(403, notAdmin.status());
        assertEquals(1, ADMIN.get("/api/approval-rules").json().getInt("version"));
        assertEquals(404, ADMIN.get("/api/approval-rules/7").status());
        assertEquals(403, Fixtures.SUPPLIER.get("/api/approval-rules").status());
    }

    @Test
    void concurrentPublicationsNeverFail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(pool.submit(() -> ADMIN.put("/api/approval-rules", companyRules())));
        }
        int published = 0;
        for (Future<Api.Reply> reply : replies) {
            int status = reply.get().status();
            assertTrue(status == 200 || status == 409, "a publication that loses the race gets 409, never 500: " + reply.get());
            if (status == 409) {
                assertTrue(reply.get().json().getString("detail").startsWith("Someone else has just published version "), reply.get().body());
            }
            published += status == 200 ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1 + published, ADMIN.get("/api/approval-rules").json().getInt("version"), "versions follow each other without gaps");
    }

    /** Builds rules with the cost centre's owner and, for IT purchases, nadia in parallel, then management control from 5000 EUR. */
    private static JsonObject companyRules() {
        return Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder()
                        .add(rule("cost centre manager", "COST_CENTRE_OWNER", "ALL", 1))
                        .add(rule("IT purchases", "USERS", "ANY", 1)
                                .add("when", Json.createObjectBuilder().add("categories", Json.createArrayBuilder().add("IT")))
                                .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "USERS")
                                        .add("users", Json.createArrayBuilder().add("nadia")).add("mode", "ANY")))
                        .add(rule("management control", "GROUP", "ANY", 2)
                                .add("when", Json.createObjectBuilder().add("minAmount", new BigDecimal("5000")))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", "management-control")
                .build();
    }

    private static jakarta.json.JsonObjectBuilder rule(String name, String approvers, String mode, int position) {
        var step = Json.createObjectBuilder().add("position", position).add("approvers", approvers).add("mode", mode);
        if ("GROUP".equals(approvers)) {
            step.add("group", "management-control");
        }
        return Json.createObjectBuilder().add("name", name).add("step", step);
    }

    /** Creates and submits a one-line requisition of this amount excluding VAT, and returns its id. */
    private long submitted(Api requester, String amount, String costCentre, String category) {
        Api.Reply created = requester.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Postes de travail")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", "Poste de travail portable").add("quantity", 1)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal(amount)).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", costCentre).add("category", category)))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisition = id(created.json());
        Api.Reply submitted = requester.post("/api/requisitions/" + requisition + "/submit", EMPTY);
        assertEquals(200, submitted.status(), submitted.toString());
        return requisition;
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long count(JsonArray timeline, String action) {
        return timeline.getValuesAs(JsonObject.class).stream().filter(entry -> action.equals(entry.getString("action"))).count();
    }
}
