package org.kcscim.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keycloak's admin REST API and token endpoint over {@link HttpClient} and Jackson, for setting up what a test
 * needs (its own realms, users and roles) and for calling any endpoint with any token.
 *
 * <p>Paths are relative to the server's base URL and already encoded, e.g. {@code /admin/realms/master/users}.
 */
public final class AdminClient {

    /** Refresh the cached admin token this long before it expires (master's default lifespan is 60 s). */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final String adminUsername;
    private final String adminPassword;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    private String adminToken;
    private Instant adminTokenExpiry = Instant.MIN;

    public AdminClient(URI baseUrl, String adminUsername, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static AdminClient of(KeycloakServer server) {
        return new AdminClient(server.baseUrl(), server.adminUsername(), server.adminPassword());
    }

    public URI baseUrl() {
        return baseUrl;
    }

    // ---- tokens

    /** A token of the server's bootstrap admin in {@code master}; cached and renewed shortly before it expires. */
    public synchronized String adminToken() {
        if (adminToken == null || Instant.now().isAfter(adminTokenExpiry.minus(TOKEN_MARGIN))) {
            JsonNode response = tokenResponse("master", adminUsername, adminPassword);
            adminToken = response.path("access_token").asText();
            adminTokenExpiry = Instant.now().plusSeconds(response.path("expires_in").asLong(60));
        }
        return adminToken;
    }

    /** A fresh access token of {@code username} through the password grant on {@code admin-cli} of {@code realm}. */
    public String token(String realm, String username, String password) {
        return tokenResponse(realm, username, password).path("access_token").asText();
    }

    /** The whole token endpoint answer (access, refresh and id tokens, lifespans) for the password grant. */
    public JsonNode tokenResponse(String realm, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", username);
        form.put("password", password);
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(resolve("/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        return execute(request).expectStatus(200).json();
    }

    // ---- fixtures

    /** Creates an enabled realm named {@code prefix-<8 random hex>} and returns its name. */
    public String createRealm(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode realm = json.createObjectNode().put("realm", name).put("enabled", true);
        send("POST", "/admin/realms", adminToken(), realm).expectStatus(201);
        return name;
    }

    public void deleteRealm(String realm) {
        send("DELETE", "/admin/realms/" + realm, adminToken(), null).expectStatus(204, 404);
    }

    /**
     * Creates an enabled user with a permanent password and returns its id. Email, first and last name are set
     * because Keycloak's default user profile requires them, and a user missing them cannot use the password grant.
     */
    public String createUser(String realm, String username, String password) {
        ObjectNode user = json.createObjectNode()
                .put("username", username)
                .put("enabled", true)
                .put("email", username + "@example.test")
                .put("emailVerified", true)
                .put("firstName", username)
                .put("lastName", "Test");
        user.putArray("credentials").addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        HttpResult created = send("POST", "/admin/realms/" + realm + "/users", adminToken(), user).expectStatus(201);
        return idFromLocation(created);
    }

    /**
     * Grants a user of {@code userRealm} roles that manage {@code managedRealm}, such as {@code manage-users} or
     * {@code view-realm}: roles of client {@code <managedRealm>-realm} when the user lives in {@code master},
     * otherwise of the realm's own {@code realm-management} client (then both realms must be the same).
     */
    public void grantManagementRoles(String userRealm, String userId, String managedRealm, String... roles) {
        String clientId;
        if ("master".equals(userRealm)) {
            clientId = managedRealm + "-realm";
        } else if (userRealm.equals(managedRealm)) {
            clientId = "realm-management";
        } else {
            throw new IllegalArgumentException("A user of " + userRealm + " can only manage " + userRealm);
        }
        grantClientRoles(userRealm, userId, clientId, roles);
    }

    /** Grants roles of the client with {@code clientId} (the public id, not the internal one) in {@code realm}. */
    public void grantClientRoles(String realm, String userId, String clientId, String... roles) {
        String clientUuid = clientUuid(realm, clientId);
        ArrayNode representations = json.createArrayNode();
        for (String role : roles) {
            representations.add(send("GET", "/admin/realms/" + realm + "/clients/" + clientUuid + "/roles/"
                    + URLEncoder.encode(role, StandardCharsets.UTF_8).replace("+", "%20"), adminToken(), null)
                    .expectStatus(200).json());
        }
        send("POST", "/admin/realms/" + realm + "/users/" + userId + "/role-mappings/clients/" + clientUuid,
                adminToken(), representations).expectStatus(204);
    }

    /** The internal id of the client with {@code clientId} in {@code realm}. */
    public String clientUuid(String realm, String clientId) {
        JsonNode clients = send("GET", "/admin/realms/" + realm + "/clients?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8), adminToken(), null).expectStatus(200).json();
        if (clients.size() != 1) {
            throw new AssertionError("Expected one client " + clientId + " in " + realm + " but found " + clients);
        }
        return clients.get(0).path("id").asText();
    }

    // ---- any request

    /**
     * Sends a request with {@code Authorization: Bearer token} (none if {@code token} is null) and a JSON body
     * ({@code null} for none; a String is sent as is, anything else is serialized by Jackson).
     */
    public HttpResult send(String method, String path, String token, Object body) {
        return send(method, path, token, body, Map.of());
    }

    /** As {@link #send(String, String, String, Object)}, with extra headers that override the JSON defaults. */
    public HttpResult send(String method, String path, String token, Object body, Map<String, String> headers) {
        Map<String, String> effective = new LinkedHashMap<>();
        effective.put("Accept", "application/json");
        if (body != null) {
            effective.put("Content-Type", "application/json");
        }
        if (token != null) {
            effective.put("Authorization", "Bearer " + token);
        }
        effective.putAll(headers);

        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(serialize(body), StandardCharsets.UTF_8));
        effective.forEach(request::header);
        return execute(request.build());
    }

    private HttpResult execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(request.method(), request.uri().toString(), response.statusCode(),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        return URI.create(baseUrl + (path.startsWith("/") ? path : "/" + path));
    }

    private String serialize(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize " + body, e);
        }
    }

    private static String idFromLocation(HttpResult created) {
        String location = created.header("Location")
                .orElseThrow(() -> new AssertionError("No Location header in " + created));
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
