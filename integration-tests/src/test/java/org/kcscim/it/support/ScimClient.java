package org.kcscim.it.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A directory's view of one configuration: its realm's SCIM base URL and its API key. */
public final class ScimClient {

    public static final String SCIM_JSON = "application/scim+json";

    private final List<AdminClient> nodes;
    private final AtomicInteger turn = new AtomicInteger();
    private final String realm;
    private final String key;

    public ScimClient(AdminClient http, String realm, String key) {
        this(List.of(http), realm, key);
    }

    private ScimClient(List<AdminClient> nodes, String realm, String key) {
        this.nodes = List.copyOf(nodes);
        this.realm = realm;
        this.key = key;
    }

    /** A directory behind a round-robin load balancer: each request goes to the next of {@code nodes}. */
    public static ScimClient alternating(List<AdminClient> nodes, String realm, String key) {
        return new ScimClient(nodes, realm, key);
    }

    /** A fresh realm with one configuration, as most SCIM tests start. */
    public static ScimClient inNewRealm(AdminClient admin, String prefix, String configurationBody) {
        String realm = admin.createRealm(prefix);
        ScimConfigurations.Created created = new ScimConfigurations(admin).createFrom(realm, configurationBody);
        return new ScimClient(admin, realm, created.apiKey());
    }

    public static ScimClient inNewRealm(AdminClient admin, String prefix) {
        return inNewRealm(admin, prefix, "{\"name\":\"Directory\"}");
    }

    public String realm() {
        return realm;
    }

    public String baseUrl() {
        return nodes.get(0).baseUrl() + "/realms/" + realm + "/provisioning/scim/v2";
    }

    public HttpResult get(String endpoint) {
        return send("GET", endpoint, null, Map.of());
    }

    public HttpResult post(String endpoint, Object body) {
        return send("POST", endpoint, body, Map.of());
    }

    public HttpResult put(String endpoint, Object body) {
        return send("PUT", endpoint, body, Map.of());
    }

    public HttpResult patch(String endpoint, Object body) {
        return send("PATCH", endpoint, body, Map.of());
    }

    public HttpResult delete(String endpoint) {
        return send("DELETE", endpoint, null, Map.of());
    }

    /** Any request, with the content type a directory uses and any extra headers (e.g. If-Match). */
    public HttpResult send(String method, String endpoint, Object body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept", SCIM_JSON);
        if (body != null) {
            all.put("Content-Type", SCIM_JSON);
        }
        all.putAll(headers);
        String path = endpoint.startsWith("http") ? endpoint
                : "/realms/" + realm + "/provisioning/scim/v2/" + (endpoint.startsWith("/") ? endpoint.substring(1) : endpoint);
        AdminClient node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
        return node.send(method, path, key, body, all);
    }

    /** POSTs a resource, expects 201, returns it. */
    public JsonNode create(String endpoint, Object body) {
        return post(endpoint, body).expectStatus(201).json();
    }

    /** Creates a user with this userName and nothing else; returns its id. */
    public String createUser(String userName) {
        return create("Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName + "\"}").path("id").asText();
    }

    /** Creates a group with this displayName and members; returns its id. */
    public String createGroup(String displayName, String... memberIds) {
        StringBuilder members = new StringBuilder();
        for (String id : memberIds) {
            members.append(members.length() == 0 ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
        }
        return create("Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\""
                + displayName + "\",\"members\":[" + members + "]}").path("id").asText();
    }
}
