package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimConfigurations;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.support.ScimConfigurations.path;
import static org.kcscim.it.support.ScimConfigurations.scimPath;

/** Which keys open the SCIM API, and that every refusal looks the same. */
@ExtendWith(KeycloakServerExtension.class)
class ScimAuthenticationIT {

    private static final String ENDPOINT = "ServiceProviderConfig";

    private static AdminClient admin;
    private static ScimConfigurations configurations;
    private static String realm;

    @BeforeAll
    static void createRealm(AdminClient client) {
        admin = client;
        configurations = new ScimConfigurations(client);
        realm = admin.createRealm("scim-auth");
    }

    @Test
    void theKeyOfTheConfigurationOpensTheApiAndRecordsItsUse() {
        ScimConfigurations.Created created = configurations.create(realm, "Used");
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, created.apiKey()).status());
        JsonNode read = admin.send("GET", path(realm) + "/" + created.id(), admin.adminToken(), null).json();
        assertFalse(read.path("keyLastUsedAt").isNull(), read.toString());
    }

    @Test
    void everyKindOfBadCredentialIsTheSame401() {
        ScimConfigurations.Created created = configurations.create(realm, "Refusals");
        String key = created.apiKey();
        String url = scimPath(realm, ENDPOINT);
        List<HttpResult> refusals = List.of(
                admin.send("GET", url, null, null),
                admin.send("GET", url, null, null, Map.of("Authorization", "Basic " + key)),
                admin.send("GET", url, null, null, Map.of("Authorization", "Bearer")),
                admin.send("GET", url, null, null, Map.of("Authorization", "Bearer    ")),
                admin.send("GET", url, null, null, Map.of("Authorization", key)),
                admin.send("GET", url, "kcscim_" + "A".repeat(43), null),
                admin.send("GET", url, key.substring(0, key.length() - 1), null),
                admin.send("GET", url, "not-even-close", null),
                admin.send("GET", url, admin.adminToken(), null));
        Set<String> details = new HashSet<>();
        for (HttpResult refusal : refusals) {
            assertUnauthorized(refusal);
            details.add(refusal.json().path("detail").asText());
        }
        assertEquals(1, details.size(), "the refusals must not tell what was wrong: " + details);
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, key).status(), "the right key still works");
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        ScimConfigurations.Created created = configurations.create(realm, "Scheme case");
        HttpResult result = admin.send("GET", scimPath(realm, ENDPOINT), null, null,
                Map.of("Authorization", "bearer " + created.apiKey()));
        assertEquals(200, result.status(), result.toString());
    }

    @Test
    void anInactiveConfigurationsKeyIsRefusedUntilItIsActiveAgain() {
        ScimConfigurations.Created created = configurations.create(realm, "Switched");
        admin.send("PUT", path(realm) + "/" + created.id(), admin.adminToken(), "{\"active\":false}").expectStatus(200);
        assertUnauthorized(configurations.scimGet(realm, ENDPOINT, created.apiKey()));
        admin.send("PUT", path(realm) + "/" + created.id(), admin.adminToken(), "{\"active\":true}").expectStatus(200);
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, created.apiKey()).status());
    }

    @Test
    void aKeyOnlyWorksOnItsOwnRealmsUrl() {
        String other = admin.createRealm("scim-auth-other");
        configurations.create(other, "Other realm's");
        ScimConfigurations.Created mine = configurations.create(realm, "Mine");
        assertUnauthorized(configurations.scimGet(other, ENDPOINT, mine.apiKey()));
        assertUnauthorized(configurations.scimGet("master", ENDPOINT, mine.apiKey()));
    }

    @Test
    void rotationWithoutGraceRevokesTheOldKeyAtOnce() {
        ScimConfigurations.Created created = configurations.create(realm, "Rotated now");
        String newKey = rotate(created.id(), null);
        assertUnauthorized(configurations.scimGet(realm, ENDPOINT, created.apiKey()));
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, newKey).status());
    }

    @Test
    void rotationWithGraceKeepsTheOldKeyUntilTheNextRotation() {
        ScimConfigurations.Created created = configurations.create(realm, "Rotated with grace");
        String second = rotate(created.id(), "{\"graceSeconds\":3600}");
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, created.apiKey()).status());
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, second).status());

        // The next rotation without grace rotates the second key out, and the first one is long gone
        String third = rotate(created.id(), "{\"graceSeconds\":0}");
        assertUnauthorized(configurations.scimGet(realm, ENDPOINT, created.apiKey()));
        assertUnauthorized(configurations.scimGet(realm, ENDPOINT, second));
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, third).status());
    }

    @Test
    void deletingTheConfigurationRevokesItsKeyAtOnce() {
        ScimConfigurations.Created created = configurations.create(realm, "Deleted");
        assertEquals(200, configurations.scimGet(realm, ENDPOINT, created.apiKey()).status());
        admin.send("DELETE", path(realm) + "/" + created.id(), admin.adminToken(), null).expectStatus(204);
        assertUnauthorized(configurations.scimGet(realm, ENDPOINT, created.apiKey()));
    }

    @Test
    void everyEndpointRequiresTheKey() {
        for (String endpoint : List.of("ServiceProviderConfig", "ResourceTypes", "ResourceTypes/User", "Schemas",
                "Schemas/urn:ietf:params:scim:schemas:core:2.0:User", "Me", "Users", "Nothing/here")) {
            assertUnauthorized(configurations.scimGet(realm, endpoint, null));
        }
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertUnauthorized(admin.send(method, scimPath(realm, "Users"), null, "{}"));
        }
    }

    private String rotate(String id, String body) {
        return admin.send("POST", path(realm) + "/" + id + "/api-key", admin.adminToken(), body)
                .expectStatus(200).json().path("apiKey").asText();
    }

    static void assertUnauthorized(HttpResult result) {
        assertEquals(401, result.status(), result.toString());
        assertTrue(result.header("Content-Type").orElse("").startsWith("application/scim+json"), result.toString());
        assertTrue(result.header("WWW-Authenticate").orElse("").startsWith("Bearer"), result.toString());
        JsonNode body = result.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", body.path("schemas").path(0).asText());
        assertEquals("401", body.path("status").asText());
        assertTrue(body.path("status").isTextual());
    }
}
