package org.openprocure.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} before the
 * application serves anything. The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode, except
 * the files under {@code db/vendor/postgresql}, such as the catalog's full-text search, which run
 * only on PostgreSQL.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final String COMMON = "classpath:db/migration";

    @Resource(lookup = "java:jboss/datasources/OpenProcureDS")
    private DataSource dataSource;

    /** Migrates the schema, or stops the deployment with the reason in the application's own log. */
    @PostConstruct
    void migrate() {
        try {
            MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations())
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                    + " after " + result.migrationsExecuted + " migration(s)");
        } catch (FlywayException e) {
            LOG.log(Level.SEVERE, "Database migration failed, so the application does not start. The database user must be"
                    + " allowed to create tables, for example by owning the database", e);
            throw e;
        }
    }

    /** Returns the common migrations, plus those of db/vendor/postgresql on PostgreSQL. */
    private String[] locations() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgresql")) {
                return new String[]{COMMON, "classpath:db/vendor/postgresql"};
            }
            return new String[]{COMMON};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product name before migrating", e);
        }
    }
}
