package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
 * Delegation while an approver is away, and the reminders and escalation that the persistent
 * follow-up timer sends. The test server runs the timer every second.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalFollowUpIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api CLAIRE = Api.as("claire");
    private static final Api MARC = Api.as("marc");
    private static final Api PAUL = Api.as("paul");
    private static final Api AGNES = Api.as("agnes");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void masterData() {
        TestDatabase.clean();
        supplierId = supplier("Mobilier de Bureau SARL", "FR22123456780");
        user("marc", "marc@buyer.example", "fr");
        user("agnes", "agnes@buyer.example", "en");
        user("paul", "paul@buyer.example", "en");
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc"))
                .build());
        assertEquals(200, imported.status(), imported.toString());
    }

    @Test
    void delegateApprovesForAbsentOwner() {
        publish(null);
        Api.Reply delegated = MARC.post("/api/approval-delegations", delegation(null, "paul", LocalDate.now(), LocalDate.now().plusDays(5)));
        assertEquals(201, delegated.status(), delegated.toString());
        assertEquals("marc", delegated.json().getString("delegator"));
        long requisition = submitted("800.00");

        JsonObject waiting = CLAIRE.get("/api/requisitions/" + requisition).json();
        assertEquals(List.of("marc"), names(waiting.getJsonArray("awaitingApprovalFrom")));
        assertEquals(List.of("paul"), names(waiting.getJsonObject("delegates").getJsonArray("marc")));
        assertEquals(1, PAUL.get("/api/requisitions/awaiting-my-approval").array().size());

        Api.Reply approved = PAUL.post("/api/requisitions/" + requisition + "/approve", EMPTY);

        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        JsonObject task = approved.json().getJsonArray("approvalSteps").getJsonObject(0).getJsonArray("tasks").getJsonObject(0);
        assertEquals("marc", task.getString("approver"));
        assertEquals("paul", task.getString("decidedBy"));
        String timeline = CLAIRE.get("/api/requisitions/" + requisition + "/timeline").body();
        assertTrue(timeline.contains("on behalf of marc by delegation"), timeline);
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where document_type = 'APPROVAL_DELEGATION' and action = 'CREATED'"));
    }

    @Test
    void cancelledDelegationStopsDelegate() {
        publish(null);
        long delegation = id(ADMIN.post("/api/approval-delegations",
                delegation("marc", "paul", LocalDate.now(), LocalDate.now())).json());
        long requisition = submitted("800.00");

        Api.Reply cancelled = MARC.post("/api/approval-delegations/" + delegation + "/cancel", EMPTY);
        Api.Reply denied = PAUL.post("/api/requisitions/" + requisition + "/approve", EMPTY);

        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("marc", cancelled.json().getString("cancelledBy"));
        assertEquals(403, denied.status());
        assertEquals("SUBMITTED", CLAIRE.get("/api/requisitions/" + requisition).json().getString("status"));
    }

    @Test
    void badDelegationsAreRejected() {
        Api.Reply forOther = CLAIRE.post("/api/approval-delegations", delegation("marc", "claire", LocalDate.now(), LocalDate.now()));
        Api.Reply backwards = MARC.post("/api/approval-delegations",
                delegation(null, "paul", LocalDate.now(), LocalDate.now().minusDays(1)));
        Api.Reply toSelf = MARC.post("/api/approval-delegations", delegation(null, "marc", LocalDate.now(), LocalDate.now()));

        assertEquals(403, forOther.status());
        assertEquals("You may only delegate or cancel your own approvals, not those of marc.", forOther.json().getString("detail"));
        assertEquals(400, backwards.status());
        assertEquals(400, toSelf.status());
        assertEquals(0, TestDatabase.count("select count(*) from approval_delegation"));
    }

    @Test
    void overdueStepIsRemindedThenEscalated() {
        publish(Json.createObjectBuilder().add("remindAfter", "PT2S").add("escalateAfter", "PT4S").build());
        long requisition = submitted("800.00");

        JsonObject escalated = awaitEscalation(requisition);

        assertEquals(List.of("marc", "agnes", "paul"), names(escalated.getJsonArray("awaitingApprovalFrom")));
        assertEquals(1, TestDatabase.count("select count(*) from notification where recipient = 'marc@buyer.example' and subject like 'Relance :%'"),
                "marc is reminded once, in French");
        assertEquals(1, TestDatabase.count("select count(*) from notification where recipient = 'agnes@buyer.example' and subject like '% escalated to you'"),
                "agnes is told in English");
        String timeline = CLAIRE.get("/api/requisitions/" + requisition + "/timeline").body();
        assertTrue(timeline.contains("STEP_ESCALATED"), timeline);
        assertTrue(timeline.contains("REMINDER_SENT"), timeline);

        Api.Reply approved = AGNES.post("/api/requisitions/" + requisition + "/approve", EMPTY);

        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"), "an escalation approver completes the ALL step alone");
    }

    private static JsonObject awaitEscalation(long requisition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject view;
        do {
            view = CLAIRE.get("/api/requisitions/" + requisition).json();
            JsonObject step = view.getJsonArray("approvalSteps").getJsonObject(0);
            if (step.containsKey("escalatedAt") && !step.isNull("escalatedAt")) {
                return view;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Requisition " + requisition + " not escalated within 30 s: " + view);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Publishes one rule, the cost centre's owner, with management control as fallback and these deadlines. */
    private static void publish(JsonObject deadlines) {
        var rules = Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "cost centre manager")
                        .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "COST_CENTRE_OWNER").add("mode", "ALL"))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", "management-control");
        if (deadlines != null) {
            rules.add("deadlines", deadlines);
        }
        Api.Reply published = ADMIN.put("/api/approval-rules", rules.build());
        assertEquals(200, published.status(), published.toString());
    }

    private static JsonObject delegation(String delegator, String delegate, LocalDate firstDay, LocalDate lastDay) {
        var body = Json.createObjectBuilder().add("delegate", delegate).add("firstDay", firstDay.toString()).add("lastDay", lastDay.toString());
        if (delegator != null) {
            body.add("delegator", delegator);
        }
        return body.build();
    }

    private static void user(String username, String email, String language) {
        Api.Reply reply = ADMIN.put("/api/users/" + username, Json.createObjectBuilder().add("email", email).add("preferredLanguage", language)
                .add("approvalLimit", new BigDecimal("5000")).add("approvalCurrency", "EUR").build());
        assertEquals(200, reply.status(), reply.toString());
    }

    private long submitted(String amount) {
        Api.Reply created = CLAIRE.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Fauteuils d'accueil")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", "Fauteuil d'accueil").add("quantity", 1)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal(amount)).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisition = id(created.json());
        assertEquals(200, CLAIRE.post("/api/requisitions/" + requisition + "/submit", EMPTY).status());
        return requisition;
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
