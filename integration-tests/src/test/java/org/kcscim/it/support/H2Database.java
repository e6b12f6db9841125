package org.kcscim.it.support;

import java.util.List;

/**
 * Keycloak's development database: H2 files under the server's {@code data/} directory, which
 * {@link KeycloakServer} empties before every start, so each run begins with a new database.
 */
final class H2Database implements TestDatabase {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public void create() {
        // Nothing to do: Keycloak creates the files in the emptied data directory.
    }

    @Override
    public List<String> serverOptions() {
        // Explicit because the unpacked server is shared with the PostgreSQL run, which re-augments it.
        return List.of("--db=dev-file");
    }

    @Override
    public void close() {
        // The files stay for post-mortem reading until the next start wipes them.
    }

    @Override
    public String toString() {
        return "dev-file H2";
    }
}
