package org.openprocure.shared;

import java.sql.SQLException;

/** Recognises a row that the database rejected for a unique index, so a service can name the conflict. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    /** Tells whether the failure comes from a unique index (SQL state 23505 on PostgreSQL and H2). */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
