package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside WildFly to send match requests straight to the queue: a request that keeps failing
 * is redelivered and parked on the dead-letter queue, and a request delivered twice leaves one result.
 */
@ExtendWith(ArquillianExtension.class)
class MatchMessagingIT {

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
        return Deployments.applicationWithTests(MatchMessagingIT.class, Api.class, Api.Reply.class, Keycloak.class, Fixtures.class,
                TestDatabase.class);
    }

    @Test
    void failingRequestEndsOnDeadLetterQueue() throws Exception {
        String marker = UUID.randomUUID().toString();
        Message request = jms.createMessage();
        request.setLongProperty("invoiceId", -42L);
        request.setStringProperty("testMarker", marker);

        jms.createProducer().send(matchRequests, request);
        Message parked = awaitDeadLetter(marker);

        assertEquals(-42L, parked.getLongProperty("invoiceId"));
        assertEquals("jms.queue.OpenProcureMatchRequests", parked.getStringProperty("_AMQ_ORIG_ADDRESS"));
        assertEquals(0, count("select count(*) from match_result where invoice_id = ?", -42L));
    }

    @Test
    void requestWithoutInvoiceIdIsParked() throws Exception {
        String marker = UUID.randomUUID().toString();
        Message request = jms.createMessage();
        request.setStringProperty("testMarker", marker);

        jms.createProducer().send(matchRequests, request);

        assertTrue(awaitDeadLetter(marker).propertyExists("testMarker"));
    }

    @Test
    void duplicateRequestsLeaveOneResult() throws Exception {
        execute(TestDatabase.TRUNCATE_BUSINESS_TABLES);
        long supplierId = Fixtures.supplier("Vendeur Factur-X", "FR11999999998");
        JsonObject order = Fixtures.orderForFrenchSample(supplierId);
        Fixtures.receive(Fixtures.id(order), "1", "10", "DV843873", "20");
        long invoiceId = Fixtures.postInvoice(Fixtures.FRENCH_EN16931_INVOICE);
        Fixtures.ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1);

        for (int i = 0; i < 2; i++) {
            Message again = jms.createMessage();
            again.setLongProperty("invoiceId", invoiceId);
            jms.createProducer().send(matchRequests, again);
        }
        JsonObject match = Fixtures.ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 3);

        assertEquals("MATCHED", match.getString("outcome"));
        assertEquals(1, count("select count(*) from match_result where invoice_id = ?", invoiceId));
        assertEquals(2, count("select count(*) from match_line_result l join match_result r on r.id = l.match_result_id where r.invoice_id = ?", invoiceId));
        assertEquals(1, count("select count(*) from audit_entry where document_id = ? and action like 'MATCH_%'", invoiceId));
    }

    private Message awaitDeadLetter(String marker) throws JMSException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (QueueBrowser browser = jms.createBrowser(deadLetters, "testMarker = '" + marker + "'")) {
                for (Object message : Collections.list(browser.getEnumeration())) {
                    return (Message) message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No message with marker " + marker + " on the dead-letter queue within 60 s");
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
