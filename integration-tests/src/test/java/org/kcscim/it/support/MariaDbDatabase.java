package org.kcscim.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database of its own on the MariaDB server at {@code it.mariadb.url} (default {@code jdbc:mariadb://127.0.0.1:3306/}),
 * created before Keycloak starts and dropped after it stopped. Its character set is utf8mb4 with the server's default
 * collation, which compares text case-insensitively, as MariaDB and MySQL do out of the box.
 */
final class MariaDbDatabase implements TestDatabase {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String databaseName;
    private final AtomicBoolean created = new AtomicBoolean();

    MariaDbDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        this.databaseName = "kcscim_it_" + System.currentTimeMillis() + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    static MariaDbDatabase fromSystemProperties() {
        return new MariaDbDatabase(
                System.getProperty("it.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/"),
                System.getProperty("it.mariadb.user", "root"),
                System.getProperty("it.mariadb.password", ""));
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public void create() {
        execute("CREATE DATABASE " + databaseName + " CHARACTER SET utf8mb4");
        created.set(true);
    }

    @Override
    public List<String> serverOptions() {
        return List.of(
                "--db=mariadb",
                "--db-url=" + serverUrl + databaseName,
                "--db-username=" + user,
                "--db-password=" + password);
    }

    /** InnoDB's statistics are sampled, not kept by a vacuum: ANALYZE TABLE brings them up to date after a load. */
    @Override
    public String analyze() {
        try (Connection connection = DriverManager.getConnection(serverUrl + databaseName, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE USER_ENTITY, USER_ATTRIBUTE, USER_GROUP_MEMBERSHIP, KEYCLOAK_GROUP,"
                    + " GROUP_ATTRIBUTE, KCSCIM_USER_OWNER");
            return "ANALYZE TABLE run after seeding";
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + serverUrl + " refused ANALYZE TABLE on " + databaseName, e);
        }
    }

    @Override
    public void close() {
        if (created.compareAndSet(true, false)) {
            execute("DROP DATABASE IF EXISTS " + databaseName);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + serverUrl + " refused: " + sql, e);
        }
    }

    @Override
    public String toString() {
        return "mariadb database " + databaseName + " on " + serverUrl;
    }
}
