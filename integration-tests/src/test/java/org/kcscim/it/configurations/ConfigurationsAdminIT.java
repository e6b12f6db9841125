package org.kcscim.it.configurations;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimConfigurations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.support.ScimConfigurations.path;

/** The configurations part of the admin REST API, as an administrator uses it. */
@ExtendWith(KeycloakServerExtension.class)
class ConfigurationsAdminIT {

    private static AdminClient admin;
    private static ScimConfigurations configurations;
    private static String realm;

    @BeforeAll
    static void createRealm(AdminClient client) {
        admin = client;
        configurations = new ScimConfigurations(client);
        realm = admin.createRealm("configs");
    }

    @Test
    void createReturnsTheKeyOnceWithDefaultsAndLocation() {
        HttpResult created = admin.send("POST", path(realm), admin.adminToken(), "{\"name\":\"Entra ID\"}")
                .expectStatus(201);
        JsonNode body = created.json();
        String id = body.path("id").asText();
        assertEquals(admin.baseUrl() + path(realm) + "/" + id, created.header("Location").orElseThrow());
        assertTrue(body.path("apiKey").asText().startsWith("kcscim_"), body.toString());
        assertEquals(32, Base64.getUrlDecoder().decode(body.path("apiKey").asText().substring(7)).length);
        assertEquals("Entra ID", body.path("name").asText());
        assertEquals(List.of(realm), texts(body.path("accounts")));
        assertTrue(body.path("active").asBoolean());
        assertFalse(body.path("adoptExistingUsers").asBoolean());
        assertEquals("delete", body.path("userDeleteAction").asText());
        assertFalse(body.path("createdAt").asText().isEmpty());
        assertTrue(body.path("keyLastUsedAt").isNull());
        assertEquals(admin.baseUrl() + "/realms/" + realm + "/provisioning/scim/v2", body.path("scimBaseUrl").asText());
    }

    @Test
    void noReadEverReturnsTheKeyOrItsHash() throws Exception {
        ScimConfigurations.Created created = configurations.create(realm, "Never shown");
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(created.apiKey().getBytes(StandardCharsets.UTF_8)));
        String secretPart = created.apiKey().substring("kcscim_".length());

