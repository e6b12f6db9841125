package org.kcscim.it.support;

/**
 * A database of its own on the PostgreSQL server at {@code it.postgres.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}). The server is expected to trust the configured user; the password
 * may be empty.
 */
final class PostgresDatabase extends ServerDatabase {

    PostgresDatabase(String serverUrl, String user, String password) {
        super(serverUrl, user, password);
    }

    static PostgresDatabase fromSystemProperties() {
        return new PostgresDatabase(
                System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("it.postgres.user", "postgres"),
                System.getProperty("it.postgres.password", ""));
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    String createStatement(String database) {
        return "CREATE DATABASE " + database;
    }

    @Override
    String dropStatement(String database) {
        // FORCE (PostgreSQL 13+) in case a killed server left connections behind
        return "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)";
    }

    @Override
    String administrationDatabase() {
        return "postgres";
    }

    @Override
    String vendorOption() {
        return "--db=postgres";
    }

    /**
     * The PostgreSQL servers of these machines run without autovacuum: without this the planner sees empty tables,
     * and index-only scans find no visibility map. VACUUM runs outside a transaction, so in auto-commit.
     */
    @Override
    public String analyze() {
        executeInDatabase("VACUUM ANALYZE");
        return "VACUUM ANALYZE run after seeding";
    }
}
