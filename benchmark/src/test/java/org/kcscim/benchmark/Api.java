package org.kcscim.benchmark;

/** The three APIs the benchmark puts side by side on one server. */
enum Api {

    OURS("ours", "this extension's SCIM"),
    BUILTIN("built-in", "Keycloak's built-in SCIM (feature scim-api)"),
    ADMIN("admin", "Keycloak's admin REST API");

    private final String key;
    private final String label;

    Api(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in result files and charts. */
    String key() {
        return key;
    }

    String label() {
        return label;
    }
}
