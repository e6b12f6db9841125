package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** /Users as a directory uses it: what it writes comes back, and Keycloak's own fields follow. */
@ExtendWith(KeycloakServerExtension.class)
class UsersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static AdminClient admin;
    private static ScimClient scim;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        scim = ScimClient.inNewRealm(client, "users");
    }

    static ObjectNode fullUser(String userName) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {
                  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "%2$s"],
                  "externalId": "ext-%1$s",
                  "userName": "%1$s",
                  "name": {"formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen", "givenName": "Barbara",
                           "middleName": "Jane", "honorificPrefix": "Ms.", "honorificSuffix": "III"},
                  "displayName": "Babs Jensen",
                  "nickName": "Babs",
                  "profileUrl": "https://login.example.com/bjensen",
                  "title": "Tour Guide",
                  "userType": "Employee",
                  "preferredLanguage": "en-US",
                  "locale": "en-US",
                  "timezone": "America/Los_Angeles",
                  "active": true,
                  "emails": [{"value": "%1$s@example.com", "type": "work", "primary": true},
                             {"value": "babs@jensen.org", "type": "home"}],
                  "phoneNumbers": [{"value": "555-555-5555", "type": "work"}, {"value": "555-555-4444", "type": "mobile", "primary": true}],
                  "ims": [{"value": "someaimhandle", "type": "aim"}],
                  "photos": [{"value": "https://photos.example.com/profilephoto/72930000000Ccne/F", "type": "photo"}],
                  "addresses": [{"type": "work", "streetAddress": "100 Universal City Plaza", "locality": "Hollywood",
                                 "region": "CA", "postalCode": "91608", "country": "USA",
                                 "formatted": "100 Universal City Plaza\\nHollywood, CA 91608 USA", "primary": true}],
                  "entitlements": [{"value": "licence-a"}],
                  "roles": [{"value": "tour-guide", "display": "Tour guide", "type": "job", "primary": true}],
                  "x509Certificates": [{"value": "MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx"}],
                  "%2$s": {"employeeNumber": "701984", "costCenter": "4130", "organization": "Universal Studios",
                           "division": "Theme Park", "department": "Tour Operations", "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d"}},
                  "password": "t1meMa$heen-long"
                }""".formatted(userName, ENTERPRISE));
    }

    @Test
    void everythingWrittenComesBackAndThePasswordNever() throws Exception {
        ObjectNode sent = fullUser("bjensen");
        HttpResult created = scim.post("Users", sent).expectStatus(201);
        JsonNode user = created.json();
        String id = user.path("id").asText();
        assertEquals(scim.baseUrl() + "/Users/" + id, created.header("Location").orElseThrow());
        assertEquals(user.at("/meta/version").asText(), created.header("ETag").orElseThrow());
        assertTrue(created.header("Content-Type").orElseThrow().startsWith("application/scim+json"));

        JsonNode read = scim.get("Users/" + id).expectStatus(200).json();
        for (String field : new String[]{"externalId", "userName", "name", "displayName", "nickName", "profileUrl",
                "title", "userType", "preferredLanguage", "locale", "timezone", "active", "emails", "phoneNumbers",
                "ims", "photos", "addresses", "entitlements", "roles", "x509Certificates"}) {
            assertEquals(sent.get(field), read.get(field), field);
        }
        JsonNode enterprise = read.get(ENTERPRISE);
        for (String field : new String[]{"employeeNumber", "costCenter", "organization", "division", "department"}) {
            assertEquals(sent.get(ENTERPRISE).get(field), enterprise.get(field), field);
        }
        assertEquals("26118915-6090-4610-87e4-49d8ca9f808d", enterprise.at("/manager/value").asText());
        assertEquals(scim.baseUrl() + "/Users/26118915-6090-4610-87e4-49d8ca9f808d", enterprise.at("/manager/$ref").asText());
        assertTrue(read.path("schemas").toString().contains(ENTERPRISE));
        assertFalse(read.has("password"));
        assertFalse(created.body().contains("t1meMa$heen"));
        assertEquals("User", read.at("/meta/resourceType").asText());
        assertEquals(scim.baseUrl() + "/Users/" + id, read.at("/meta/location").asText());
        assertFalse(read.at("/meta/created").asText().isEmpty());
        assertFalse(read.at("/meta/lastModified").asText().isEmpty());
        assertTrue(read.at("/meta/version").asText().startsWith("W/\""));

        // The native fields as Keycloak shows them, and the password works
        JsonNode native_ = admin.send("GET", "/admin/realms/" + scim.realm() + "/users/" + id, admin.adminToken(), null)
                .expectStatus(200).json();
        assertEquals("bjensen", native_.path("username").asText());
        assertEquals("Barbara", native_.path("firstName").asText());
        assertEquals("Jensen", native_.path("lastName").asText());
        assertEquals("bjensen@example.com", native_.path("email").asText());
        assertTrue(native_.path("enabled").asBoolean());
        assertFalse(admin.token(scim.realm(), "bjensen", "t1meMa$heen-long").isEmpty(), "the password signs in");
    }

    @Test
    void editsMadeInTheAdminConsoleShowThroughScim() throws Exception {
        String id = scim.create("Users", fullUser("console-edit")).path("id").asText();
        String userPath = "/admin/realms/" + scim.realm() + "/users/" + id;
        ObjectNode native_ = (ObjectNode) admin.send("GET", userPath, admin.adminToken(), null).json();
        native_.put("firstName", "Edited").put("lastName", "ByConsole").put("email", "edited@example.com").put("enabled", false);
        admin.send("PUT", userPath, admin.adminToken(), native_).expectStatus(204);

        JsonNode read = scim.get("Users/" + id).expectStatus(200).json();
        assertEquals("Edited", read.at("/name/givenName").asText());
        assertEquals("ByConsole", read.at("/name/familyName").asText());
        assertFalse(read.path("active").asBoolean());
        assertEquals("edited@example.com", read.at("/emails/0/value").asText());
        assertTrue(read.at("/emails/0/primary").asBoolean());
    }

    @Test
    void putReplacesAndClearsWhatIsLeftOut() throws Exception {
        JsonNode created = scim.create("Users", fullUser("replaced"));
        String id = created.path("id").asText();
        JsonNode replaced = scim.put("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"replaced",
                 "name":{"givenName":"Only"},"active":true}""").expectStatus(200).json();
        assertEquals("Only", replaced.at("/name/givenName").asText());
        assertFalse(replaced.at("/name").has("familyName"));
        assertFalse(replaced.has("title"));
        assertFalse(replaced.has("phoneNumbers"));
        assertFalse(replaced.has(ENTERPRISE));
        assertNotEquals(created.at("/meta/version"), replaced.at("/meta/version"));
        assertEquals(replaced, scim.get("Users/" + id).json());
    }

    @Test
    void theVersionChangesOnEveryChangeAndIfMatchIsHonoured() throws Exception {
        JsonNode created = scim.create("Users", fullUser("versioned"));
        String id = created.path("id").asText();
        String v1 = created.at("/meta/version").asText();
        String stale = "W/\"stale\"";
        String patch = """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"title","value":"Chief"}]}""";

        assertEquals(412, scim.send("PATCH", "Users/" + id, patch, Map.of("If-Match", stale)).status());
        assertEquals(412, scim.send("PUT", "Users/" + id, fullUser("versioned"), Map.of("If-Match", stale)).status());
        assertEquals(412, scim.send("DELETE", "Users/" + id, null, Map.of("If-Match", stale)).status());
        assertEquals("Tour Guide", scim.get("Users/" + id).json().path("title").asText(), "a failed request changes nothing");

        JsonNode patched = scim.send("PATCH", "Users/" + id, patch, Map.of("If-Match", v1)).expectStatus(200).json();
        String v2 = patched.at("/meta/version").asText();
        assertNotEquals(v1, v2);
        assertEquals("Chief", patched.path("title").asText());
        scim.send("DELETE", "Users/" + id, null, Map.of("If-Match", v2)).expectStatus(204);
        scim.get("Users/" + id).expectStatus(404);
    }

    @Test
    void theRealmsPasswordPolicyApplies() throws Exception {
        String realm = admin.createRealm("policy");
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(), "{\"passwordPolicy\":\"length(20)\"}").expectStatus(204);
        ScimClient strict = new ScimClient(admin, realm, new ScimConfigurations(admin).create(realm, "Strict").apiKey());
        HttpResult refused = strict.post("Users", fullUser("short-password")).expectStatus(400);
        assertEquals("invalidValue", refused.json().path("scimType").asText());
        assertEquals(0, strict.get("Users?filter=" + encode("userName eq \"short-password\"")).json().path("totalResults").asInt(),
                "a failed request changes nothing");
        ObjectNode longEnough = fullUser("long-password");
        longEnough.put("password", "a-password-of-twenty-chars");
        strict.post("Users", longEnough).expectStatus(201);
        admin.token(realm, "long-password", "a-password-of-twenty-chars");
    }

    @Test
    void aDuplicateUserNameIs409Uniqueness() throws Exception {
        scim.createUser("taken");
        HttpResult duplicate = scim.post("Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"TAKEN\"}")
                .expectStatus(409);
        assertEquals("uniqueness", duplicate.json().path("scimType").asText());
        assertEquals("409", duplicate.json().path("status").asText());
    }

    @Test
    void badRequestsAreScimErrorsNeverServerErrors() {
        String id = scim.createUser("target-of-bad-requests");
        Map<String, String> bodies = Map.of(
                "{not json", "invalidSyntax",
                "[]", "invalidSyntax",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}", "invalidValue",
                "{\"userName\":\"x\",\"active\":\"maybe\"}", "invalidValue",
                "{\"userName\":\"x\",\"emails\":42}", "invalidValue");
        bodies.forEach((body, scimType) -> {
            HttpResult result = scim.post("Users", body);
            assertEquals(400, result.status(), result.toString());
            assertEquals(scimType, result.json().path("scimType").asText(), result.toString());
        });
        HttpResult mutability = scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"id","value":"other"}]}""").expectStatus(400);
        assertEquals("mutability", mutability.json().path("scimType").asText());
        HttpResult badPath = scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"emails[type eq","value":"x"}]}""").expectStatus(400);
        assertEquals("invalidPath", badPath.json().path("scimType").asText());
        for (String garbage : new String[]{"", "\u0000", "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}", "null", "42"}) {
            for (String method : new String[]{"POST", "PUT", "PATCH"}) {
                String endpoint = method.equals("POST") ? "Users" : "Users/" + id;
                HttpResult result = scim.send(method, endpoint, garbage.isEmpty() ? null : garbage, Map.of());
                assertTrue(result.status() >= 400 && result.status() < 500, result.toString());
                assertFalse(result.body().contains("Exception"), result.toString());
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
