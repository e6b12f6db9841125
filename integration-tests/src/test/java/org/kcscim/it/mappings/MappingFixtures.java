package org.kcscim.it.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.ScimClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Paths, bodies and Keycloak fixtures shared by the mapping tests; everything over HTTP. */
final class MappingFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private MappingFixtures() {
    }

    // ---- paths of the extension's admin REST API

    static String base(String realm) {
        return "/admin/realms/" + realm + "/provisioning";
    }

    static String mappings(String realm) {
        return base(realm) + "/mappings";
    }

    static String mapping(String realm, String id) {
        return mappings(realm) + "/" + id;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- mapping bodies and calls

    /** A mapping body with every input field; lists are JSON arrays of strings. */
    static ObjectNode body(String name, String configurationId, List<String> groups, List<String> roles,
                           List<String> accounts, List<String> means) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("configurationId", configurationId);
        strings(body.putArray("groups"), groups);
        strings(body.putArray("roles"), roles);
        strings(body.putArray("accounts"), accounts);
        strings(body.putArray("means"), means);
        return body;
    }

    static ArrayNode array(String... values) {
        ArrayNode array = JSON.createArrayNode();
        strings(array, List.of(values));
        return array;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** POSTs a mapping as the bootstrap admin, expects 201, returns the created mapping. */
    static JsonNode createMapping(AdminClient admin, String realm, Object body) {
        return admin.send("POST", mappings(realm), admin.adminToken(), body).expectStatus(201).json();
    }

    static void deleteMapping(AdminClient admin, String realm, String id) {
        admin.send("DELETE", mapping(realm, id), admin.adminToken(), null).expectStatus(204);
    }

    static JsonNode getMapping(AdminClient admin, String realm, String id) {
        return admin.send("GET", mapping(realm, id), admin.adminToken(), null).expectStatus(200).json();
    }

    static JsonNode listMappings(AdminClient admin, String realm, String configurationId) {
        String query = configurationId == null ? "" : "?configuration=" + encode(configurationId);
        return admin.send("GET", mappings(realm) + query, admin.adminToken(), null).expectStatus(200).json();
    }

    static Set<String> ids(JsonNode array) {
        Set<String> ids = new TreeSet<>();
        array.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(item -> item.path("name").asText()).toList();
    }

    // ---- validation errors

    /**
     * Asserts a 400 in Keycloak's error shape with an error on {@code field} (or an element of it, such as
     * {@code roles[1]}) whose message contains every one of {@code fragments}.
     */
    static void assertFieldError(HttpResult result, String field, String... fragments) {
        result.expectStatus(400);
        List<JsonNode> errors = new ArrayList<>();
        JsonNode body = result.json();
        if (body.has("field")) {
            errors.add(body);
        }
        body.path("errors").forEach(errors::add);
        boolean onField = false;
        for (JsonNode error : errors) {
            String named = error.path("field").asText();
            if (!named.equals(field) && !named.startsWith(field + "[") && !named.startsWith(field + ".")) {
                continue;
            }
            onField = true;
            String message = error.path("errorMessage").asText();
            if (!message.isBlank() && Arrays.stream(fragments).allMatch(message::contains)) {
                return;
            }
        }
        assertTrue(onField, "No error on field " + field + " in " + result);
        fail("No message for " + field + " names all of " + Arrays.toString(fragments) + " in " + result);
    }

    // ---- SCIM fixtures

    /**
     * Creates through SCIM a user who can use the password grant: password, given and family name, and a primary
     * email, as Keycloak's default user profile requires. Returns its id.
     */
    static String createScimUser(ScimClient scim, String userName, String password) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
        user.put("userName", userName);
        user.putObject("name").put("givenName", "Given " + userName).put("familyName", "Family");
        user.putArray("emails").addObject().put("value", userName + "@example.test").put("type", "work")
                .put("primary", true);
        user.put("active", true);
        user.put("password", password);
        return scim.create("Users", user).path("id").asText();
    }

    // ---- Keycloak fixtures

    static void createRealmRole(AdminClient admin, String realm, String name) {
        admin.send("POST", "/admin/realms/" + realm + "/roles", admin.adminToken(),
                JSON.createObjectNode().put("name", name).put("description", "Role " + name)).expectStatus(201);
    }

    /** Creates a confidential client with {@code clientId}; returns its internal id. */
    static String createClient(AdminClient admin, String realm, String clientId) {
        HttpResult created = admin.send("POST", "/admin/realms/" + realm + "/clients", admin.adminToken(),
                JSON.createObjectNode().put("clientId", clientId).put("enabled", true)).expectStatus(201);
        String location = created.header("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static void createClientRole(AdminClient admin, String realm, String clientUuid, String name) {
        admin.send("POST", "/admin/realms/" + realm + "/clients/" + clientUuid + "/roles", admin.adminToken(),
                JSON.createObjectNode().put("name", name).put("description", "Client role " + name)).expectStatus(201);
    }

    /** An OIDC identity provider with this alias in {@code realm}, pointing nowhere. */
    static void createIdentityProvider(AdminClient admin, String realm, String alias) {
        ObjectNode provider = JSON.createObjectNode().put("alias", alias).put("providerId", "oidc").put("enabled", true);
        provider.putObject("config")
                .put("clientId", "x").put("clientSecret", "y")
                .put("authorizationUrl", "http://localhost/auth").put("tokenUrl", "http://localhost/token");
        admin.send("POST", "/admin/realms/" + realm + "/identity-provider/instances", admin.adminToken(), provider)
                .expectStatus(201);
    }

    /** Grants a realm role to a group by hand, as an administrator does in the console. */
    static void grantRealmRoleToGroup(AdminClient admin, String realm, String groupId, String role) {
        JsonNode representation = admin.send("GET", "/admin/realms/" + realm + "/roles/" + encode(role),
                admin.adminToken(), null).expectStatus(200).json();
        admin.send("POST", "/admin/realms/" + realm + "/groups/" + groupId + "/role-mappings/realm", admin.adminToken(),
                JSON.createArrayNode().add(representation)).expectStatus(204);
    }

    /** Grants a client role (client by its public clientId) to a group by hand. */
    static void grantClientRoleToGroup(AdminClient admin, String realm, String groupId, String clientId, String role) {
        String clientUuid = admin.clientUuid(realm, clientId);
        JsonNode representation = admin.send("GET", "/admin/realms/" + realm + "/clients/" + clientUuid + "/roles/"
                + encode(role), admin.adminToken(), null).expectStatus(200).json();
        admin.send("POST", "/admin/realms/" + realm + "/groups/" + groupId + "/role-mappings/clients/" + clientUuid,
                admin.adminToken(), JSON.createArrayNode().add(representation)).expectStatus(204);
    }

    /** The group's role mappings as Keycloak shows them: realm roles. */
    static Set<String> groupRealmRoles(AdminClient admin, String realm, String groupId) {
        return roleNames(roleMappings(admin, realm, groupId).path("realmMappings"));
    }

    /** The group's role mappings as Keycloak shows them: roles of the client with this public clientId. */
    static Set<String> groupClientRoles(AdminClient admin, String realm, String groupId, String clientId) {
        return roleNames(roleMappings(admin, realm, groupId).path("clientMappings").path(clientId).path("mappings"));
    }

    /** The group's whole role mappings, {@code {realmMappings, clientMappings}}. */
    static JsonNode roleMappings(AdminClient admin, String realm, String groupId) {
        return admin.send("GET", "/admin/realms/" + realm + "/groups/" + groupId + "/role-mappings",
                admin.adminToken(), null).expectStatus(200).json();
    }

    /** Whether the Keycloak group still exists. */
    static boolean groupExists(AdminClient admin, String realm, String groupId) {
        return admin.send("GET", "/admin/realms/" + realm + "/groups/" + groupId, admin.adminToken(), null)
                .expectStatus(200, 404).status() == 200;
    }

    static void enableAdminEvents(AdminClient admin, String realm) {
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(),
                "{\"adminEventsEnabled\":true,\"adminEventsDetailsEnabled\":true}").expectStatus(204);
    }

    static String configurationsBody(String name, String... accounts) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        if (accounts.length > 0) {
            strings(body.putArray("accounts"), List.of(accounts));
        }
        return body.toString();
    }

    private static Set<String> roleNames(JsonNode roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.path("name").asText()));
        return names;
    }

    static String suffix() {
        return Long.toHexString(System.nanoTime());
    }
}
