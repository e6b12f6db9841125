package org.kcscim.scim.store.query;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hibernate.Session;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The extension's Liquibase changelog, run by Liquibase itself (the version Keycloak ships) on a database that an
 * earlier version of the extension left: owners kept in {@code kcscim.owner} attributes move into the ownership
 * table, and the table follows its users when Keycloak deletes them.
 */
class UserOwnerChangelogTest {

    @Test
    void migratesOwnersOnH2() throws Exception {
        try (QueryDatabase database = QueryDatabase.h2()) {
            migratesOwners(database, false);
        }
    }

    @Test
    void migratesOwnersOnPostgres() throws Exception {
        Assumptions.assumeTrue(QueryDatabase.postgresReachable(), "no PostgreSQL at 127.0.0.1:5432");
        try (QueryDatabase database = QueryDatabase.postgres()) {
            migratesOwners(database, true);
        }
    }

    private void migratesOwners(QueryDatabase database, boolean postgres) {
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            execute(connection, "DROP TABLE KCSCIM_USER_OWNER");
            user(connection, "u1", 1000L, null, "cfgA");
            user(connection, "u2", null, null, "cfgB");
            user(connection, "u3", 3000L, null, null);
            user(connection, "s1", 4000L, "client-1", "cfgA");
            execute(connection, "INSERT INTO USER_ATTRIBUTE (ID, NAME, VALUE, USER_ID) VALUES ('a-t', 'kcscim.title', 'Engineer', 'u1')");
        }));

        database.inTransaction(em -> em.unwrap(Session.class).doWork(UserOwnerChangelogTest::update));

        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            assertEquals(List.of("u1 cfgA 1000", "u2 cfgB 0"), rows(connection,
                    "SELECT USER_ID, CONFIGURATION_ID, CREATED_TIMESTAMP FROM KCSCIM_USER_OWNER ORDER BY USER_ID"),
                    "service accounts are never owned; a missing creation time counts as 0");
            assertEquals(List.of("kcscim.title"), rows(connection, "SELECT NAME FROM USER_ATTRIBUTE ORDER BY NAME"),
                    "the owner attributes are gone, the rest is left");
            if (postgres) {
                assertEquals(List.of("idx_kcscim_user_attr_lower"), rows(connection,
                        "SELECT indexname FROM pg_indexes WHERE indexname = 'idx_kcscim_user_attr_lower'"));
            }

            execute(connection, "DELETE FROM USER_ATTRIBUTE WHERE USER_ID = 'u1'");
            execute(connection, "DELETE FROM USER_ENTITY WHERE ID = 'u1'");
            assertEquals(List.of("u2"), rows(connection, "SELECT USER_ID FROM KCSCIM_USER_OWNER"),
                    "a user deleted by Keycloak takes its ownership row with it");
        }));

        // Keycloak runs the changelog at every start: what ran is not run again
        database.inTransaction(em -> em.unwrap(Session.class).doWork(UserOwnerChangelogTest::update));
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection ->
                assertEquals(List.of("u2"), rows(connection, "SELECT USER_ID FROM KCSCIM_USER_OWNER"))));
    }

    private static void update(Connection connection) throws SQLException {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase("META-INF/kcscim-changelog.xml", new ClassLoaderResourceAccessor(),
                    database);
            liquibase.update("");
        } catch (liquibase.exception.LiquibaseException e) {
            throw new SQLException("Liquibase update failed", e);
        }
    }

    private static void user(Connection connection, String id, Long created, String serviceAccountOf, String owner)
            throws SQLException {
        execute(connection, "INSERT INTO USER_ENTITY (ID, REALM_ID, USERNAME, ENABLED, EMAIL_VERIFIED, NOT_BEFORE, "
                + "CREATED_TIMESTAMP, SERVICE_ACCOUNT_CLIENT_LINK) VALUES ('" + id + "', 'r1', '" + id + "', TRUE, "
                + "FALSE, 0, " + created + ", " + (serviceAccountOf == null ? "NULL" : "'" + serviceAccountOf + "'") + ")");
        if (owner != null) {
            execute(connection, "INSERT INTO USER_ATTRIBUTE (ID, NAME, VALUE, USER_ID) VALUES ('o-" + id
                    + "', 'kcscim.owner', '" + owner + "', '" + id + "')");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
