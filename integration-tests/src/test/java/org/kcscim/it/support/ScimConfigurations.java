package org.kcscim.it.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** Creates and calls SCIM configurations the way an administrator and a directory would. */
public final class ScimConfigurations {

    private final AdminClient admin;

    public ScimConfigurations(AdminClient admin) {
        this.admin = admin;
    }

    /** A configuration as created: its id and the key the creation returned. */
    public record Created(String realm, String id, String apiKey, JsonNode representation) {
    }

    public static String path(String realm) {
        return "/admin/realms/" + realm + "/provisioning/configurations";
    }

    public static String scimPath(String realm, String endpoint) {
        return "/realms/" + realm + "/provisioning/scim/v2/" + endpoint;
    }

    /** Creates a configuration named {@code name} with defaults, as the server's bootstrap administrator. */
    public Created create(String realm, String name) {
        return createFrom(realm, "{\"name\":\"" + name + "\"}");
    }

    public Created createFrom(String realm, String jsonBody) {
        JsonNode created = admin.send("POST", path(realm), admin.adminToken(), jsonBody).expectStatus(201).json();
        return new Created(realm, created.path("id").asText(), created.path("apiKey").asText(), created);
    }

    /** A SCIM GET with {@code Authorization: Bearer key} (no header when {@code key} is null). */
    public HttpResult scimGet(String realm, String endpoint, String key) {
        return admin.send("GET", scimPath(realm, endpoint), key, null, Map.of("Accept", "application/scim+json"));
    }
}
