package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServer;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.SourceAddressHttpClient;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.support.ScimConfigurations.path;
import static org.kcscim.it.support.ScimConfigurations.scimPath;

/**
 * Failed authentications are throttled per client address. Every other test sends from 127.0.0.1 and
 * shares its budget of failures, so the failures here come from addresses of their own in 127.0.0.0/8 (Linux
 * routes the whole block to the loopback interface); no bad key is sent from 127.0.0.1.
 */
@ExtendWith(KeycloakServerExtension.class)
class AuthenticationThrottleIT {

    /** The server's default; the tests are about it, so a different server setting fails them. */
    private static final int LIMIT = 100;
    private static final long WINDOW_SECONDS = 60;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String BAD_KEY = "kcscim_" + "B".repeat(43);

    private static KeycloakServer server;
    private static AdminClient admin;
    private static ScimConfigurations configurations;
    private static String realm;
    private static String key;

    @BeforeAll
    static void createDirectory(KeycloakServer keycloak, AdminClient client) {
        server = keycloak;
        admin = client;
        configurations = new ScimConfigurations(client);
        realm = admin.createRealm("scim-throttle");
        key = configurations.create(realm, "Directory").apiKey();
    }

    @Test
    void afterTheLimitTheAddressGets429WithoutKeyLookupWhileOtherAddressesKeepWorking() {
        ScimConfigurations.Created neverUsed = configurations.create(realm, "Never used");
        try (SourceAddressHttpClient attacker = client("127.77.0.1");
             SourceAddressHttpClient neighbour = client("127.77.0.2")) {
            for (int i = 0; i < LIMIT; i++) {
                ScimAuthenticationIT.assertUnauthorized(attacker.get(users(), BAD_KEY));
            }

            HttpResult refused = attacker.get(users(), key);
            assertThrottled(refused);
            assertThrottled(attacker.get(users(), BAD_KEY));
            assertThrottled(attacker.get(users(), null));
            assertThrottled(attacker.send("POST", users(), Map.of("Authorization", "Bearer " + key,
                    "Content-Type", "application/scim+json"), "{}"));
            assertThrottled(attacker.get(scimPath(realm, "No/such/path"), key));

            assertEquals(200, neighbour.get(users(), key).status(), "another address is not throttled");
            assertEquals(200, configurations.scimGet(realm, "Users", key).status(), "nor is 127.0.0.1");

            // The valid key of a configuration never used, from the throttled address: it is not even looked up
            assertThrottled(attacker.get(users(), neverUsed.apiKey()));
        }
        JsonNode configuration = admin.send("GET", path(realm) + "/" + neverUsed.id(), admin.adminToken(), null)
                .expectStatus(200).json();
        assertTrue(configuration.path("keyLastUsedAt").isNull(), "the throttled key was not looked up: " + configuration);
    }

    @Test
    void failuresBelowTheLimitAreOrdinary401sAndTheValidKeyStillWorksFromThatAddress() {
        try (SourceAddressHttpClient directory = client("127.77.0.3")) {
            // An oversized header is an ordinary failure: a 401 that counts
            ScimAuthenticationIT.assertUnauthorized(directory.send("GET", users(),
                    Map.of("Authorization", "Bearer " + "x".repeat(4000)), null));
            for (int i = 1; i < LIMIT - 1; i++) {
                ScimAuthenticationIT.assertUnauthorized(directory.get(users(), BAD_KEY));
            }
            assertEquals(200, directory.get(users(), key).status(), "99 failures: not throttled yet");
            ScimAuthenticationIT.assertUnauthorized(directory.get(users(), BAD_KEY));
            assertThrottled(directory.get(users(), key));
        }
    }

    private static void assertThrottled(HttpResult result) {
        assertEquals(429, result.status(), result.toString());
        assertTrue(result.header("Content-Type").orElse("").startsWith("application/scim+json"), result.toString());
        long retryAfter = Long.parseLong(result.header("Retry-After")
                .orElseThrow(() -> new AssertionError("No Retry-After: " + result)));
        assertTrue(retryAfter >= 1 && retryAfter <= WINDOW_SECONDS, result + " Retry-After " + retryAfter);
        JsonNode body = result.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", body.path("schemas").path(0).asText(), result.toString());
        assertEquals("429", body.path("status").asText(), result.toString());
        assertTrue(body.path("scimType").isMissingNode(), result.toString());
        assertTrue(body.path("detail").asText().toLowerCase(Locale.ROOT).contains("retry"), result.toString());
    }

    private static SourceAddressHttpClient client(String source) {
        return new SourceAddressHttpClient(server.baseUrl(), source, TIMEOUT);
    }

    private static String users() {
        return scimPath(realm, "Users?count=1");
    }
}
