package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.it.Fixtures.BUYER;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openprocure.catalog.CatalogImportRecovery;

/**
 * Runs inside WildFly to check the startup recovery of catalog imports that a server stop
 * interrupted. Stopping the server in the middle of a test is not possible here, so the test
 * writes such an import, IMPORTING with some items, straight into the database and calls the
 * recovery that runs at startup.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogImportRecoveryIT {

    private static final String HEADER = "Référence fournisseur;Désignation;Prix unitaire;Devise;Quantité de base;Unité;Catégorie\n";

    /** An id far above those the sequence hands out during the tests. */
    private static final long INTERRUPTED_ID = 900_000_000L;

    @EJB
    private CatalogImportRecovery recovery;

    @Resource(lookup = "java:jboss/datasources/OpenProcureDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CatalogImportRecoveryIT.class, Api.class, Api.Reply.class, Keycloak.class, Fixtures.class,
                TestDatabase.class);
    }

    @Test
    void interruptedImportIsRefused() throws SQLException {
        execute(TestDatabase.TRUNCATE_BUSINESS_TABLES);
        long supplierId = Fixtures.supplier("Quincaillerie Reprise SA", "FR40123456780");
        JsonObject inForce = importFile(supplierId, HEADER + "KEEP-1;Marteau de menuisier;12,00;EUR;1;C62;27111600\n");
        insertInterruptedImport(supplierId);

        int refused = recovery.refuseInterrupted();

        assertEquals(1, refused);
        JsonObject interrupted = BUYER.get("/api/catalog/imports/" + INTERRUPTED_ID).json();
        assertEquals("REFUSED", interrupted.getString("status"));
        assertEquals(1, interrupted.getInt("errorCount"));
        assertEquals(0, count("select count(*) from catalog_item where catalog_version_id = ?", INTERRUPTED_ID));
        String errors = "/api/catalog/imports/" + INTERRUPTED_ID + "/errors";
        JsonArray english = BUYER.inLanguage("en").get(errors).array();
        JsonArray french = BUYER.inLanguage("fr-FR").get(errors).array();
        assertEquals(0, english.getJsonObject(0).getInt("row"));
        assertEquals("The import was interrupted by a server stop before it ended; the items it had written were deleted.",
                english.getJsonObject(0).getString("message"));
        assertEquals("L'import a été interrompu par un arrêt du serveur avant sa fin\u00a0; ses articles déjà écrits ont été supprimés.",
                french.getJsonObject(0).getString("message"));
        assertEquals("ACTIVE", BUYER.get("/api/catalog/imports/" + inForce.getInt("id")).json().getString("status"));
        assertEquals(List.of("KEEP-1"), search("marteau"));
        assertEquals(0, recovery.refuseInterrupted());
    }

    /** Writes version 2 of the supplier as an import that stopped after its first chunk of two items. */
    private void insertInterruptedImport(long supplierId) throws SQLException {
        execute("""
                insert into catalog_version (id, version, supplier_id, number, status, import_mode, format, charset, file_name, file_size,
                                             percent_done, rows_read, rows_accepted, rows_refused, error_count, imported_by, started_at)
                values (?, 0, ?, 2, 'IMPORTING', 'REFUSE_WHOLE_FILE', 'CSV', 'UTF-8', 'catalogue.csv', 5000, 40, 2, 2, 0, 0, 'bruno', now())""",
                INTERRUPTED_ID, supplierId);
        for (int i = 1; i <= 2; i++) {
            execute("""
                    insert into catalog_item (id, version, supplier_id, supplier_part_number, description, unit_price, currency,
                                              price_basis_quantity, unit_code, category, catalog_version_id)
                    values (?, 0, ?, ?, 'Marteau à panne fendue', 15.00, 'EUR', 1, 'C62', '27111600', ?)""",
                    INTERRUPTED_ID + i, supplierId, "HALF-" + i, INTERRUPTED_ID);
        }
    }

    private static JsonObject importFile(long supplierId, String csv) {
        Api.Reply reply = BUYER.postBytes("/api/catalog/imports?supplierId=" + supplierId + "&fileName=catalogue.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(202, reply.status(), reply.toString());
        long id = reply.json().getJsonNumber("id").longValue();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject version = BUYER.get("/api/catalog/imports/" + id).json();
            if (!"IMPORTING".equals(version.getString("status"))) {
                return version;
            }
            pause();
        }
        throw new AssertionError("Import " + id + " still running after two minutes");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> search(String text) {
        Api.Reply reply = BUYER.get("/api/catalog/items?q=" + text);
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().stream().map(item -> item.asJsonObject().getString("supplierPartNumber")).toList();
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
