package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside WildFly to make real match transactions fail. The test takes a row lock on the
 * invoice's match result from its own database connection, so the match run blocks when it flushes
 * its changes, and then cancels the blocked statement with {@code pg_cancel_backend}, as an
 * operator or a statement timeout would. The run rolls back,
 * the broker redelivers the request, and after the third failed delivery parks it on the
 * dead-letter queue, from where an administrator replays it through the API. Another test locks
 * the invoice row itself and cancels nothing, so the lock timeout alone ends each run.
 */
@ExtendWith(ArquillianExtension.class)
class MatchReliabilityIT {

    private static final Logger LOG = Logger.getLogger(MatchReliabilityIT.class.getName());

    private static final Api ADMIN = Api.as("admin");

    /** The delay before a failed match request comes back, as wildfly-config/messaging.cli sets it. */
    private static final Duration REDELIVERY_DELAY = Duration.ofSeconds(1);

    /** The system property of the match lock timeout, read by the server at each run. */
    private static final String LOCK_TIMEOUT_PROPERTY = "openprocure.match.lock-timeout-millis";

    /** The lock timeout a test sets on the server in place of the 10 s default, to fail faster. */
    private static final Duration TEST_LOCK_TIMEOUT = Duration.ofMillis(500);

    @Inject
    @JMSConnectionFactory("java:/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/openprocure/MatchRequests")
    private Queue matchRequests;

    @Resource(lookup = "java:/jms/queue/openprocure/DeadLetters")
    private Queue deadLetters;

