package org.kcscim.it.clients;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Replays the traffic of Okta's SCIM 2.0 provisioning, request by request, in the shapes it sends (lookup with
 * {@code startIndex=1&count=100}, PUT of the full user, path-less replace to (de)activate, group push by PATCH
 * and by PUT), and checks what Okta reads back from each answer.
 */
@ExtendWith(KeycloakServerExtension.class)
class OktaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private static AdminClient admin;
    private static ScimClient okta;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        okta = ScimClient.inNewRealm(client, "okta", "{\"name\":\"Okta\"}");
    }

    // ---- users

    @Test
    void aUserIsLookedUpThenCreatedWithAPasswordThatSignsIn() throws Exception {
        String userName = "bob@example.com";
        String lookup = "Users?filter=" + encode("userName eq \"" + userName + "\"") + "&startIndex=1&count=100";
        HttpResult none = okta.get(lookup).expectStatus(200);
        assertScimJson(none);
        JsonNode empty = none.json();
        assertTrue(empty.path("schemas").toString().contains(LIST_RESPONSE), empty.toString());
        assertEquals(0, empty.path("totalResults").asInt(-1), empty.toString());
        assertEquals(0, empty.path("Resources").size(), empty.toString());

        ObjectNode sent = oktaUser(userName, "Bob", "Builder", "B0b-the-Builder!");
        HttpResult created = okta.post("Users", sent).expectStatus(201);
        assertScimJson(created);
        JsonNode user = created.json();
        String id = user.path("id").asText();
        assertFalse(id.isEmpty(), created.toString());
        assertEquals(userName, user.path("userName").asText());
        assertEquals(sent.path("externalId").asText(), user.path("externalId").asText());
        assertTrue(user.path("active").asBoolean());
        assertFalse(user.has("password"), created.toString());
        assertFalse(created.body().contains("B0b-the-Builder!"), created.toString());

        JsonNode read = okta.get("Users/" + id).expectStatus(200).json();
        for (String field : new String[]{"userName", "name", "emails", "displayName", "locale", "externalId", "active"}) {
            assertEquals(sent.get(field), read.get(field), field + " in " + read);
        }
        assertFalse(read.has("password"));

        assertFalse(admin.token(okta.realm(), userName, "B0b-the-Builder!").isEmpty(), "the password signs in");

        JsonNode one = okta.get(lookup).expectStatus(200).json();
        assertEquals(1, one.path("totalResults").asInt(), one.toString());
        assertEquals(1, one.path("startIndex").asInt(), one.toString());
        assertEquals(1, one.path("itemsPerPage").asInt(), one.toString());
        assertEquals(1, one.path("Resources").size(), one.toString());
        assertEquals(id, one.at("/Resources/0/id").asText());
        assertEquals(userName, one.at("/Resources/0/userName").asText());
        assertEquals(sent.path("externalId").asText(), one.at("/Resources/0/externalId").asText());
    }

    @Test
    void putWithTheFullUserUpdatesIt() throws Exception {
        String userName = "carla@example.com";
        ObjectNode sent = oktaUser(userName, "Carla", "Old", "C4rla-Passw0rd!");
        String id = okta.create("Users", sent).path("id").asText();

        // Okta sends back the whole user it holds, with its id and without the password
        ObjectNode changed = oktaUser(userName, "Carla", "Newname", null);
        changed.put("id", id);
        changed.put("externalId", sent.path("externalId").asText());
        changed.put("displayName", "Carla Newname");
        ((ObjectNode) changed.get("emails").get(0)).put("value", "carla.newname@example.com");

        HttpResult put = okta.put("Users/" + id, changed).expectStatus(200);
        assertScimJson(put);
        JsonNode answered = put.json();
        assertEquals(id, answered.path("id").asText());
        assertEquals("Newname", answered.at("/name/familyName").asText(), answered.toString());
        assertEquals("Carla", answered.at("/name/givenName").asText());
        assertEquals("Carla Newname", answered.path("displayName").asText());
        assertEquals(1, answered.path("emails").size(), answered.toString());
        assertEquals("carla.newname@example.com", answered.at("/emails/0/value").asText());
        assertTrue(answered.at("/emails/0/primary").asBoolean());
        assertTrue(answered.path("active").asBoolean());

        JsonNode read = okta.get("Users/" + id).expectStatus(200).json();
        for (String field : new String[]{"userName", "name", "emails", "displayName", "locale", "externalId", "active"}) {
            assertEquals(changed.get(field), read.get(field), field + " in " + read);
        }

        JsonNode native_ = nativeUser(id);
        assertEquals("Newname", native_.path("lastName").asText());
        assertEquals("carla.newname@example.com", native_.path("email").asText());
        assertFalse(admin.token(okta.realm(), userName, "C4rla-Passw0rd!").isEmpty(),
                "a PUT without a password keeps the one set before");
    }

    @Test
    void aPathlessReplaceDeactivatesAndReactivates() throws Exception {
        String id = okta.create("Users", oktaUser("dana@example.com", "Dana", "Leaves", "D4na-Passw0rd!"))
                .path("id").asText();

        HttpResult deactivated = okta.patch("Users/" + id, """
                {"schemas":["%s"],"Operations":[{"op":"replace","value":{"active":false}}]}""".formatted(PATCH_OP))
                .expectStatus(200);
        assertScimJson(deactivated);
        assertEquals(id, deactivated.json().path("id").asText());
        assertFalse(deactivated.json().path("active").asBoolean(), deactivated.toString());
        assertFalse(okta.get("Users/" + id).json().path("active").asBoolean());
        assertFalse(nativeUser(id).path("enabled").asBoolean(), "Keycloak's user is disabled");

        HttpResult reactivated = okta.patch("Users/" + id, """
                {"schemas":["%s"],"Operations":[{"op":"replace","value":{"active":true}}]}""".formatted(PATCH_OP))
                .expectStatus(200);
        assertTrue(reactivated.json().path("active").asBoolean(), reactivated.toString());
        assertTrue(okta.get("Users/" + id).json().path("active").asBoolean());
        assertTrue(nativeUser(id).path("enabled").asBoolean(), "Keycloak's user is enabled again");
        assertEquals("Leaves", reactivated.json().at("/name/familyName").asText(), "nothing else changed");
    }

    @Test
    void aDuplicateUserNameIs409WithAScimError() throws Exception {
        okta.create("Users", oktaUser("erik@example.com", "Erik", "First", "Er1k-Passw0rd!"));

        HttpResult duplicate = okta.post("Users", oktaUser("erik@example.com", "Erik", "Second", "Er1k-Passw0rd!"))
                .expectStatus(409);
        assertScimJson(duplicate);
        JsonNode error = duplicate.json();
        assertTrue(error.path("schemas").toString().contains(ERROR), error.toString());
        assertEquals("uniqueness", error.path("scimType").asText(), error.toString());
        assertTrue(error.path("status").isTextual(), "status is a string: " + error);
        assertEquals("409", error.path("status").asText());
        assertFalse(error.path("detail").asText().isEmpty(), error.toString());

        JsonNode found = okta.get("Users?filter=" + encode("userName eq \"erik@example.com\"") + "&startIndex=1&count=100")
                .json();
        assertEquals(1, found.path("totalResults").asInt(), found.toString());
        assertEquals("First", found.at("/Resources/0/name/familyName").asText(), "the failed request changed nothing");
    }

    // ---- groups

    @Test
    void groupPushByPatch() throws Exception {
        String a = createUser("gina@example.com", "Gina", "A");
        String b = createUser("hugo@example.com", "Hugo", "B");
        String c = createUser("iris@example.com", "Iris", "C");

        String name = "Okta Push " + UUID.randomUUID().toString().substring(0, 8);
        HttpResult created = okta.post("Groups", """
                {"schemas":["%s"],"displayName":"%s","members":[]}""".formatted(CORE_GROUP, name)).expectStatus(201);
        assertScimJson(created);
        String gid = created.json().path("id").asText();
        assertEquals(name, created.json().path("displayName").asText());
        assertEquals(0, created.json().path("members").size(), created.toString());

        // add, with the display Okta sends along
        patchGroup(gid, """
                [{"op":"add","path":"members","value":[{"value":"%s","display":"gina@example.com"},
                                                       {"value":"%s","display":"hugo@example.com"}]}]""".formatted(a, b));
        assertEquals(Set.of(a, b), memberIds(gid));
        JsonNode group = okta.get("Groups/" + gid).expectStatus(200).json();
        for (JsonNode member : group.path("members")) {
            // display is the server's name for the member (RFC 7643 §4.2); Okta's own is only a hint
            assertFalse(member.path("display").asText().isEmpty(), member.toString());
            assertEquals(okta.baseUrl() + "/Users/" + member.path("value").asText(), member.path("$ref").asText());
        }

        // remove by a value filter
        patchGroup(gid, """
                [{"op":"remove","path":"members[value eq \\"%s\\"]"}]""".formatted(a));
        assertEquals(Set.of(b), memberIds(gid));
        assertEquals(Set.of(b), nativeMemberIds(gid));

        // rename: a path-less replace whose value repeats the id
        String renamed = name + " renamed";
        patchGroup(gid, """
                [{"op":"replace","value":{"id":"%s","displayName":"%s"}}]""".formatted(gid, renamed));
        JsonNode afterRename = okta.get("Groups/" + gid).expectStatus(200).json();
        assertEquals(gid, afterRename.path("id").asText());
        assertEquals(renamed, afterRename.path("displayName").asText(), afterRename.toString());
        assertEquals(Set.of(b), ids(afterRename.path("members")), "renaming keeps the members");

        // replace the whole member list
        patchGroup(gid, """
                [{"op":"replace","path":"members","value":[{"value":"%s"},{"value":"%s"}]}]""".formatted(a, c));
        assertEquals(Set.of(a, c), memberIds(gid));
        assertEquals(Set.of(a, c), nativeMemberIds(gid));
        assertEquals(renamed, okta.get("Groups/" + gid).json().path("displayName").asText());
    }

    @Test
    void groupPushByPutWithTheWholeMemberList() throws Exception {
        String a = createUser("jack@example.com", "Jack", "A");
        String b = createUser("kate@example.com", "Kate", "B");
        String c = createUser("liam@example.com", "Liam", "C");
        String name = "Okta Put " + UUID.randomUUID().toString().substring(0, 8);
        String gid = okta.createGroup(name, a, b);
        assertEquals(Set.of(a, b), memberIds(gid));

        HttpResult put = okta.put("Groups/" + gid, """
                {"schemas":["%s"],"id":"%s","displayName":"%s",
                 "members":[{"value":"%s","display":"jack@example.com"},{"value":"%s","display":"liam@example.com"}]}"""
                .formatted(CORE_GROUP, gid, name, a, c)).expectStatus(200);
        assertScimJson(put);
        assertEquals(gid, put.json().path("id").asText());
        assertEquals(name, put.json().path("displayName").asText());
        assertEquals(Set.of(a, c), ids(put.json().path("members")), put.toString());
        assertEquals(Set.of(a, c), memberIds(gid));
        assertEquals(Set.of(a, c), nativeMemberIds(gid));
    }

    // ---- paging

    @Test
    void pagesCoverEveryUserOnceWithAConsistentTotal() throws Exception {
        ScimClient paged = ScimClient.inNewRealm(admin, "okta-paging", "{\"name\":\"Okta\"}");
        Set<String> createdIds = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            createdIds.add(paged.create("Users", oktaUser("page" + i + "@example.com", "Page", "User" + i, null))
                    .path("id").asText());
        }

        List<String> seen = new ArrayList<>();
        int[][] pages = {{1, 2}, {3, 2}, {5, 2}};
        int[] expectedSizes = {2, 2, 1};
        for (int p = 0; p < pages.length; p++) {
            HttpResult result = paged.get("Users?startIndex=" + pages[p][0] + "&count=" + pages[p][1]).expectStatus(200);
            assertScimJson(result);
            JsonNode page = result.json();
            assertEquals(5, page.path("totalResults").asInt(), page.toString());
            assertEquals(pages[p][0], page.path("startIndex").asInt(), page.toString());
            assertEquals(expectedSizes[p], page.path("Resources").size(), page.toString());
            assertEquals(expectedSizes[p], page.path("itemsPerPage").asInt(), page.toString());
            page.path("Resources").forEach(user -> seen.add(user.path("id").asText()));
        }
        assertEquals(5, seen.size(), seen.toString());
        assertEquals(createdIds, new HashSet<>(seen), "every user once, none twice: " + seen);

        JsonNode beyond = paged.get("Users?startIndex=6&count=2").expectStatus(200).json();
        assertEquals(5, beyond.path("totalResults").asInt(), beyond.toString());
        assertEquals(0, beyond.path("Resources").size(), beyond.toString());
    }

    // ---- helpers

    /** The body Okta sends to create a user; no password when {@code password} is null. */
    private static ObjectNode oktaUser(String userName, String givenName, String familyName, String password)
            throws Exception {
        ObjectNode user = (ObjectNode) JSON.readTree("""
                {
                  "schemas": ["%s"],
                  "userName": "%s",
                  "name": {"givenName": "%s", "familyName": "%s"},
                  "emails": [{"primary": true, "value": "%2$s", "type": "work"}],
                  "displayName": "%3$s %4$s",
                  "locale": "en-US",
                  "externalId": "00u%5$s",
                  "groups": [],
                  "active": true
                }""".formatted(CORE_USER, userName, givenName, familyName,
                UUID.randomUUID().toString().replace("-", "").substring(0, 17)));
        if (password != null) {
            user.put("password", password);
        }
        return user;
    }

    private static String createUser(String userName, String givenName, String familyName) throws Exception {
        return okta.create("Users", oktaUser(userName, givenName, familyName, null)).path("id").asText();
    }

    /** Okta accepts 200 with the group or 204 for a group PATCH. */
    private static void patchGroup(String gid, String operations) {
        HttpResult result = okta.patch("Groups/" + gid, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + operations + "}").expectStatus(200, 204);
        if (result.status() == 200) {
            assertScimJson(result);
            assertEquals(gid, result.json().path("id").asText(), result.toString());
        }
    }

    private static Set<String> memberIds(String gid) {
        return ids(okta.get("Groups/" + gid).expectStatus(200).json().path("members"));
    }

    private static Set<String> nativeMemberIds(String gid) {
        JsonNode members = admin.send("GET", "/admin/realms/" + okta.realm() + "/groups/" + gid + "/members",
                admin.adminToken(), null).expectStatus(200).json();
        Set<String> ids = new TreeSet<>();
        members.forEach(member -> ids.add(member.path("id").asText()));
        return ids;
    }

    private static Set<String> ids(JsonNode members) {
        Set<String> ids = new TreeSet<>();
        members.forEach(member -> ids.add(member.path("value").asText()));
        return ids;
    }

    private static JsonNode nativeUser(String id) {
        return admin.send("GET", "/admin/realms/" + okta.realm() + "/users/" + id, admin.adminToken(), null)
                .expectStatus(200).json();
    }

    private static void assertScimJson(HttpResult result) {
        String type = result.header("Content-Type").orElse("");
        assertTrue(type.startsWith("application/scim+json"), "Content-Type " + type + " of " + result);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
