package org.kcscim.scim.store.query;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hibernate.Session;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kcscim.config.KeyUsage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The extension's Liquibase changelog, run by Liquibase itself (the version Keycloak ships) on a database that an
 * earlier version of the extension left: owners kept in {@code kcscim.owner} attributes move into the ownership
 * table, and key uses kept in the configurations' components into the key-use table; both tables follow the rows
 * they describe when Keycloak deletes those.
 */
class ExtensionChangelogTest {

    private static final String CONFIGURATION_TYPE = "org.kcscim.config.ScimConfigurationProvider";
    private static final String CONFIGURATION_PROVIDER = "kcscim-configuration";
    private static final long USED_AT = 1_764_900_000_000L;

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

    @Test
    void migratesKeyUsesOnH2() throws Exception {
        try (QueryDatabase database = QueryDatabase.h2()) {
            migratesKeyUses(database, false);
        }
    }

    @Test
    void migratesKeyUsesOnPostgres() throws Exception {
        Assumptions.assumeTrue(QueryDatabase.postgresReachable(), "no PostgreSQL at 127.0.0.1:5432");
        try (QueryDatabase database = QueryDatabase.postgres()) {
            migratesKeyUses(database, true);
        }
    }

    @Test
    void stampsKeyUsesOnH2() throws Exception {
        try (QueryDatabase database = QueryDatabase.h2()) {
            stampsKeyUses(database, false);
        }
    }

    @Test
    void stampsKeyUsesOnPostgres() throws Exception {
        Assumptions.assumeTrue(QueryDatabase.postgresReachable(), "no PostgreSQL at 127.0.0.1:5432");
        try (QueryDatabase database = QueryDatabase.postgres()) {
            stampsKeyUses(database, true);
        }
    }

