package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Has PostgreSQL plan a listing's queries for the values they carry. The JDBC driver turns a statement that runs
 * often into a server-side prepared statement, for which PostgreSQL may settle on one generic plan that ignores the
 * values. For a filter whose selectivity depends on its value (a family name that one user has, a substring) the
 * generic plan walks every user in page order and probes each, five to ten times slower at 100,000 users than the
 * plan made for the value. Planning a query costs far less than that. The setting is local to the transaction and
 * restored after the queries; other databases have no such setting and are left alone.
 */
final class CustomPlans {

    private static final String SETTING = "plan_cache_mode";
    /** The first PostgreSQL with {@value #SETTING}. */
    private static final int SINCE_VERSION = 12;

    private CustomPlans() {
    }

    /** Runs {@code queries}, planned for their values when the database is PostgreSQL. */
    static <T> T around(EntityManager em, Supplier<T> queries) {
        String previous = em.callWithConnection((Connection connection) ->
                hasSetting(connection.getMetaData()) ? set(connection, "force_custom_plan") : null);
        if (previous == null) {
            return queries.get();
        }
        T result = queries.get();
        // Only after success: a failed query has aborted the transaction, which takes the local setting with it
        em.callWithConnection((Connection connection) -> set(connection, previous));
        return result;
    }

    private static boolean hasSetting(DatabaseMetaData database) throws SQLException {
        return "PostgreSQL".equals(database.getDatabaseProductName())
                && database.getDatabaseMajorVersion() >= SINCE_VERSION;
    }

    /** Sets the mode for the rest of the transaction; returns the one it replaces. */
    private static String set(Connection connection, String mode) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select current_setting('" + SETTING + "'), set_config('" + SETTING + "', ?, true)")) {
            statement.setString(1, mode);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
