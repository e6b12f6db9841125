package org.kcscim.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.stream.StreamSupport;

/** A realm's declarative user profile, read and extended through Keycloak's own admin API. */
public final class UserProfiles {

    private final AdminClient admin;

    public UserProfiles(AdminClient admin) {
        this.admin = admin;
    }

    public JsonNode get(String realm) {
        return admin.send("GET", path(realm), admin.adminToken(), null).expectStatus(200).json();
    }

    /** The attribute named {@code name}, or null when the profile has none. */
    public JsonNode attribute(String realm, String name) {
        return StreamSupport.stream(get(realm).path("attributes").spliterator(), false)
                .filter(attribute -> name.equals(attribute.path("name").asText()))
                .findFirst().orElse(null);
    }

    /**
     * Adds a single-valued attribute only administrators may view and edit, as the Attributes tab's button does:
     * Keycloak replaces the profile whole, so the whole profile goes back with the attribute added.
     */
    public void addAdminOnlyAttribute(String realm, String name, String displayName) {
        ObjectNode profile = (ObjectNode) get(realm);
        ObjectNode attribute = ((ArrayNode) profile.path("attributes")).addObject();
        attribute.put("name", name).put("displayName", displayName).put("multivalued", false);
        ObjectNode permissions = attribute.putObject("permissions");
        permissions.putArray("view").add("admin");
        permissions.putArray("edit").add("admin");
        admin.send("PUT", path(realm), admin.adminToken(), profile.toString()).expectStatus(200);
    }

    private static String path(String realm) {
        return "/admin/realms/" + realm + "/users/profile";
    }
}