    private void migratesOwners(QueryDatabase database, boolean postgres) {
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            keycloakTablesOnly(connection, postgres);
            user(connection, "u1", 1000L, null, "cfgA");
            user(connection, "u2", null, null, "cfgB");
            user(connection, "u3", 3000L, null, null);
            user(connection, "s1", 4000L, "client-1", "cfgA");
            execute(connection, "INSERT INTO USER_ATTRIBUTE (ID, NAME, VALUE, USER_ID) VALUES ('a-t', 'kcscim.title', 'Engineer', 'u1')");
        }));

        database.inTransaction(em -> em.unwrap(Session.class).doWork(ExtensionChangelogTest::update));

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
        database.inTransaction(em -> em.unwrap(Session.class).doWork(ExtensionChangelogTest::update));
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection ->
                assertEquals(List.of("u2"), rows(connection, "SELECT USER_ID FROM KCSCIM_USER_OWNER"))));
    }

    private void migratesKeyUses(QueryDatabase database, boolean postgres) {
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            keycloakTablesOnly(connection, postgres);
            configuration(connection, "used", "1764900000000");
            configuration(connection, "never", "0");
            configuration(connection, "garbled", "12ab");
            configuration(connection, "negative", "-5");
            configuration(connection, "empty", "");
            configuration(connection, "overflowing", "99999999999999999999999");
            configuration(connection, "unstamped", null);
            component(connection, "ldap", "org.keycloak.storage.UserStorageProvider", "ldap");
            config(connection, "ldap", "keyLastUsedAt", "1764900000000");
        }));

        database.inTransaction(em -> em.unwrap(Session.class).doWork(ExtensionChangelogTest::update));

        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            assertEquals(List.of("empty 0", "garbled 0", "negative 0", "never 0", "overflowing 0", "unstamped 0",
                            "used " + USED_AT), rows(connection,
                    "SELECT CONFIGURATION_ID, LAST_USED_AT FROM KCSCIM_KEY_USE ORDER BY CONFIGURATION_ID"),
                    "only numbers above 0 are stamps, nothing that could break the cast stops the migration, and"
                            + " every configuration has its row");
            assertEquals(List.of("ldap keyLastUsedAt", "used keyHash"), rows(connection,
                    "SELECT COMPONENT_ID, NAME FROM COMPONENT_CONFIG WHERE NAME <> 'keyHash' OR COMPONENT_ID = 'used'"
                            + " ORDER BY COMPONENT_ID, NAME"),
                    "the configurations no longer carry keyLastUsedAt, whatever its value; other components keep theirs");
        }));
    }

    /** {@link KeyUsage} on the table as the changelog creates it, with its foreign key to the components. */
    private void stampsKeyUses(QueryDatabase database, boolean postgres) {
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            keycloakTablesOnly(connection, postgres);
            configuration(connection, "a", null);
            configuration(connection, "b", null);
            configuration(connection, "c", null);
        }));
        database.inTransaction(em -> em.unwrap(Session.class).doWork(ExtensionChangelogTest::update));

        assertEquals(Map.of("a", 0L, "b", 0L, "c", 0L), database.read(em -> new KeyUsage(em).lastUses(List.of("a", "b", "c"))),
                "every configuration has its row, never used");
        database.inTransaction(em -> new KeyUsage(em).stamp("a", USED_AT));
        assertEquals(USED_AT, (long) database.read(em -> new KeyUsage(em).lastUse("a")), "the first use updates the row");

        long minuteLater = USED_AT + KeyUsage.RESOLUTION.toMillis();
        database.inTransaction(em -> new KeyUsage(em).stamp("a", minuteLater));
        assertEquals(USED_AT, (long) database.read(em -> new KeyUsage(em).lastUse("a")),
                "a stamp up to a minute old, as another node has just written it, is left as it is");

        database.inTransaction(em -> new KeyUsage(em).stamp("a", minuteLater + 1));
        database.inTransaction(em -> new KeyUsage(em).stamp("b", USED_AT));
        assertEquals(Map.of("a", minuteLater + 1, "b", USED_AT, "c", 0L),
                database.read(em -> new KeyUsage(em).lastUses(List.of("a", "b", "c"))));
        assertEquals(0L, (long) database.read(em -> new KeyUsage(em).lastUse("c")), "never used");

        // A configuration created after the migration gets its row when it is created; one that an older version
        // created during a rolling upgrade has none, and its first use inserts it
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            configuration(connection, "created", null);
            configuration(connection, "upgrading", null);
        }));
        database.inTransaction(em -> new KeyUsage(em).register("created"));
        assertEquals(0L, (long) database.read(em -> new KeyUsage(em).lastUse("created")));
        database.inTransaction(em -> new KeyUsage(em).stamp("created", USED_AT));
        database.inTransaction(em -> new KeyUsage(em).stamp("upgrading", USED_AT));
        assertEquals(Map.of("created", USED_AT, "upgrading", USED_AT),
                database.read(em -> new KeyUsage(em).lastUses(List.of("created", "upgrading"))));
        assertEquals(Map.of(), database.read(em -> new KeyUsage(em).lastUses(List.of())));

        // As Keycloak deletes a component, alone or with its realm: its config rows, then its own row
        database.inTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            execute(connection, "DELETE FROM COMPONENT_CONFIG WHERE COMPONENT_ID = 'a'");
            execute(connection, "DELETE FROM COMPONENT WHERE ID = 'a'");
            assertEquals(List.of("b", "c", "created", "upgrading"), rows(connection,
                            "SELECT CONFIGURATION_ID FROM KCSCIM_KEY_USE ORDER BY CONFIGURATION_ID"),
                    "a configuration deleted by Keycloak takes its stamp with it");
        }));
    }

    /**
     * Drops the tables Hibernate generated from the extension's entities, which the changelog creates, and adds
     * the Keycloak tables it reads that are not mapped here: COMPONENT and COMPONENT_CONFIG as Keycloak's own
     * changelog leaves them (jpa-changelog-2.1.0, with VALUE an NCLOB since 23.0.0: CLOB on H2, TEXT on
     * PostgreSQL).
     */
    private static void keycloakTablesOnly(Connection connection, boolean postgres) throws SQLException {
        execute(connection, "DROP TABLE KCSCIM_USER_OWNER");
        execute(connection, "DROP TABLE KCSCIM_KEY_USE");
        execute(connection, "CREATE TABLE COMPONENT (ID VARCHAR(36) NOT NULL, NAME VARCHAR(255), PARENT_ID VARCHAR(36), "
                + "PROVIDER_ID VARCHAR(36), PROVIDER_TYPE VARCHAR(255), REALM_ID VARCHAR(36), SUB_TYPE VARCHAR(255), "
                + "CONSTRAINT CONSTR_COMPONENT_PK PRIMARY KEY (ID))");
        execute(connection, "CREATE TABLE COMPONENT_CONFIG (ID VARCHAR(36) NOT NULL, COMPONENT_ID VARCHAR(36) NOT NULL, "
                + "NAME VARCHAR(255) NOT NULL, VALUE " + (postgres ? "TEXT" : "CLOB") + ", "
                + "CONSTRAINT CONSTR_COMPONENT_CONFIG_PK PRIMARY KEY (ID), "
                + "CONSTRAINT FK_COMPONENT_CONFIG FOREIGN KEY (COMPONENT_ID) REFERENCES COMPONENT (ID))");
    }

    /** A configuration component as earlier versions stored it, with its keyLastUsedAt entry unless null. */
    private static void configuration(Connection connection, String id, String keyLastUsedAt) throws SQLException {
        component(connection, id, CONFIGURATION_TYPE, CONFIGURATION_PROVIDER);
        config(connection, id, "keyHash", "hash-of-" + id);
        if (keyLastUsedAt != null) {
            config(connection, id, "keyLastUsedAt", keyLastUsedAt);
        }
    }

    private static void component(Connection connection, String id, String providerType, String providerId)
            throws SQLException {
        execute(connection, "INSERT INTO COMPONENT (ID, NAME, PARENT_ID, PROVIDER_ID, PROVIDER_TYPE, REALM_ID) VALUES ('"
                + id + "', '" + id + "', 'r1', '" + providerId + "', '" + providerType + "', 'r1')");
    }

    private static void config(Connection connection, String componentId, String name, String value)
            throws SQLException {
        execute(connection, "INSERT INTO COMPONENT_CONFIG (ID, COMPONENT_ID, NAME, VALUE) VALUES ('" + componentId
                + "-" + name + "', '" + componentId + "', '" + name + "', '" + value + "')");
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
