package org.kcscim.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database of its own on a database server that runs beside the tests: created before Keycloak starts, dropped
 * after it stopped. The subclasses say how their server creates and drops one and how Keycloak reaches it.
 */
abstract class ServerDatabase implements TestDatabase {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String databaseName;
    private final AtomicBoolean created = new AtomicBoolean();

    ServerDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        // Timestamp plus a few random digits: readable in a SQL client, distinct for runs started in the same millisecond
        this.databaseName = "kcscim_it_" + System.currentTimeMillis() + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    /** The statement that creates {@code database} on this server. */
    abstract String createStatement(String database);

    /** The statement that drops {@code database}, even if a killed server left connections to it. */
    abstract String dropStatement(String database);

    /** The database to connect to while creating or dropping this run's: PostgreSQL needs one, MariaDB none. */
    abstract String administrationDatabase();

    /** {@code --db=<vendor>}. */
    abstract String vendorOption();

    String databaseName() {
        return databaseName;
    }

    String jdbcUrl() {
        return serverUrl + databaseName;
    }

    @Override
    public void create() {
        execute(serverUrl + administrationDatabase(), createStatement(databaseName));
        created.set(true);
    }

    @Override
    public List<String> serverOptions() {
        return List.of(vendorOption(), "--db-url=" + jdbcUrl(), "--db-username=" + user, "--db-password=" + password);
    }

    /** The options of {@code kc.sh start --optimized}, whose build already chose the vendor. */
    List<String> runtimeOptions() {
        return serverOptions().subList(1, 4);
    }

    @Override
    public void close() {
        if (created.compareAndSet(true, false)) {
            execute(serverUrl + administrationDatabase(), dropStatement(databaseName));
        }
    }

    /** Runs {@code sql} in this run's database, outside a transaction. */
    void executeInDatabase(String sql) {
        execute(jdbcUrl(), sql);
    }

    private void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(name() + " at " + serverUrl + " refused: " + sql, e);
        }
    }

    @Override
    public String toString() {
        return name() + " database " + databaseName + " on " + serverUrl;
    }
}
