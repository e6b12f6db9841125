package org.kcscim.it.support;

import java.util.List;
import java.util.Locale;

/**
 * The database one test run's Keycloak works on, chosen by the system property {@code it.db} that each failsafe
 * execution sets ({@code h2}, {@code postgres} or {@code mariadb}).
 */
public interface TestDatabase extends AutoCloseable {

    /** Short name, used in log file names and messages: {@code h2}, {@code postgres} or {@code mariadb}. */
    String name();

    /** Makes the database ready for a fresh server; called once, before Keycloak starts. */
    void create();

    /** The {@code kc.sh start-dev} options that point Keycloak at this database. */
    List<String> serverOptions();

    /**
     * Vacuums and brings the planner's statistics up to date after a bulk load, as a production server's background
     * maintenance would; what was done, for a report. The embedded H2 has nothing to do.
     */
    default String analyze() {
        return "no statistics to update";
    }

    /** Releases what {@link #create()} made; called after Keycloak stopped. Idempotent. */
    @Override
    void close();

    static TestDatabase fromSystemProperties() {
        String db = System.getProperty("it.db", "h2").trim().toLowerCase(Locale.ROOT);
        return switch (db) {
            case "h2" -> new H2Database();
            case "postgres" -> PostgresDatabase.fromSystemProperties();
            case "mariadb" -> MariaDbDatabase.fromSystemProperties();
            default -> throw new IllegalArgumentException("Unknown it.db '" + db + "'; use h2, postgres or mariadb");
        };
    }
}
