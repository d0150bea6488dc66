package org.openprocure.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Bounds how long a transaction waits for row locks. Hibernate 6.6 ignores a positive
 * {@code jakarta.persistence.lock.timeout} on PostgreSQL, whose {@code FOR UPDATE} clause offers
 * only {@code NOWAIT}, so without this bound a transaction waits for a locked row until the
 * holder ends or the transaction manager gives up (300 s by default in WildFly).
 */
@ApplicationScoped
public class LockTimeout {

    @Resource(lookup = "java:jboss/datasources/OpenProcureDS")
    private DataSource dataSource;

    private volatile Boolean postgreSql;

    /**
     * Sets PostgreSQL's {@code lock_timeout} until the current transaction ends, as
     * {@code SET LOCAL} does. A statement that waits longer for a lock then fails with SQL state
     * 55P03 and the transaction rolls back. On H2 this does nothing, and H2's own
     * {@code LOCK_TIMEOUT} setting applies.
     */
    public void limitCurrentTransaction(EntityManager entityManager, long millis) {
        if (!isPostgreSql()) {
            return;
        }
        entityManager.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                .setParameter(1, millis + "ms")
                .getSingleResult();
    }

    private boolean isPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read which database java:jboss/datasources/OpenProcureDS connects to", e);
            }
            postgreSql = known;
        }
        return known;
    }
}
