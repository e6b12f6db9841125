package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.support.ScimConfigurations.scimPath;

/** The discovery endpoints, read with a key, and checked against what the server really serves. */
@ExtendWith(KeycloakServerExtension.class)
class ScimDiscoveryIT {

    private static AdminClient admin;
    private static ScimConfigurations configurations;
    private static String realm;
    private static String key;

    @BeforeAll
    static void createConfiguration(AdminClient client) {
        admin = client;
        configurations = new ScimConfigurations(client);
        realm = admin.createRealm("discovery");
        key = configurations.create(realm, "Discovery").apiKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/scim+json", "application/json", "*/*"})
    void serviceProviderConfigAnswersAsScimJsonWhateverTheClientAccepts(String accept) {
        HttpResult result = admin.send("GET", scimPath(realm, "ServiceProviderConfig"), key, null, Map.of("Accept", accept))
                .expectStatus(200);
        assertTrue(result.header("Content-Type").orElseThrow().startsWith("application/scim+json"), result.toString());
        JsonNode config = result.json();
        assertEquals("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig", config.path("schemas").path(0).asText());
        assertEquals(admin.baseUrl() + scimPath(realm, "ServiceProviderConfig"), config.at("/meta/location").asText());
        assertEquals("oauthbearertoken", config.at("/authenticationSchemes/0/type").asText());
        for (String feature : new String[]{"patch", "bulk", "filter", "changePassword", "sort", "etag"}) {
            assertTrue(config.path(feature).path("supported").isBoolean(), feature + " in " + config);
        }
    }

    @Test
    void everyResourceTypeListedIsServedAndEveryOneServedIsListed() {
        JsonNode list = configurations.scimGet(realm, "ResourceTypes", key).expectStatus(200).json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:ListResponse", list.path("schemas").path(0).asText());
        assertEquals(list.path("Resources").size(), list.path("totalResults").asInt());
        for (JsonNode type : list.path("Resources")) {
            String endpoint = type.path("endpoint").asText().replaceFirst("^/", "");
            assertNotEquals(404, configurations.scimGet(realm, endpoint, key).status(), type.toString());
            JsonNode byId = configurations.scimGet(realm, "ResourceTypes/" + type.path("id").asText(), key)
                    .expectStatus(200).json();
            assertEquals(type, byId);
            assertTrue(byId.at("/meta/location").asText().startsWith(admin.baseUrl() + "/realms/" + realm));
        }
        boolean usersListed = list.path("Resources").findValuesAsText("endpoint").contains("/Users");
        HttpResult users = configurations.scimGet(realm, "Users", key);
        assertEquals(usersListed, users.status() != 404, "Users listed: " + usersListed + ", served: " + users);
    }

    @Test
    void everySchemaListedCanBeReadById() {
        JsonNode list = configurations.scimGet(realm, "Schemas", key).expectStatus(200).json();
        assertEquals(list.path("Resources").size(), list.path("totalResults").asInt());
        for (JsonNode schema : list.path("Resources")) {
            JsonNode byId = configurations.scimGet(realm, "Schemas/" + schema.path("id").asText(), key)
                    .expectStatus(200).json();
            assertEquals(schema, byId);
        }
    }

    @Test
    void theUserSchemaDescribesHowTheServerBehaves() {
        ScimClient scim = new ScimClient(admin, realm, key);
        JsonNode schema = configurations.scimGet(realm, "Schemas/urn:ietf:params:scim:schemas:core:2.0:User", key)
                .expectStatus(200).json();
        String id = scim.create("Users", "{\"userName\":\"described\",\"password\":\"a-long-enough-password\","
                + "\"emails\":[{\"value\":\"d@example.com\",\"type\":\"work\"}]}").path("id").asText();
        JsonNode user = scim.get("Users/" + id).json();
        int checked = 0;
        for (JsonNode attribute : schema.path("attributes")) {
            String name = attribute.path("name").asText();
            if (attribute.path("returned").asText().equals("never")) {
                assertFalse(user.has(name), name + " is never returned");
                checked++;
            }
            if (attribute.path("mutability").asText().equals("readOnly")) {
                HttpResult refused = scim.patch("Users/" + id, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"add\",\"path\":\"" + name + "\",\"value\":[{\"value\":\"x\"}]}]}");
                assertEquals(400, refused.status(), name + ": " + refused);
                assertEquals("mutability", refused.json().path("scimType").asText(), name + ": " + refused);
                checked++;
            }
            if (attribute.path("uniqueness").asText().equals("server") && name.equals("userName")) {
                assertEquals(409, scim.post("Users", "{\"userName\":\"DESCRIBED\"}").status(), "userName is unique");
                checked++;
            }
            if (name.equals("emails")) {
                assertTrue(attribute.path("multiValued").asBoolean());
                assertTrue(user.path("emails").isArray());
                checked++;
            }
        }
        assertEquals(4, checked, "password, groups, userName and emails were found in the schema");
    }

    @Test
    void unknownIdsAreScimNotFound() {
        assertScimError(configurations.scimGet(realm, "ResourceTypes/Printer", key), 404);
        assertScimError(configurations.scimGet(realm, "Schemas/urn:example:nothing", key), 404);
        assertScimError(configurations.scimGet(realm, "NoSuchEndpoint", key), 404);
    }

    @Test
    void meIsNotImplemented() {
        assertScimError(configurations.scimGet(realm, "Me", key), 501);
        assertScimError(admin.send("POST", scimPath(realm, "Me"), key, "{}"), 501);
    }

    private static void assertScimError(HttpResult result, int status) {
        assertEquals(status, result.status(), result.toString());
        assertTrue(result.header("Content-Type").orElse("").startsWith("application/scim+json"), result.toString());
        assertEquals(Integer.toString(status), result.json().path("status").asText());
    }
}
