package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Logger;

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
 * Stops a second WildFly while it runs match requests, first with a hard kill (SIGKILL) and then
 * with a clean stop. After each restart, every invoice must end with one result and the right
 * outcome, no order line counter may have moved twice, and the match and dead-letter queues must
 * be empty. The second server has its own Artemis journal and transaction log, so stopping it
 * leaves the shared test server alone. Both use the test database.
 * <p>
 * Invoices are posted before their orders exist, so importing an order sends one match request
 * per invoice in a single transaction, and each run links its invoice and adds its quantity to the
 * order line. The requests of one order run one at a time, as one JMS message group, which gives
 * the kill time to land while most of them still wait.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchRestartIT {

    private static final Logger LOG = Logger.getLogger(MatchRestartIT.class.getName());

    static final String SERVER = "restart";

    /** The distance between the ports of the second server and those of the test server. */
    private static final int PORT_SHIFT = 500;
    private static final int PORT_OFFSET = Integer.getInteger("test.port.offset", 0) + PORT_SHIFT;
    static final int MANAGEMENT_PORT = Integer.getInteger("test.management.port", 9990) + PORT_SHIFT;
    static final String BASE_URL = "http://127.0.0.1:" + (Integer.getInteger("test.http.port", 8080) + PORT_SHIFT) + "/openprocure";
    private static final Path BASE_DIR = Path.of(System.getProperty("restart.server.base", "target/restart-server")).toAbsolutePath();

    private static final int ORDERS = 2;
    private static final int INVOICES_PER_ORDER = 100;
    private static final int INVOICES = ORDERS * INVOICES_PER_ORDER;
    private static final BigDecimal INVOICED_PER_INVOICE = new BigDecimal("10");
    private static final BigDecimal ORDERED = new BigDecimal("1000");
    private static final BigDecimal RECEIVED = new BigDecimal("600");
    /** Invoices of 10 against a receipt of 600: the first 60 of each order fit, the others exceed it. */
    private static final int MATCHED_PER_ORDER = RECEIVED.divide(INVOICED_PER_INVOICE).intValueExact();

    /** How many runs must have committed before the test stops the server, so it stops during matching. */
    private static final int RUNS_BEFORE_STOP = 10;

    /**
     * How often the second server's transaction manager scans for transactions left in doubt, in
     * seconds, in place of WildFly 39's 120. A kill between the prepare of the message
     * acknowledgement and the database commit leaves its request prepared in Artemis, out of reach
     * of any consumer, until the second scan that finds it rolls it back. That took about 4.5
     * minutes after boot with the default period, and takes about 20 seconds with this one.
     */
    private static final int RECOVERY_PERIOD_SECONDS = 10;

    /** How long the restarted server may take to settle every request, recovery included. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(2);

    private static final Api BUYER = Api.as("bruno").at(BASE_URL);
    private static final Api RECEIVER = Api.as("rachid").at(BASE_URL);
    private static final Api ACCOUNTS_PAYABLE = Api.as("agnes").at(BASE_URL);
    private static final Api ADMIN = Api.as("admin").at(BASE_URL);

    private static final String INVOICE_STATES = """
            select i.id, i.number, i.purchase_order_id is not null as linked, i.status, r.outcome,
                   coalesce(r.run_count, 0) as run_count,
                   (select count(*) from match_result c where c.invoice_id = i.id) as results,
                   (select count(*) from match_line_result l where l.match_result_id = r.id) as line_results,
                   (select min(l.reason) from match_line_result l where l.match_result_id = r.id) as line_reason,
                   row_number() over (partition by i.order_reference order by i.id) as position
            from supplier_invoice i left join match_result r on r.invoice_id = i.id
            order by i.id""";

    @ArquillianResource
    private ContainerController controller;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = SERVER, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** The state of one invoice and its match, as the database has it. */
    private record InvoiceState(long id, String number, boolean linked, String status, String outcome, int runCount,
                                long results, long lineResults, String lineReason, long position) {

        static InvoiceState of(Map<String, Object> row) {
            return new InvoiceState(((Number) row.get("id")).longValue(), (String) row.get("number"), (Boolean) row.get("linked"),
                    (String) row.get("status"), (String) row.get("outcome"), ((Number) row.get("run_count")).intValue(),
                    ((Number) row.get("results")).longValue(), ((Number) row.get("line_results")).longValue(),
                    (String) row.get("line_reason"), ((Number) row.get("position")).longValue());
        }
    }

    @Test
    void matchingSurvivesKillAndCleanStop() throws Exception {
        controller.start(SERVER, serverConfiguration());
        try {
            deployer.deploy(SERVER);
            TestDatabase.clean();
            long supplierId = Fixtures.supplier(BUYER, "SUP-RESTART", "Bureau Fournitures SA", "FR23412345678");
            postInvoicesBeforeOrders();

            List<Long> orderIds = killWhileLinking(supplierId);
            assertLinkedOnce(orderIds);

            stopWhileMatchingReceipts(orderIds);
            assertReceiptsMatched(orderIds);

            deployer.undeploy(SERVER);
        } finally {
            if (controller.isStarted(SERVER)) {
                controller.stop(SERVER);
            }
        }
    }

    /** Posts every invoice, names an order that does not exist yet, and waits for each first match. */
    private void postInvoicesBeforeOrders() throws Exception {
        long started = System.nanoTime();
        for (int order = 1; order <= ORDERS; order++) {
            for (int invoice = 1; invoice <= INVOICES_PER_ORDER; invoice++) {
                UblDocuments.Line line = new UblDocuments.Line("1", INVOICED_PER_INVOICE.toPlainString(), "C62", "4.20", null, "42.00");
                Api.Reply reply = ACCOUNTS_PAYABLE.postXml("/api/invoices", UblDocuments.invoice("FA-R" + order + "-" + invoice, orderNumber(order), line));
                assertEquals(201, reply.status(), reply.toString());
            }
        }
        awaitSettled("first match of every invoice", state -> "DISCREPANCY".equals(state.outcome()));
        LOG.info(() -> INVOICES + " invoices posted and matched once in " + millisSince(started) + " ms");
    }

    /**
     * Imports the orders, kills the server with SIGKILL once a few invoices are linked, and
     * restarts it. Returns the order ids.
     */
    private List<Long> killWhileLinking(long supplierId) throws Exception {
        List<Long> orderIds = new ArrayList<>();
        for (int order = 1; order <= ORDERS; order++) {
            JsonObject imported = Fixtures.importOrder(BUYER, orderNumber(order), supplierId, "EUR",
                    Fixtures.line("1", "ART-R", "Article", ORDERED.toPlainString(), "C62", "4.20"));
            orderIds.add(Fixtures.id(imported));
        }
        String linkedCount = "select count(*) from supplier_invoice where purchase_order_id is not null";
        awaitCount(linkedCount, RUNS_BEFORE_STOP);

        killServer();
        long linkedAtKill = TestDatabase.count(linkedCount);
        LOG.info(() -> "Server killed with " + linkedAtKill + " of " + INVOICES + " invoices linked");
        assertTrue(linkedAtKill < INVOICES, "the kill came before every invoice was linked: " + linkedAtKill + " of " + INVOICES);

        restart();
        return orderIds;
    }

    private void assertLinkedOnce(List<Long> orderIds) throws Exception {
        List<InvoiceState> states = awaitSettled("link of every invoice after the kill",
                state -> state.linked() && "AWAITING_RECEIPT".equals(state.outcome()));
        Map<Long, Map<String, Long>> audit = matchAuditEntries();

        assertEquals(INVOICES, states.size());
        assertEquals(List.of(), problems(states, state -> describe(state, "AWAITING_RECEIPT", null, audit.get(state.id()),
                Map.of("MATCH_DISCREPANCY", 1L, "MATCH_AWAITING_RECEIPT", 1L))));
        for (long orderId : orderIds) {
            JsonObject line = orderLine(orderId);
            assertQuantity(INVOICED_PER_INVOICE.multiply(BigDecimal.valueOf(INVOICES_PER_ORDER)), line, "invoicedQuantity");
            assertQuantity(BigDecimal.ZERO, line, "receivedQuantity");
        }
        assertEquals(0, queueMessages("OpenProcureDeadLetters"), "no request was parked");
    }

    /** Posts a receipt for each order, stops the server cleanly once a few runs have committed, and restarts it. */
    private void stopWhileMatchingReceipts(List<Long> orderIds) throws Exception {
        for (long orderId : orderIds) {
            Api.Reply reply = Fixtures.receive(RECEIVER, orderId, "1", RECEIVED.toPlainString());
            assertEquals(201, reply.status(), reply.toString());
        }
        String matchedCount = "select count(*) from match_result where outcome <> 'AWAITING_RECEIPT'";
        awaitCount(matchedCount, RUNS_BEFORE_STOP);

        long started = System.nanoTime();
        controller.stop(SERVER);
        long matchedAtStop = TestDatabase.count(matchedCount);
        LOG.info(() -> "Server stopped in " + millisSince(started) + " ms with " + matchedAtStop + " of " + INVOICES + " receipt runs done");
        assertTrue(matchedAtStop < INVOICES, "the stop came before every run was done: " + matchedAtStop + " of " + INVOICES);

        restart();
    }

    private void assertReceiptsMatched(List<Long> orderIds) throws Exception {
        List<InvoiceState> states = awaitSettled("match of every invoice after the receipts",
                state -> !"AWAITING_RECEIPT".equals(state.outcome()));
        Map<Long, Map<String, Long>> audit = matchAuditEntries();

        assertEquals(INVOICES, states.size());
        assertEquals(List.of(), problems(states, state -> state.position() <= MATCHED_PER_ORDER
                ? describe(state, "MATCHED", null, audit.get(state.id()),
                        Map.of("MATCH_DISCREPANCY", 1L, "MATCH_AWAITING_RECEIPT", 1L, "MATCH_MATCHED", 1L))
                : describe(state, "DISCREPANCY", "QUANTITY_OVER_RECEIPT", audit.get(state.id()),
                        Map.of("MATCH_DISCREPANCY", 2L, "MATCH_AWAITING_RECEIPT", 1L))));
        for (long orderId : orderIds) {
            JsonObject line = orderLine(orderId);
            assertQuantity(INVOICED_PER_INVOICE.multiply(BigDecimal.valueOf(INVOICES_PER_ORDER)), line, "invoicedQuantity");
            assertQuantity(RECEIVED, line, "receivedQuantity");
            assertQuantity(RECEIVED, line, "acceptedQuantity");
        }
        assertEquals(0, queueMessages("OpenProcureDeadLetters"), "no request was parked");
        Api.Reply deadLetters = ADMIN.get("/api/dead-letters");
        assertEquals(200, deadLetters.status(), deadLetters.toString());
        assertEquals(0, deadLetters.array().size(), deadLetters.toString());
    }

    /**
     * Returns what differs from the expected state of one invoice, or null. The run count is not
     * compared, because a run whose transaction committed just before the stop may run again
     * after the restart. Nothing else may change.
     */
    private static String describe(InvoiceState state, String outcome, String lineReason, Map<String, Long> audit,
                                   Map<String, Long> expectedAudit) {
        List<String> differences = new ArrayList<>();
        if (state.results() != 1) {
            differences.add(state.results() + " results");
        }
        if (!outcome.equals(state.outcome())) {
            differences.add("outcome " + state.outcome());
        }
        if (!outcome.equals(state.status())) {
            differences.add("status " + state.status());
        }
        if (state.lineResults() != 1) {
            differences.add(state.lineResults() + " line results");
        }
        if (lineReason == null ? state.lineReason() != null : !lineReason.equals(state.lineReason())) {
            differences.add("line reason " + state.lineReason());
        }
        if (!state.linked()) {
            differences.add("not linked to its order");
        }
        if (!expectedAudit.equals(audit)) {
            differences.add("audit entries " + audit);
        }
        return differences.isEmpty() ? null
                : "invoice " + state.number() + " (position " + state.position() + ", run " + state.runCount() + "): " + String.join(", ", differences);
    }

    private static List<String> problems(List<InvoiceState> states, Function<InvoiceState, String> check) {
        return states.stream().map(check).filter(problem -> problem != null).toList();
    }

    /** Returns, per invoice, how many audit entries of each match status it has. */
    private static Map<Long, Map<String, Long>> matchAuditEntries() {
        Map<Long, Map<String, Long>> entries = new HashMap<>();
        for (Map<String, Object> row : TestDatabase.rows("""
                select document_id, action, count(*) as entries from audit_entry
                where document_type = 'SUPPLIER_INVOICE' and action like 'MATCH\\_%' group by document_id, action""")) {
            entries.computeIfAbsent(((Number) row.get("document_id")).longValue(), id -> new HashMap<>())
                    .put((String) row.get("action"), ((Number) row.get("entries")).longValue());
        }
        return entries;
    }

    /**
     * Waits until every invoice meets the condition and the match queue is empty, and returns the
     * invoices. The queue is read last, so a request still waiting for its run keeps the wait going.
     */
    private List<InvoiceState> awaitSettled(String awaited, Predicate<InvoiceState> done) throws Exception {
        long started = System.nanoTime();
        long deadline = started + SETTLE_TIMEOUT.toNanos();
        List<InvoiceState> states;
        do {
            states = TestDatabase.rows(INVOICE_STATES).stream().map(InvoiceState::of).toList();
            if (states.size() == INVOICES && states.stream().allMatch(done) && queueMessages("OpenProcureMatchRequests") == 0) {
                LOG.info(() -> "Settled, " + awaited + ", after " + millisSince(started) + " ms");
                return states;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        long waiting = states.stream().filter(done.negate()).count();
        throw new AssertionError("No " + awaited + " within " + SETTLE_TIMEOUT.toMinutes() + " min: " + waiting + " of " + states.size()
                + " invoices not there yet, " + queueMessages("OpenProcureMatchRequests") + " requests on the match queue");
    }

    /** Polls a count often, so the stop that follows lands while the runs go on. */
    private static void awaitCount(String sql, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (TestDatabase.count(sql) >= atLeast) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("Fewer than " + atLeast + " rows within 60 s: " + sql);
    }

    /**
     * Kills the second server's JVM with SIGKILL, as a power cut or the kernel's OOM killer would,
     * so it runs no shutdown hook. Only a process that this test JVM started, with the second
     * server's base directory on its command line, is killed.
     */
    private void killServer() throws Exception {
        String marker = "-Djboss.server.base.dir=" + BASE_DIR;
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .toList();
        assertEquals(1, servers.size(), "one process of this test run has " + marker + " on its command line");

        ProcessHandle server = servers.get(0);
        assertTrue(server.destroyForcibly(), "SIGKILL sent to process " + server.pid());
        server.onExit().get(60, TimeUnit.SECONDS);
        // The container adapter does not know the process died; let it clean up its side.
        controller.kill(SERVER);
    }

    private void restart() throws IOException {
        long started = System.nanoTime();
        controller.start(SERVER, serverConfiguration());
        int inDoubt = preparedTransactions();
        LOG.info(() -> "Server restarted with its deployment in " + millisSince(started) + " ms; Artemis transactions in doubt: " + inDoubt);
    }

    /** Returns the settings of the second server: its base directory, and the test server's ports moved by {@link #PORT_SHIFT}. */
    static Map<String, String> serverConfiguration() {
        String javaVmArguments = String.join(" ",
                "-Xmx1g",
                "-Djava.net.preferIPv4Stack=true",
                "-Djboss.server.base.dir=" + BASE_DIR,
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Djboss.mail.server.port=" + System.getProperty("test.smtp.port", "3025"),
                "-Dopenprocure.url=" + BASE_URL,
                "-Dkeycloak.url=" + Keycloak.URL,
                "-DRecoveryEnvironmentBean.periodicRecoveryPeriod=" + RECOVERY_PERIOD_SECONDS,
                "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=2");
        return Map.of("javaVmArguments", javaVmArguments, "managementPort", String.valueOf(MANAGEMENT_PORT));
    }

    /** Returns how many messages a queue of the second server holds, counting those being delivered or waiting for redelivery. */
    private static long queueMessages(String queue) throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", MANAGEMENT_PORT)) {
            ModelNode address = Operations.createAddress("subsystem", "messaging-activemq", "server", "default", "jms-queue", queue);
            ModelNode result = client.execute(Operations.createReadAttributeOperation(address, "message-count"));
            assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
            return Operations.readResult(result).asLong();
        }
    }

    private static int preparedTransactions() throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", MANAGEMENT_PORT)) {
            ModelNode address = Operations.createAddress("subsystem", "messaging-activemq", "server", "default");
            ModelNode result = client.execute(Operations.createOperation("list-prepared-transactions", address));
            assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
            return Operations.readResult(result).asList().size();
        }
    }

    private static JsonObject orderLine(long orderId) {
        Api.Reply reply = BUYER.get("/api/purchase-orders/" + orderId);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("lines").getJsonObject(0);
    }

    private static void assertQuantity(BigDecimal expected, JsonObject line, String field) {
        BigDecimal actual = line.getJsonNumber(field).bigDecimalValue();
        assertEquals(0, expected.compareTo(actual), field + " of order line: expected " + expected + ", was " + actual);
    }

    private static String orderNumber(int order) {
        return "PO-RESTART-" + order;
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
