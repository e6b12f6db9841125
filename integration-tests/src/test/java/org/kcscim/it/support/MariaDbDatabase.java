package org.kcscim.it.support;

/**
 * A database of its own on the MariaDB server at {@code it.mariadb.url} (default {@code jdbc:mariadb://127.0.0.1:3306/}).
 * Its character set is utf8mb4 with the server's default collation, which compares text case-insensitively, as
 * MariaDB and MySQL do out of the box.
 */
final class MariaDbDatabase extends ServerDatabase {

    MariaDbDatabase(String serverUrl, String user, String password) {
        super(serverUrl, user, password);
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
    String createStatement(String database) {
        return "CREATE DATABASE " + database + " CHARACTER SET utf8mb4";
    }

    @Override
    String dropStatement(String database) {
        return "DROP DATABASE IF EXISTS " + database;
    }

    @Override
    String administrationDatabase() {
        return "";
    }

    @Override
    String vendorOption() {
        return "--db=mariadb";
    }

    /** InnoDB's statistics are sampled, not kept by a vacuum: ANALYZE TABLE brings them up to date after a load. */
    @Override
    public String analyze() {
        executeInDatabase("ANALYZE TABLE USER_ENTITY, USER_ATTRIBUTE, USER_GROUP_MEMBERSHIP, KEYCLOAK_GROUP,"
                + " GROUP_ATTRIBUTE, KCSCIM_USER_OWNER");
        return "ANALYZE TABLE run after seeding";
    }
}
