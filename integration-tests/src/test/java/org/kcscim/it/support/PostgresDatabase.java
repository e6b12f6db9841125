package org.kcscim.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database of its own on the PostgreSQL server at {@code it.postgres.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), created before Keycloak starts and dropped after it stopped.
 * The server is expected to trust the configured user; the password may be empty.
 */
final class PostgresDatabase implements TestDatabase {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String databaseName;
    private final AtomicBoolean created = new AtomicBoolean();

    PostgresDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        // Timestamp plus a few random digits: readable in psql, distinct for runs started in the same millisecond
        this.databaseName = "kcscim_it_" + System.currentTimeMillis() + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
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

    String databaseName() {
        return databaseName;
    }

    @Override
    public void create() {
        execute("CREATE DATABASE " + databaseName);
        created.set(true);
    }

    @Override
    public List<String> serverOptions() {
        List<String> options = new ArrayList<>();
        options.add("--db=postgres");
        options.addAll(runtimeOptions());
        return options;
    }

    /** The options of {@code kc.sh start --optimized}, whose build already chose the vendor. */
    List<String> runtimeOptions() {
        return List.of(
                "--db-url=" + jdbcUrl(),
                "--db-username=" + user,
                "--db-password=" + password);
    }

    String jdbcUrl() {
        return serverUrl + databaseName;
    }

    /**
     * The PostgreSQL servers of these machines run without autovacuum: without this the planner sees empty tables,
     * and index-only scans find no visibility map. VACUUM runs outside a transaction, so in auto-commit.
     */
    @Override
    public String analyze() {
        try (Connection connection = DriverManager.getConnection(serverUrl + databaseName, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
            return "VACUUM ANALYZE run after seeding";
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " refused VACUUM ANALYZE on " + databaseName, e);
        }
    }

    @Override
    public void close() {
        if (created.compareAndSet(true, false)) {
            // FORCE (PostgreSQL 13+) in case a killed server left connections behind
            execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " refused: " + sql, e);
        }
    }

    @Override
    public String toString() {
        return "postgres database " + databaseName + " on " + serverUrl;
    }
}
