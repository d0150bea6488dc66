package org.openprocure.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL database of the integration tests. {@link #main} recreates it empty before the
 * server starts; tests use the other methods to start from no business data and to read counts
 * that the API does not expose.
 */
public final class TestDatabase {

    private static final String URL = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/openprocure_test");
    private static final String USER = System.getProperty("test.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("test.db.password", "postgres");

    /** Deletes every business row, keeping the schema and its migration history. */
    public static final String TRUNCATE_BUSINESS_TABLES = "truncate table " + """
            match_line_result, match_result, invoice_document, supplier_invoice_line, supplier_invoice,
            goods_receipt_line, goods_receipt, shipping_notice_line, shipping_notice, purchase_order_line,
            purchase_order, requisition_line, purchase_requisition, catalog_item, bank_details_change, supplier_match_tolerance,
            supplier, audit_entry, user_account, notification, category_match_tolerance, cost_centre, supplier_unit_conversion,
            approval_task, approval_step, approval_rule_set, approval_delegation, purchase_order_change, supplier_punch_out,
            punch_out_session, catalog_import_error, catalog_version,
            erp_event, webhook_subscription, webhook_delivery, webhook_attempt, gl_account, invoice_payment,
            supplier_order_channel, delivery_attempt, outbound_delivery,
            inbound_document, supplier_cxml_credential,
            discussion_attachment_content, discussion_attachment, discussion_mention, discussion_read_mark, discussion_message, discussion_thread, discussion_participant,
            invoice_validation_failure, invoice_validation_report cascade""";

    /** The SQLState of a transaction PostgreSQL cancelled to break a deadlock. */
    private static final String DEADLOCK = "40P01";

    private TestDatabase() {
    }

    /** Drops and creates the test database named in the URL; run by the build before the server starts. */
    public static void main(String[] arguments) throws SQLException {
        String name = URL.substring(URL.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Test database name '" + name + "' must be lower-case letters, digits and underscores");
        }
        String serverUrl = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(serverUrl, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        System.out.println("Test database " + name + " created empty at " + serverUrl);
    }

    /**
     * Runs {@link #TRUNCATE_BUSINESS_TABLES} over a direct JDBC connection, from tests that run
     * outside the server. Match runs that an earlier test started may still be writing, and
     * PostgreSQL then cancels the truncation as a deadlock, so it is tried again a few times.
     */
    public static void clean() {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(TRUNCATE_BUSINESS_TABLES);
                return;
            } catch (SQLException e) {
                if (!DEADLOCK.equals(e.getSQLState()) || attempt == 5) {
                    throw new IllegalStateException("Statement failed: " + TRUNCATE_BUSINESS_TABLES, e);
                }
            }
            pause(500L * attempt);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to clean the test database", e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** Runs an update or delete and returns the number of rows it changed. */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + sql, e);
        }
    }

    /** Returns every row of a query, each as its column labels and values in order. */
    public static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.put(columns.getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
