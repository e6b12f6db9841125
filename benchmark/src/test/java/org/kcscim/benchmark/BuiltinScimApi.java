package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;

/**
 * Turns on Keycloak's own SCIM API in a realm and holds a token for it. In Keycloak 26.7 that API needs the preview
 * feature {@code scim-api} at start, the realm setting {@code scimApiEnabled}, and a bearer token issued by the same
 * realm to a confidential client, with the API's absolute URL ({@code .../realms/{realm}/scim/v2}) as an audience,
 * whose subject may view (reads) and manage (writes) users: here the service account of such a client with
 * {@code realm-management} roles and an audience mapper, through the client credentials grant.
 */
final class BuiltinScimApi implements Supplier<String> {

    static final String CLIENT_ID = "benchmark-builtin-scim";
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private final AdminClient admin;
    private final String realm;
    private final String secret = UUID.randomUUID().toString();
    private final String unavailable;
    private String token;
    private Instant expiry = Instant.MIN;

    private BuiltinScimApi(AdminClient admin, String realm, String unavailable) {
        this.admin = admin;
        this.realm = realm;
        this.unavailable = unavailable;
    }

    /**
     * Enables the API in {@code realm}. A server without the feature keeps the benchmark going: every built-in cell
     * then says why ({@link #unavailable()}).
     */
    static BuiltinScimApi enable(AdminClient admin, String realm) {
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(), "{\"scimApiEnabled\":true}").expectStatus(204);
        BuiltinScimApi api = new BuiltinScimApi(admin, realm, null);
        api.createClient();
        HttpResult probe = admin.send("GET", "/realms/" + realm + "/scim/v2/Users?count=1", api.get(), null,
                Map.of("Accept", "application/scim+json"));
        if (probe.status() != 200) {
            return new BuiltinScimApi(admin, realm, "its probe answered " + probe.status() + " " + probe.body()
                    + " (is the server started with --features=scim-api?)");
        }
        return api;
    }

    /** Why the built-in API cannot be measured on this server, or null when it can. */
    String unavailable() {
        return unavailable;
    }

    private void createClient() {
        // Without this audience the API answers 401 "Invalid token audience"
        String audience = admin.baseUrl() + "/realms/" + realm + "/scim/v2";
        String body = "{\"clientId\":\"" + CLIENT_ID + "\",\"secret\":\"" + secret + "\",\"enabled\":true,"
                + "\"publicClient\":false,\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,"
                + "\"directAccessGrantsEnabled\":false,\"protocolMappers\":[{\"name\":\"scim-api-audience\","
                + "\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{"
                + "\"included.custom.audience\":\"" + audience + "\",\"access.token.claim\":\"true\","
                + "\"id.token.claim\":\"false\",\"introspection.token.claim\":\"true\"}}]}";
        admin.send("POST", "/admin/realms/" + realm + "/clients", admin.adminToken(), body).expectStatus(201);
        String clientUuid = admin.clientUuid(realm, CLIENT_ID);
        String serviceAccount = admin.send("GET", "/admin/realms/" + realm + "/clients/" + clientUuid
                + "/service-account-user", admin.adminToken(), null).expectStatus(200).json().path("id").asText();
        admin.grantClientRoles(realm, serviceAccount, "realm-management",
                "view-users", "manage-users", "query-users", "query-groups");
    }

    /** A valid access token of the service account, renewed shortly before it expires. */
    @Override
    public synchronized String get() {
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        if (token == null || Instant.now().isAfter(expiry.minus(TOKEN_MARGIN))) {
            String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + secret;
            JsonNode answer = admin.send("POST", "/realms/" + realm + "/protocol/openid-connect/token", null, form,
                    Map.of("Content-Type", "application/x-www-form-urlencoded")).expectStatus(200).json();
            token = answer.path("access_token").asText();
            expiry = Instant.now().plusSeconds(answer.path("expires_in").asLong(60));
        }
        return token;
    }
}