        List<HttpResult> reads = List.of(
                admin.send("GET", path(realm), admin.adminToken(), null).expectStatus(200),
                admin.send("GET", path(realm) + "/" + created.id(), admin.adminToken(), null).expectStatus(200),
                // Keycloak's generic components API and the partial export see the component too
                admin.send("GET", "/admin/realms/" + realm + "/components?type=org.kcscim.config.ScimConfigurationProvider",
                        admin.adminToken(), null).expectStatus(200),
                admin.send("POST", "/admin/realms/" + realm + "/partial-export", admin.adminToken(), null)
                        .expectStatus(200));
        for (HttpResult read : reads) {
            assertFalse(read.body().contains(secretPart), "key in " + read);
            assertFalse(read.body().contains(hash), "hash in " + read);
            assertFalse(read.body().contains("\"apiKey\""), "apiKey in " + read);
        }
        assertTrue(reads.get(2).body().contains("Never shown"), "the component is listed: " + reads.get(2));
    }

    @Test
    void listGetUpdateAndDelete() {
        ScimConfigurations.Created created = configurations.create(realm, "Okta " + suffix());
        JsonNode listed = admin.send("GET", path(realm), admin.adminToken(), null).expectStatus(200).json();
        assertTrue(StreamSupport.stream(listed.spliterator(), false)
                .anyMatch(config -> config.path("id").asText().equals(created.id())));

        String newName = "Okta renamed " + suffix();
        JsonNode updated = admin.send("PUT", path(realm) + "/" + created.id(), admin.adminToken(),
                "{\"name\":\"" + newName + "\",\"active\":false,\"adoptExistingUsers\":true,\"userDeleteAction\":\"disable\"}")
                .expectStatus(200).json();
        assertEquals(newName, updated.path("name").asText());
        assertFalse(updated.path("active").asBoolean());
        assertTrue(updated.path("adoptExistingUsers").asBoolean());
        assertEquals("disable", updated.path("userDeleteAction").asText());
        assertEquals(List.of(realm), texts(updated.path("accounts")), "absent fields keep their values");

        JsonNode read = admin.send("GET", path(realm) + "/" + created.id(), admin.adminToken(), null)
                .expectStatus(200).json();
        assertEquals(updated, read);

        // What GET returns can be sent back as is
        admin.send("PUT", path(realm) + "/" + created.id(), admin.adminToken(), read).expectStatus(200);

        admin.send("DELETE", path(realm) + "/" + created.id(), admin.adminToken(), null).expectStatus(204);
        admin.send("GET", path(realm) + "/" + created.id(), admin.adminToken(), null).expectStatus(404);
        admin.send("PUT", path(realm) + "/" + created.id(), admin.adminToken(), "{}").expectStatus(404);
        admin.send("DELETE", path(realm) + "/" + created.id(), admin.adminToken(), null).expectStatus(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"\"}|name",
            "{}|name",
            "{\"name\":\"n\",\"accounts\":[\"no-such-realm\"]}|accounts",
            "{\"name\":\"n\",\"accounts\":[\"master\"]}|accounts",
            "{\"name\":\"n\",\"colour\":\"blue\"}|colour",
            "{\"name\":\"n\",\"active\":\"yes\"}|active",
            "{\"name\":\"n\",\"accounts\":\"x\"}|accounts",
            "{\"name\":\"n\",\"userDeleteAction\":\"archive\"}|userDeleteAction",
            "{\"name\":\"n\",\"apiKey\":\"kcscim_mine\"}|apiKey",
    })
    void invalidInputIsA400NamingTheField(String body, String field) {
        HttpResult result = admin.send("POST", path(realm), admin.adminToken(), body).expectStatus(400);
        assertEquals(field, result.json().path("field").asText(), result.toString());
        assertFalse(result.json().path("errorMessage").asText().isEmpty(), result.toString());
    }

    @Test
    void aNameOf101CharactersIsRefusedAnd100Accepted() {
        HttpResult tooLong = admin.send("POST", path(realm), admin.adminToken(), "{\"name\":\"" + "x".repeat(101) + "\"}")
                .expectStatus(400);
        assertEquals("name", tooLong.json().path("field").asText());
        admin.send("POST", path(realm), admin.adminToken(), "{\"name\":\"" + "y".repeat(100) + "\"}").expectStatus(201);
    }

    @Test
    void anUnknownRealmIsNamedInTheMessage() {
        HttpResult result = admin.send("POST", path(realm), admin.adminToken(),
                "{\"name\":\"n\",\"accounts\":[\"brand-zzz\"]}").expectStatus(400);
        assertTrue(result.json().path("errorMessage").asText().contains("brand-zzz"), result.toString());
    }

    @Test
    void malformedJsonIsA400() {
        admin.send("POST", path(realm), admin.adminToken(), "{\"name\":").expectStatus(400);
        admin.send("POST", path(realm), admin.adminToken(), "[1,2]").expectStatus(400);
    }

    @Test
    void invalidUpdateChangesNothing() {
        ScimConfigurations.Created created = configurations.create(realm, "Unchanged " + suffix());
        admin.send("PUT", path(realm) + "/" + created.id(), admin.adminToken(),
                "{\"name\":\"other\",\"accounts\":[\"no-such-realm\"]}").expectStatus(400);
        JsonNode read = admin.send("GET", path(realm) + "/" + created.id(), admin.adminToken(), null).json();
        assertEquals(created.representation().path("name"), read.path("name"));
    }

    @Test
    void aDuplicateNameIsA409IgnoringCase() {
        String name = "Duplicate " + suffix();
        ScimConfigurations.Created first = configurations.create(realm, name);
        HttpResult duplicate = admin.send("POST", path(realm), admin.adminToken(),
                "{\"name\":\"" + name.toUpperCase() + "\"}").expectStatus(409);
        assertEquals("name", duplicate.json().path("field").asText());

        ScimConfigurations.Created second = configurations.create(realm, "Other " + suffix());
        admin.send("PUT", path(realm) + "/" + second.id(), admin.adminToken(), "{\"name\":\"" + name + "\"}")
                .expectStatus(409);
        // Renaming a configuration to its own name is no conflict
        admin.send("PUT", path(realm) + "/" + first.id(), admin.adminToken(), "{\"name\":\"" + name + "\"}")
                .expectStatus(200);
    }

    @Test
    void theSameNameMayBeUsedInAnotherRealm() {
        String other = admin.createRealm("configs-other");
        String name = "Shared " + suffix();
        configurations.create(realm, name);
        configurations.create(other, name);
    }

    @Test
    void aMasterConfigurationMayCoverAnyRealmsAndAnotherRealmOnlyItself() {
        String brandA = admin.createRealm("brand-a");
        String brandB = admin.createRealm("brand-b");
        JsonNode master = configurations.createFrom("master",
                "{\"name\":\"Master " + suffix() + "\",\"accounts\":[\"" + brandA + "\",\"" + brandB + "\",\"master\"]}")
                .representation();
        assertEquals(List.of(brandA, brandB, "master"), texts(master.path("accounts")));

        HttpResult foreign = admin.send("POST", path(brandA), admin.adminToken(),
                "{\"name\":\"n\",\"accounts\":[\"" + brandB + "\"]}").expectStatus(400);
        assertEquals("accounts", foreign.json().path("field").asText());
        assertTrue(foreign.json().path("errorMessage").asText().contains(brandB));
        configurations.createFrom(brandA, "{\"name\":\"Own " + suffix() + "\",\"accounts\":[\"" + brandA + "\"]}");
    }

    @Test
    void readsNeedViewRealmAndWritesManageRealm() {
        String limitedRealm = admin.createRealm("limited");
        ScimConfigurations.Created existing = configurations.create(limitedRealm, "Guarded");

        String viewerId = admin.createUser(limitedRealm, "viewer", "viewer-pass");
        admin.grantManagementRoles(limitedRealm, viewerId, limitedRealm, "view-realm");
        String viewer = admin.token(limitedRealm, "viewer", "viewer-pass");
        admin.send("GET", path(limitedRealm), viewer, null).expectStatus(200);
        admin.send("GET", path(limitedRealm) + "/" + existing.id(), viewer, null).expectStatus(200);
        admin.send("POST", path(limitedRealm), viewer, "{\"name\":\"Not allowed\"}").expectStatus(403);
        admin.send("PUT", path(limitedRealm) + "/" + existing.id(), viewer, "{\"active\":false}").expectStatus(403);
        admin.send("POST", path(limitedRealm) + "/" + existing.id() + "/api-key", viewer, null).expectStatus(403);
        admin.send("DELETE", path(limitedRealm) + "/" + existing.id(), viewer, null).expectStatus(403);

        String managerId = admin.createUser(limitedRealm, "manager", "manager-pass");
        admin.grantManagementRoles(limitedRealm, managerId, limitedRealm, "manage-realm", "view-realm");
        String manager = admin.token(limitedRealm, "manager", "manager-pass");
        admin.send("POST", path(limitedRealm), manager, "{\"name\":\"Allowed\"}").expectStatus(201);

        String nobodyId = admin.createUser(limitedRealm, "nobody", "nobody-pass");
        assertFalse(nobodyId.isEmpty());
        String nobody = admin.token(limitedRealm, "nobody", "nobody-pass");
        admin.send("GET", path(limitedRealm), nobody, null).expectStatus(403);

        // A master administrator of another realm only has no rights here
        String otherAdminId = admin.createUser("master", "admin-of-" + realm, "other-pass");
        admin.grantManagementRoles("master", otherAdminId, realm, "manage-realm", "view-realm");
        String otherAdmin = admin.token("master", "admin-of-" + realm, "other-pass");
        admin.send("GET", path(realm), otherAdmin, null).expectStatus(200);
        admin.send("GET", path(limitedRealm), otherAdmin, null).expectStatus(403);

        admin.send("GET", path(limitedRealm), null, null).expectStatus(401);
        HttpResult stillThere = admin.send("GET", path(limitedRealm) + "/" + existing.id(), admin.adminToken(), null);
        assertTrue(stillThere.expectStatus(200).json().path("active").asBoolean());
    }

    @Test
    void everyWriteIsAnAdminEventWithoutTheKey() {
        String audited = admin.createRealm("audited");
        admin.send("PUT", "/admin/realms/" + audited, admin.adminToken(),
                "{\"adminEventsEnabled\":true,\"adminEventsDetailsEnabled\":true}").expectStatus(204);

        ScimConfigurations.Created created = configurations.create(audited, "Audited");
        admin.send("PUT", path(audited) + "/" + created.id(), admin.adminToken(), "{\"active\":false}").expectStatus(200);
        String rotatedKey = admin.send("POST", path(audited) + "/" + created.id() + "/api-key", admin.adminToken(), null)
                .expectStatus(200).json().path("apiKey").asText();
        admin.send("DELETE", path(audited) + "/" + created.id(), admin.adminToken(), null).expectStatus(204);

        HttpResult events = admin.send("GET", "/admin/realms/" + audited + "/admin-events?max=100", admin.adminToken(), null)
                .expectStatus(200);
        List<String> operations = StreamSupport.stream(events.json().spliterator(), false)
                .filter(event -> event.path("resourcePath").asText().startsWith("provisioning/configurations/" + created.id()))
                .map(event -> event.path("operationType").asText())
                .sorted()
                .toList();
        assertEquals(List.of("ACTION", "CREATE", "DELETE", "UPDATE"), operations, events.toString());
        assertFalse(events.body().contains(created.apiKey().substring(7)), events.toString());
        assertFalse(events.body().contains(rotatedKey.substring(7)), events.toString());
        assertTrue(events.body().contains("Audited"), "the representation is recorded: " + events);
    }

    @Test
    void rotationReturnsANewKeyAndValidatesGrace() {
        ScimConfigurations.Created created = configurations.create(realm, "Rotating " + suffix());
        String rotate = path(realm) + "/" + created.id() + "/api-key";
        JsonNode rotated = admin.send("POST", rotate, admin.adminToken(), null).expectStatus(200).json();
        assertTrue(rotated.path("apiKey").asText().startsWith("kcscim_"));
        assertNotEquals(created.apiKey(), rotated.path("apiKey").asText());
        assertTrue(rotated.path("previousKeyValidUntil").isNull(), "no grace by default");

        JsonNode withGrace = admin.send("POST", rotate, admin.adminToken(), "{\"graceSeconds\":3600}")
                .expectStatus(200).json();
        assertFalse(withGrace.path("previousKeyValidUntil").isNull(), withGrace.toString());

        for (String bad : List.of("{\"graceSeconds\":-1}", "{\"graceSeconds\":\"60\"}", "{\"graceSeconds\":1.5}",
                "{\"graceSeconds\":99999999}", "{\"grace\":60}")) {
            admin.send("POST", rotate, admin.adminToken(), bad).expectStatus(400);
        }
        admin.send("POST", path(realm) + "/no-such-id/api-key", admin.adminToken(), null).expectStatus(404);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String suffix() {
        return Long.toHexString(System.nanoTime());
    }
}