    @Resource(lookup = "java:jboss/datasources/OpenProcureDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(MatchReliabilityIT.class, Api.class, Api.Reply.class, Keycloak.class, Fixtures.class,
                TestDatabase.class);
    }

    /** An order of two lines and the invoice for both, whose first match runs before any receipt. */
    private record Scenario(long orderId, long invoiceId) {
    }

    @Test
    void failedRunRollsBackAndIsRedelivered() throws Exception {
        Scenario scenario = invoiceAwaitingReceipt();
        JsonArray orderLinesBefore = orderLines(scenario.orderId());

        try (Connection holder = lockMatchResult(scenario.invoiceId()); Connection watcher = dataSource.getConnection()) {
            long started = System.nanoTime();
            receiveEverything(scenario.orderId());
            Timestamp firstDelivery = awaitBlockedRun(watcher, holder, null);
            cancelBlockedRun(watcher, holder);
            Timestamp secondDelivery = awaitBlockedRun(watcher, holder, firstDelivery);
            LOG.info(() -> "Cancelled run redelivered and blocked again " + Duration.ofNanos(System.nanoTime() - started).toMillis()
                    + " ms after the receipt was posted");

            assertTrue(secondDelivery.after(firstDelivery), "the redelivery runs in a new transaction");
            assertAtLeast(REDELIVERY_DELAY, firstDelivery, secondDelivery, "the broker waits the redelivery delay before the second delivery");
            assertEquals(1, runCount(scenario.invoiceId()), "the cancelled run left the stored result as it was");
            assertEquals("AWAITING_RECEIPT", invoiceStatus(scenario.invoiceId()));
            assertEquals(2, count("select count(*) from match_line_result l join match_result r on r.id = l.match_result_id where r.invoice_id = ?",
                    scenario.invoiceId()), "the lines the cancelled run deleted are back");
            assertEquals(1, matchAuditEntries(scenario.invoiceId()));
            holder.rollback();
        }
        JsonObject match = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 2);

        assertEquals("MATCHED", match.getString("outcome"));
        assertEquals(2, match.getInt("runCount"));
        assertEquals(1, count("select count(*) from match_result where invoice_id = ?", scenario.invoiceId()));
        assertEquals(2, matchAuditEntries(scenario.invoiceId()), "one entry for AWAITING_RECEIPT, one for MATCHED");
        assertInvoicedQuantities(orderLinesBefore, orderLines(scenario.orderId()));
    }

    @Test
    void exhaustedDeliveriesParkThenReplayOnce() throws Exception {
        Scenario scenario = invoiceAwaitingReceipt();
        JsonArray orderLinesBefore = orderLines(scenario.orderId());

        Instant requested = Instant.now().minusSeconds(1);
        try (Connection holder = lockMatchResult(scenario.invoiceId()); Connection watcher = dataSource.getConnection()) {
            long started = System.nanoTime();
            receiveEverything(scenario.orderId());
            Timestamp firstDelivery = null;
            Timestamp delivery = null;
            for (int attempt = 1; attempt <= 3; attempt++) {
                delivery = awaitBlockedRun(watcher, holder, delivery);
                firstDelivery = firstDelivery == null ? delivery : firstDelivery;
                cancelBlockedRun(watcher, holder);
            }
            JsonObject parked = awaitDeadLetter(scenario.invoiceId(), requested);
            assertAtLeast(REDELIVERY_DELAY.multipliedBy(2), firstDelivery, delivery, "two redelivery delays separate the first and third deliveries");
            LOG.info(() -> "Request parked " + Duration.ofNanos(System.nanoTime() - started).toMillis()
                    + " ms after the receipt was posted: " + parked);

            assertTrue(parked.getBoolean("replayable"));
            assertTrue(parked.getString("originalQueue").endsWith("OpenProcureMatchRequests"), parked.toString());
            assertEquals(1, runCount(scenario.invoiceId()));
            assertEquals("AWAITING_RECEIPT", invoiceStatus(scenario.invoiceId()));
            holder.rollback();
        }
        assertEquals(1, runCount(scenario.invoiceId()), "nothing runs the parked request on its own");
        JsonObject parked = awaitDeadLetter(scenario.invoiceId(), requested);

        Api.Reply replay = ADMIN.post("/api/dead-letters/" + parked.getString("messageId") + "/replay", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject match = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 2);
        Thread.sleep(3000);

        assertEquals(200, replay.status(), replay.toString());
        assertEquals("MATCHED", match.getString("outcome"));
        assertEquals(2, runCount(scenario.invoiceId()), "the replayed request ran exactly once");
        assertEquals(1, count("select count(*) from match_result where invoice_id = ?", scenario.invoiceId()));
        assertEquals(2, matchAuditEntries(scenario.invoiceId()));
        assertEquals(1, count("select count(*) from audit_entry where document_id = ? and action = 'DEAD_LETTER_REPLAYED'", scenario.invoiceId()));
        assertTrue(findDeadLetterById(parked.getString("messageId")).isEmpty(), "the replayed message left the dead-letter queue");
        assertInvoicedQuantities(orderLinesBefore, orderLines(scenario.orderId()));
        assertEquals(404, ADMIN.post("/api/dead-letters/" + parked.getString("messageId") + "/replay", JsonValue.EMPTY_JSON_OBJECT).status());
    }

    @Test
    void lockedInvoiceTimesOutThenParks() throws Exception {
        Scenario scenario = invoiceAwaitingReceipt();
        JsonArray orderLinesBefore = orderLines(scenario.orderId());

        Instant requested = Instant.now().minusSeconds(1);
        String defaultTimeout = System.setProperty(LOCK_TIMEOUT_PROPERTY, String.valueOf(TEST_LOCK_TIMEOUT.toMillis()));
        try (Connection holder = lockInvoice(scenario.invoiceId()); Connection watcher = dataSource.getConnection()) {
            receiveEverything(scenario.orderId());
            Timestamp first = awaitBlockedRun(watcher, holder, null);
            Timestamp second = awaitBlockedRun(watcher, holder, first);
            Timestamp third = awaitBlockedRun(watcher, holder, second);
            JsonObject parked = awaitDeadLetter(scenario.invoiceId(), requested);

            // Nothing cancels these runs: each one gives up after the lock timeout, then waits for its redelivery.
            assertAtLeast(TEST_LOCK_TIMEOUT.plus(REDELIVERY_DELAY), first, second, "the first run gave up and its request came back");
            assertAtLeast(TEST_LOCK_TIMEOUT.plus(REDELIVERY_DELAY), second, third, "the second run gave up and its request came back");
            assertTrue(parked.getBoolean("replayable"));
            assertEquals(1, runCount(scenario.invoiceId()), "the runs that gave up stored nothing");
            assertEquals("AWAITING_RECEIPT", invoiceStatus(scenario.invoiceId()));
            holder.rollback();

            Api.Reply replay = ADMIN.post("/api/dead-letters/" + parked.getString("messageId") + "/replay", JsonValue.EMPTY_JSON_OBJECT);
            JsonObject match = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 2);

            assertEquals(200, replay.status(), replay.toString());
            assertEquals("MATCHED", match.getString("outcome"));
        } finally {
            restoreProperty(LOCK_TIMEOUT_PROPERTY, defaultTimeout);
        }
        assertEquals(2, runCount(scenario.invoiceId()));
        assertEquals(2, matchAuditEntries(scenario.invoiceId()), "one entry for AWAITING_RECEIPT, one for MATCHED");
        assertInvoicedQuantities(orderLinesBefore, orderLines(scenario.orderId()));
    }

    @Test
    void resentAndReplayedRequestsChangeNoFigures() throws Exception {
        Scenario scenario = invoiceAwaitingReceipt();
        receiveEverything(scenario.orderId());
        JsonObject first = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 2);
        JsonArray orderLinesBefore = orderLines(scenario.orderId());

        for (int i = 0; i < 2; i++) {
            jms.createProducer().send(matchRequests, matchRequest(scenario.invoiceId()));
        }
        Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 4);
        String messageId = park(matchRequest(scenario.invoiceId()));
        Api.Reply replay = ADMIN.post("/api/dead-letters/" + messageId + "/replay", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject last = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 5);

        assertEquals(200, replay.status(), replay.toString());
        assertEquals(5, last.getInt("runCount"));
        assertEquals("MATCHED", last.getString("outcome"));
        assertEquals(first.getJsonArray("lines"), last.getJsonArray("lines"), "every figure of every line is unchanged");
        assertEquals(1, count("select count(*) from match_result where invoice_id = ?", scenario.invoiceId()));
        assertEquals(2, count("select count(*) from match_line_result l join match_result r on r.id = l.match_result_id where r.invoice_id = ?",
                scenario.invoiceId()));
        assertEquals(2, matchAuditEntries(scenario.invoiceId()), "runs with the same outcome add no status change");
        assertEquals(orderLinesBefore, orderLines(scenario.orderId()), "no order line counter moved");
    }

    @Test
    void requestWithoutInvoiceIdIsDiscardedNotReplayed() throws Exception {
        String messageId = park(jms.createMessage());

        JsonObject listed = findDeadLetterById(messageId).orElseThrow(() -> new AssertionError(messageId + " is not listed"));
        Api.Reply replay = ADMIN.post("/api/dead-letters/" + messageId + "/replay", JsonValue.EMPTY_JSON_OBJECT);
        boolean stillParked = findDeadLetterById(messageId).isPresent();
        Api.Reply discard = ADMIN.send("DELETE", "/api/dead-letters/" + messageId, "application/json", "");

        assertEquals("missing", listed.getString("invoiceId"));
        assertFalse(listed.getBoolean("replayable"));
        assertEquals(409, replay.status(), replay.toString());
        assertTrue(replay.json().getString("fix").contains("DELETE /api/dead-letters/" + messageId), replay.toString());
        assertTrue(stillParked, "the refused replay left the message on the dead-letter queue");
        assertEquals(200, discard.status(), discard.toString());
        assertTrue(findDeadLetterById(messageId).isEmpty(), "the discarded message left the dead-letter queue");
        assertEquals(404, ADMIN.send("DELETE", "/api/dead-letters/" + messageId, "application/json", "").status());
    }

    @Test
    void replayAllSkipsRequestsWithoutInvoiceId() throws Exception {
        Scenario scenario = invoiceAwaitingReceipt();
        receiveEverything(scenario.orderId());
        Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 2);
        String withInvoice = park(matchRequest(scenario.invoiceId()));
        String withoutInvoice = park(jms.createMessage());

        Api.Reply reply = ADMIN.post("/api/dead-letters/replay", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject match = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(scenario.invoiceId(), 3);

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(messageIds(reply.json().getJsonArray("replayed")).contains(withInvoice), reply.toString());
        assertTrue(messageIds(reply.json().getJsonArray("skipped")).contains(withoutInvoice), reply.toString());
        assertEquals("MATCHED", match.getString("outcome"));
        assertTrue(findDeadLetterById(withoutInvoice).isPresent(), "the request without an invoice id stays parked");
        assertEquals(200, ADMIN.send("DELETE", "/api/dead-letters/" + withoutInvoice, "application/json", "").status());
    }

    @Test
    void deadLettersNeedAdministrator() {
        assertEquals(403, Fixtures.ACCOUNTS_PAYABLE.get("/api/dead-letters").status());
        assertEquals(403, Fixtures.ACCOUNTS_PAYABLE.post("/api/dead-letters/replay", JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(200, ADMIN.get("/api/dead-letters").status());
    }

    @Test
    void refusalLogsOneWarningWithoutStackTrace() throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);

        Api.Reply reply = Fixtures.ACCOUNTS_PAYABLE.get("/api/dead-letters");
        List<String> added = linesAfter(log, before);

        assertEquals(403, reply.status(), reply.toString());
        List<String> warnings = added.stream().filter(line -> line.contains("Access denied: GET DeadLetterResource.list")).toList();
        assertEquals(1, warnings.size(), String.join("\n", added));
        assertTrue(warnings.get(0).contains(" WARN"), warnings.get(0));
        assertTrue(added.stream().noneMatch(line -> line.contains("WFLYEJB0034")), "no ERROR from the EJB container: " + String.join("\n", added));
        assertTrue(added.stream().noneMatch(line -> line.contains("EJBAccessException")), "no stack trace: " + String.join("\n", added));
        assertTrue(added.stream().noneMatch(line -> line.contains("agnes")), "no user name: " + String.join("\n", added));
    }

    @Test
    void malformedMessageIdIsRejected() {
        Api.Reply reply = ADMIN.post("/api/dead-letters/ID:x'%20or%20'1'='1/replay", JsonValue.EMPTY_JSON_OBJECT);

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("fix").contains("GET /api/dead-letters"), reply.toString());
    }

    /** Builds the order, posts the invoice before any receipt and waits for its first match. */
    private Scenario invoiceAwaitingReceipt() throws SQLException {
        execute(TestDatabase.TRUNCATE_BUSINESS_TABLES);
        long supplierId = Fixtures.supplier("Vendeur Factur-X", "FR11999999998");
        JsonObject order = Fixtures.orderForFrenchSample(supplierId);
        long invoiceId = Fixtures.postInvoice(Fixtures.FRENCH_EN16931_INVOICE);
        JsonObject match = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);
        assertEquals("AWAITING_RECEIPT", match.getString("outcome"));
        return new Scenario(Fixtures.id(order), invoiceId);
    }

    private static void receiveEverything(long orderId) {
        Api.Reply reply = Fixtures.receive(orderId, "1", "10", "DV843873", "20");
        assertEquals(201, reply.status(), reply.toString());
    }

    /** Locks the invoice's match result row in a transaction of its own, which the caller ends. */
    private Connection lockMatchResult(long invoiceId) throws SQLException {
        return lockRow("select id from match_result where invoice_id = ? for update", invoiceId, "a match result");
    }

    /** Locks the invoice row in a transaction of its own, as a user's long transaction would, until the caller ends it. */
    private Connection lockInvoice(long invoiceId) throws SQLException {
        return lockRow("select id from supplier_invoice where id = ? for update", invoiceId, "a row");
    }

    private Connection lockRow(String selectForUpdate, long invoiceId, String row) throws SQLException {
        Connection holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement(selectForUpdate)) {
            lock.setLong(1, invoiceId);
            try (ResultSet result = lock.executeQuery()) {
                assertTrue(result.next(), "invoice " + invoiceId + " has " + row + " to lock");
            }
        }
        return holder;
    }

    /**
     * Checks that at least {@code minimum} passed between two transaction starts, both read from
     * PostgreSQL's clock, so the bound holds however slow the machine is.
     */
    private static void assertAtLeast(Duration minimum, Timestamp earlier, Timestamp later, String message) {
        Duration between = Duration.between(earlier.toInstant(), later.toInstant());
        assertTrue(between.compareTo(minimum) >= 0, message + ": " + between.toMillis() + " ms, expected at least " + minimum.toMillis() + " ms");
    }

    private static void restoreProperty(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    /** Returns the lines written to the log after it was {@code size} bytes long. */
    private static List<String> linesAfter(Path log, long size) throws IOException {
        try (var channel = Files.newByteChannel(log)) {
            channel.position(size);
            String added = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            return added.lines().toList();
        }
    }

    /**
     * Waits until a server transaction started after {@code after} waits for a lock that the
     * holder's connection keeps, and returns when that transaction started.
     */
    private static Timestamp awaitBlockedRun(Connection watcher, Connection holder, Timestamp after) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement query = watcher.prepareStatement("""
                    select xact_start, query from pg_stat_activity
                    where ? = any(pg_blocking_pids(pid)) and (cast(? as timestamptz) is null or xact_start > ?)""")) {
                int holderPid = backendPid(holder);
                query.setInt(1, holderPid);
                query.setTimestamp(2, after);
                query.setTimestamp(3, after);
                try (ResultSet result = query.executeQuery()) {
                    if (result.next()) {
                        String statement = result.getString(2);
                        LOG.info(() -> "Match run blocked at: " + statement);
                        return result.getTimestamp(1);
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No match run waited for the test's lock within 30 s");
    }

    private static void cancelBlockedRun(Connection watcher, Connection holder) throws SQLException {
        try (PreparedStatement cancel = watcher.prepareStatement("select pg_cancel_backend(pid) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            cancel.setInt(1, backendPid(holder));
            try (ResultSet result = cancel.executeQuery()) {
                assertTrue(result.next(), "a match run waits for the test's lock");
                assertTrue(result.getBoolean(1), "the blocked match run was cancelled");
            }
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    private Message matchRequest(long invoiceId) throws JMSException {
        Message request = jms.createMessage();
        request.setLongProperty("invoiceId", invoiceId);
        return request;
    }

    /** Sends the message straight to the dead-letter queue and returns its JMS message id. */
    private String park(Message message) throws JMSException {
        jms.createProducer().send(deadLetters, message);
        return message.getJMSMessageID();
    }

    /** Waits for a parked request for the invoice, sent after {@code sentAfter}, because earlier runs may have left others. */
    private static JsonObject awaitDeadLetter(long invoiceId, Instant sentAfter) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonObject> letter = findDeadLetter(invoiceId, sentAfter);
            if (letter.isPresent()) {
                return letter.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No dead letter for invoice " + invoiceId + " within 30 s");
    }

    private static Optional<JsonObject> findDeadLetter(long invoiceId, Instant sentAfter) {
        return deadLetterList().stream()
                .filter(letter -> letter.get("invoiceId").getValueType() == JsonValue.ValueType.NUMBER
                        && letter.getJsonNumber("invoiceId").longValue() == invoiceId
                        && Instant.parse(letter.getString("sentAt")).isAfter(sentAfter))
                .findFirst();
    }

    private static Optional<JsonObject> findDeadLetterById(String messageId) {
        return deadLetterList().stream().filter(letter -> letter.getString("messageId").equals(messageId)).findFirst();
    }

    private static List<JsonObject> deadLetterList() {
        Api.Reply reply = ADMIN.get("/api/dead-letters?size=200");
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static List<String> messageIds(JsonArray letters) {
        return letters.getValuesAs(JsonObject.class).stream().map(letter -> letter.getString("messageId")).toList();
    }

    private static JsonArray orderLines(long orderId) {
        Api.Reply reply = Fixtures.BUYER.get("/api/purchase-orders/" + orderId);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("lines");
    }

    /** Compares the invoiced quantity of each order line, the counter a match run could change. The receipt between the two reads changes the others. */
    private static void assertInvoicedQuantities(JsonArray before, JsonArray after) {
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            JsonObject line = before.getJsonObject(i);
            assertEquals(line.get("invoicedQuantity"), after.getJsonObject(i).get("invoicedQuantity"), "invoiced quantity of line " + line.getString("lineNumber"));
        }
    }

    private int runCount(long invoiceId) throws SQLException {
        return (int) count("select run_count from match_result where invoice_id = ?", invoiceId);
    }

    private long matchAuditEntries(long invoiceId) throws SQLException {
        return count("select count(*) from audit_entry where document_id = ? and action like 'MATCH\\_%'", invoiceId);
    }

    private String invoiceStatus(long invoiceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select status from supplier_invoice where id = ?")) {
            statement.setLong(1, invoiceId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
