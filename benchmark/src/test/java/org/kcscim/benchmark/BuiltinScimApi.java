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
 * realm whose subject may view (reads) and manage (writes) users: here the service account of a confidential client
 * of that realm with {@code realm-management} roles, through the client credentials grant.
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
            return new BuiltinScimApi(admin, realm, "built-in SCIM API answered " + probe.status()
                    + " (is --features=scim-api on?)");
        }
        return api;
    }

    /** Why the built-in API cannot be measured on this server, or null when it can. */
    String unavailable() {
        return unavailable;
    }

    private void createClient() {
        String body = "{\"clientId\":\"" + CLIENT_ID + "\",\"secret\":\"" + secret + "\",\"enabled\":true,"
                + "\"publicClient\":false,\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,"
                + "\"directAccessGrantsEnabled\":false}";
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
