package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stops the second WildFly of {@link MatchRestartIT} after a requisition is submitted and before
 * its reminder is due, starts it again, and checks that the persistent follow-up timer is the one
 * created before the stop and that it still sends the reminder and the escalation. The test server
 * shares the database but has no OpenProcure deployment while this test runs, so no other timer
 * follows the requisition up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalTimerRestartIT {

    private static final Logger LOG = Logger.getLogger(ApprovalTimerRestartIT.class.getName());

    private static final String SERVER = MatchRestartIT.SERVER;

    /** The reminder delay: long enough for the server to stop before it ends, as a clean stop takes a few seconds. */
    private static final String REMIND_AFTER = "PT20S";
    private static final String ESCALATE_AFTER = "PT30S";

    /** How long the restarted server may take to send the reminder and the escalation. */
    private static final Duration FOLLOW_UP_TIMEOUT = Duration.ofSeconds(60);

    private static final Api ADMIN = Api.as("admin").at(MatchRestartIT.BASE_URL);
    private static final Api BUYER = Api.as("bruno").at(MatchRestartIT.BASE_URL);
    private static final Api CLAIRE = Api.as("claire").at(MatchRestartIT.BASE_URL);
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static final int TEST_SERVER_MANAGEMENT_PORT = Integer.getInteger("test.management.port", 9990);

    /** The address of the follow-up timer bean in the second server's management model. */
    private static final ModelNode TIMER_SERVICE = Operations.createAddress("deployment", "openprocure.ear", "subdeployment", "openprocure-ejb.jar",
            "subsystem", "ejb3", "singleton-bean", "ApprovalDeadlineTimer", "service", "timer-service");

    @ArquillianResource
    private ContainerController controller;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = SERVER, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void followUpSurvivesCleanStop() throws Exception {
        controller.start(SERVER, serverConfiguration());
        try {
            deployer.deploy(SERVER);
            assertEquals(List.of(), deployments(TEST_SERVER_MANAGEMENT_PORT), "no deployment, so no other follow-up timer, on the test server");
            TestDatabase.clean();
            masterData();
            publishWithDeadlines();
            List<String> timersBeforeStop = timers();
            assertEquals(1, timersBeforeStop.size(), "one follow-up timer: " + timersBeforeStop);

            long requisition = submitted();
            Instant submittedAt = Instant.now();
            controller.stop(SERVER);
            Instant stoppedAt = Instant.now();
            LOG.info(() -> "Server stopped " + Duration.between(submittedAt, stoppedAt).toMillis() + " ms after the submission");
            assertTrue(Duration.between(submittedAt, stoppedAt).compareTo(Duration.parse(REMIND_AFTER)) < 0,
                    "the server stopped before the reminder was due");
            assertEquals(0, followUps(requisition, "REMINDER_SENT"), "no reminder before the stop");

            controller.start(SERVER, serverConfiguration());
            Instant restartedAt = Instant.now();
            LOG.info(() -> "Server restarted " + Duration.between(stoppedAt, restartedAt).toMillis() + " ms after the stop");
            assertEquals(timersBeforeStop, timers(), "the timer created before the stop runs again");

            awaitFollowUp(requisition, "STEP_ESCALATED");
            assertEquals(1, followUps(requisition, "REMINDER_SENT"), "marc is reminded once");
            assertEquals(1, followUps(requisition, "STEP_ESCALATED"), "the step escalates once");
            Instant remindedAt = occurredAt(requisition, "REMINDER_SENT");
            assertTrue(remindedAt.isAfter(stoppedAt), "reminder sent after the stop, at " + remindedAt + ", stopped at " + stoppedAt);
            assertEquals(1, TestDatabase.count("select count(*) from notification where recipient = 'marc@buyer.example' and subject like 'Relance :%'"),
                    "marc gets the reminder in French");
            assertEquals(1, TestDatabase.count("select count(*) from notification where recipient = 'agnes@buyer.example' and subject like '% escalated to you'"),
                    "agnes gets the escalation in English");

            JsonObject view = CLAIRE.get("/api/requisitions/" + requisition).json();
            assertEquals("SUBMITTED", view.getString("status"));

            deployer.undeploy(SERVER);
        } finally {
            if (controller.isStarted(SERVER)) {
                controller.stop(SERVER);
            }
        }
    }

    /** Returns the second server's settings, with the follow-up timer running every second as on the test server. */
    private static Map<String, String> serverConfiguration() {
        Map<String, String> configuration = new HashMap<>(MatchRestartIT.serverConfiguration());
        configuration.merge("javaVmArguments", "-Dopenprocure.approval.follow-up-interval=PT1S", (vm, interval) -> vm + " " + interval);
        return configuration;
    }

    private static void masterData() {
        user("marc", "marc@buyer.example", "fr");
        user("agnes", "agnes@buyer.example", "en");
        user("paul", "paul@buyer.example", "en");
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc"))
                .build());
        assertEquals(200, imported.status(), imported.toString());
    }

    private static void user(String username, String email, String language) {
        Api.Reply reply = ADMIN.put("/api/users/" + username, Json.createObjectBuilder().add("email", email).add("preferredLanguage", language).build());
        assertEquals(200, reply.status(), reply.toString());
    }

    /** Publishes one rule, the cost centre's owner, with management control as fallback and escalation group. */
    private static void publishWithDeadlines() {
        Api.Reply published = ADMIN.put("/api/approval-rules", Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "cost centre manager")
                        .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "COST_CENTRE_OWNER").add("mode", "ALL"))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", "management-control")
                .add("deadlines", Json.createObjectBuilder().add("remindAfter", REMIND_AFTER).add("escalateAfter", ESCALATE_AFTER))
                .build());
        assertEquals(200, published.status(), published.toString());
    }

    private static long submitted() {
        long supplierId = Fixtures.supplier(BUYER, "SUP-TIMER", "Mobilier de Bureau SARL", "FR22123456780");
        Api.Reply created = CLAIRE.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Fauteuils d'accueil")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", "Fauteuil d'accueil").add("quantity", 1)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal("800.00")).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisition = Fixtures.id(created.json());
        Api.Reply submitted = CLAIRE.post("/api/requisitions/" + requisition + "/submit", EMPTY);
        assertEquals(200, submitted.status(), submitted.toString());
        return requisition;
    }

    private static long followUps(long requisition, String action) {
        return TestDatabase.count("select count(*) from audit_entry where document_type = 'PURCHASE_REQUISITION' and document_id = ? and action = ?",
                requisition, action);
    }

    private static Instant occurredAt(long requisition, String action) {
        List<Map<String, Object>> rows = TestDatabase.rows(
                "select occurred_at from audit_entry where document_type = 'PURCHASE_REQUISITION' and document_id = ? and action = ?",
                requisition, action);
        assertEquals(1, rows.size(), action + " entries: " + rows);
        return ((Timestamp) rows.get(0).get("occurred_at")).toInstant();
    }

    private static void awaitFollowUp(long requisition, String action) throws InterruptedException {
        long deadline = System.nanoTime() + FOLLOW_UP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (followUps(requisition, action) > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No " + action + " for requisition " + requisition + " within " + FOLLOW_UP_TIMEOUT.toSeconds() + " s after the restart");
    }

    private static List<String> deployments(int managementPort) throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", managementPort)) {
            ModelNode operation = Operations.createOperation("read-children-names", new ModelNode().setEmptyList());
            operation.get("child-type").set("deployment");
            ModelNode result = client.execute(operation);
            assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
            return Operations.readResult(result).asList().stream().map(ModelNode::asString).toList();
        }
    }

    /** Returns the ids of the follow-up bean's timers, which the server keeps in its file store across restarts. */
    private static List<String> timers() throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", MatchRestartIT.MANAGEMENT_PORT)) {
            ModelNode operation = Operations.createOperation("read-children-names", TIMER_SERVICE);
            operation.get("child-type").set("timer");
            ModelNode result = client.execute(operation);
            assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
            return Operations.readResult(result).asList().stream().map(ModelNode::asString).toList();
        }
    }
}
