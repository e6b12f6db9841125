package org.kcscim.it.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.ScimClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Replays the traffic of the Microsoft Entra ID provisioning service, request by request, in the shapes it sends
 * (capitalised ops, booleans as strings, value-filter and URN paths, the {@code aadOptscim062020} path-less
 * replace, its extra group schema), and checks what Entra reads back from each answer.
 */
public abstract class EntraIdCycle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String AD_GROUP = "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    /** Keycloak's admin API, to check what the requests did; set by the subclass before the first test. */
    protected static AdminClient admin;
    /** The directory's client; set by the subclass before the first test. */
    protected static ScimClient entra;

    // ---- test connection

    @Test
    void testConnectionAsksForARandomGuidAndGetsAnEmptyListResponse() {
        String guid = UUID.randomUUID().toString();
        HttpResult users = entra.get("Users?filter=" + encode("userName eq \"" + guid + "\"")).expectStatus(200);
        assertScimJson(users);
        assertEmptyListResponse(users.json());

        HttpResult groups = entra.get("Groups?filter=" + encode("displayName eq \"" + guid + "\"")
                + "&excludedAttributes=members").expectStatus(200);
        assertScimJson(groups);
        assertEmptyListResponse(groups.json());
    }

    // ---- users: match, create, read back

    @Test
    void aUserIsLookedUpByUserNameThenCreatedAndReadsBackAsSent() throws Exception {
        String userName = "alice@contoso.com";
        String lookup = "Users?filter=" + encode("userName eq \"" + userName + "\"");
        assertEmptyListResponse(entra.get(lookup).expectStatus(200).json());

        ObjectNode sent = entraUser(userName, "Alice", "Smith");
        HttpResult created = entra.post("Users", sent).expectStatus(201);
        assertScimJson(created);
        JsonNode user = created.json();
        String id = user.path("id").asText();
        assertFalse(id.isEmpty(), created.toString());
        assertEquals(scimBaseOf(created) + "/Users/" + id, created.header("Location").orElseThrow());
        assertEquals(userName, user.path("userName").asText());
        assertEquals(sent.path("externalId").asText(), user.path("externalId").asText());
        assertTrue(user.path("active").asBoolean());

        JsonNode read = entra.get("Users/" + id).expectStatus(200).json();
        for (String field : new String[]{"externalId", "userName", "active", "displayName", "title",
                "preferredLanguage", "name", "emails", "addresses"}) {
            assertEquals(sent.get(field), read.get(field), field + " in " + read);
        }
        assertEquals(asSet(sent.get("phoneNumbers")), asSet(read.get("phoneNumbers")), "phoneNumbers in " + read);
        for (String field : new String[]{"employeeNumber", "department", "costCenter", "organization", "division"}) {
            assertEquals(sent.get(ENTERPRISE).get(field), read.path(ENTERPRISE).get(field), field + " in " + read);
        }
        assertTrue(read.path("schemas").toString().contains(ENTERPRISE), read.toString());

        // The lookup Entra repeats on the next cycle now matches
        JsonNode matched = entra.get(lookup).expectStatus(200).json();
        assertEquals(1, matched.path("totalResults").asInt(), matched.toString());
        assertEquals(id, matched.at("/Resources/0/id").asText());

        // Keycloak's native fields follow the SCIM ones
        JsonNode native_ = nativeUser(id);
        assertEquals(userName, native_.path("username").asText());
        assertEquals("Alice", native_.path("firstName").asText());
        assertEquals("Smith", native_.path("lastName").asText());
        assertEquals(userName, native_.path("email").asText());
        assertTrue(native_.path("enabled").asBoolean());
    }

    // ---- PATCH in Entra's default shape

    @Test
    void capitalisedOpsWithValueFilterPathsChangeTheMatchingEntry() throws Exception {
        String id = createUser("carol@contoso.com", "Carol", "Jones");

        patch("Users/" + id, """
                [{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"carol.jones@contoso.com"},
                 {"op":"Replace","path":"addresses[type eq \\"work\\"].streetAddress","value":"1 Microsoft Way"},
                 {"op":"Replace","path":"name.givenName","value":"Caroline"},
                 {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Finance"},
                 {"op":"Replace","path":"title","value":"Controller"}]""");

        JsonNode read = entra.get("Users/" + id).expectStatus(200).json();
        assertEquals(1, read.path("emails").size(), read.toString());
        assertEquals("carol.jones@contoso.com", read.at("/emails/0/value").asText());
        assertEquals("work", read.at("/emails/0/type").asText());
        assertTrue(read.at("/emails/0/primary").asBoolean(), read.toString());
        assertEquals(1, read.path("addresses").size(), read.toString());
        JsonNode address = read.at("/addresses/0");
        assertEquals("1 Microsoft Way", address.path("streetAddress").asText());
        assertEquals("work", address.path("type").asText());
        assertEquals("Redmond", address.path("locality").asText(), "the other sub-attributes stay: " + address);
        assertEquals("98052", address.path("postalCode").asText(), address.toString());
        assertEquals("Caroline", read.at("/name/givenName").asText());
        assertEquals("Jones", read.at("/name/familyName").asText());
        assertEquals("Finance", read.path(ENTERPRISE).path("department").asText(), read.toString());
        assertEquals("Sales", read.path(ENTERPRISE).path("division").asText(), "the other enterprise fields stay");
        assertEquals("Controller", read.path("title").asText());
        assertEquals(3, read.path("phoneNumbers").size(), "phone numbers untouched: " + read);

        JsonNode native_ = nativeUser(id);
        assertEquals("carol.jones@contoso.com", native_.path("email").asText());
        assertEquals("Caroline", native_.path("firstName").asText());
    }

    @Test
    void addWithAValueFilterPathCreatesTheEntryWhenThereIsNone() throws Exception {
        String id = entra.create("Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "externalId":"%s","userName":"dave@contoso.com","active":true,
                 "emails":[{"primary":true,"type":"work","value":"dave@contoso.com"}],
                 "meta":{"resourceType":"User"},
                 "name":{"formatted":"Dave Brown","familyName":"Brown","givenName":"Dave"},
                 "roles":[]}""".formatted(ENTERPRISE, UUID.randomUUID())).path("id").asText();
        JsonNode before = entra.get("Users/" + id).expectStatus(200).json();
        assertFalse(before.has("phoneNumbers") && before.path("phoneNumbers").size() > 0, before.toString());

        patch("Users/" + id, """
                [{"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+1 425 555 0199"},
                 {"op":"Add","path":"addresses[type eq \\"work\\"].locality","value":"Seattle"},
                 {"op":"Add","path":"addresses[type eq \\"work\\"].country","value":"US"}]""");

        JsonNode read = entra.get("Users/" + id).expectStatus(200).json();
        assertEquals(1, read.path("phoneNumbers").size(), read.toString());
        assertEquals("mobile", read.at("/phoneNumbers/0/type").asText());
        assertEquals("+1 425 555 0199", read.at("/phoneNumbers/0/value").asText());
        assertEquals(1, read.path("addresses").size(), "both Adds land in one work address: " + read);
        assertEquals("work", read.at("/addresses/0/type").asText());
        assertEquals("Seattle", read.at("/addresses/0/locality").asText());
        assertEquals("US", read.at("/addresses/0/country").asText());
    }

    @Test
    void theManagerIsSetByItsUrnPathAsAPlainStringOrAsAnObject() throws Exception {
        String managerId = createUser("erin@contoso.com", "Erin", "Manager");
        String otherManagerId = createUser("frank@contoso.com", "Frank", "Manager");
        String id = createUser("grace@contoso.com", "Grace", "Report");

        patch("Users/" + id, """
                [{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"%s"}]"""
                .formatted(managerId));
        HttpResult answer = entra.get("Users/" + id).expectStatus(200);
        JsonNode read = answer.json();
        assertEquals(managerId, read.path(ENTERPRISE).at("/manager/value").asText(), read.toString());
        assertEquals(scimBaseOf(answer) + "/Users/" + managerId, read.path(ENTERPRISE).at("/manager/$ref").asText(),
                read.toString());
        assertEquals("Sales", read.path(ENTERPRISE).path("division").asText(), "the rest of the extension stays");

        patch("Users/" + id, """
                [{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":{"value":"%s"}}]"""
                .formatted(otherManagerId));
        read = entra.get("Users/" + id).expectStatus(200).json();
        assertEquals(otherManagerId, read.path(ENTERPRISE).at("/manager/value").asText(), read.toString());

        // Entra clears the manager with a Remove on the same path
        patch("Users/" + id, """
                [{"op":"Remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}]""");
        read = entra.get("Users/" + id).expectStatus(200).json();
        assertFalse(read.path(ENTERPRISE).has("manager"), read.toString());
        assertEquals("Sales", read.path(ENTERPRISE).path("division").asText(), read.toString());
    }

    @Test
    void stringBooleansDisableAndReenableTheKeycloakUser() throws Exception {
        String id = createUser("heidi@contoso.com", "Heidi", "Leaver");
        assertTrue(nativeUser(id).path("enabled").asBoolean());

        patch("Users/" + id, "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]");
        JsonNode read = entra.get("Users/" + id).expectStatus(200).json();
        assertTrue(read.path("active").isBoolean(), "active is a JSON boolean: " + read);
        assertFalse(read.path("active").asBoolean(), read.toString());
        assertFalse(nativeUser(id).path("enabled").asBoolean(), "Keycloak's user is disabled");

        patch("Users/" + id, "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}]");
        read = entra.get("Users/" + id).expectStatus(200).json();
        assertTrue(read.path("active").asBoolean(), read.toString());
        assertTrue(nativeUser(id).path("enabled").asBoolean(), "Keycloak's user is enabled again");
    }

    @Test
    void thePathlessReplaceOfTheFlaggedShapeTakesDottedAndUrnKeysAndRealBooleans() throws Exception {
        String id = createUser("ivan@contoso.com", "Ivan", "Petrov");

        patch("Users/" + id, """
                [{"op":"replace","value":{
                    "displayName":"Ivan P.",
                    "name.givenName":"Ivo",
                    "emails[type eq \\"work\\"].value":"ivo.petrov@contoso.com",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Research",
                    "active":false}}]""");

        JsonNode read = entra.get("Users/" + id).expectStatus(200).json();
        assertEquals("Ivan P.", read.path("displayName").asText(), read.toString());
        assertEquals("Ivo", read.at("/name/givenName").asText(), read.toString());
        assertEquals("Petrov", read.at("/name/familyName").asText(), "the other name parts stay: " + read);
        assertEquals(1, read.path("emails").size(), read.toString());
        assertEquals("ivo.petrov@contoso.com", read.at("/emails/0/value").asText());
        assertEquals("work", read.at("/emails/0/type").asText());
        assertEquals("Research", read.path(ENTERPRISE).path("department").asText(), read.toString());
        assertEquals("E-1001", read.path(ENTERPRISE).path("employeeNumber").asText(), read.toString());
        assertFalse(read.path("active").asBoolean(), read.toString());

        JsonNode native_ = nativeUser(id);
        assertFalse(native_.path("enabled").asBoolean());
        assertEquals("Ivo", native_.path("firstName").asText());
        assertEquals("ivo.petrov@contoso.com", native_.path("email").asText());

        patch("Users/" + id, "[{\"op\":\"replace\",\"value\":{\"active\":true}}]");
        assertTrue(entra.get("Users/" + id).json().path("active").asBoolean());
        assertTrue(nativeUser(id).path("enabled").asBoolean());
    }

    @Test
    void aUserIsFoundByTheValueOfItsWorkEmail() throws Exception {
        String id = createUser("judy@contoso.com", "Judy", "Finder");
        createUser("judith@contoso.com", "Judith", "Other");

        JsonNode found = entra.get("Users?filter=" + encode("emails[type eq \"work\"].value eq \"judy@contoso.com\""))
                .expectStatus(200).json();
        assertEquals(1, found.path("totalResults").asInt(), found.toString());
        assertEquals(id, found.at("/Resources/0/id").asText());

        assertEmptyListResponse(entra.get("Users?filter="
                + encode("emails[type eq \"home\"].value eq \"judy@contoso.com\"")).expectStatus(200).json());
    }

    @Test
    void deletingAUserAnswers204ThenItIsGone() throws Exception {
        String id = createUser("mallory@contoso.com", "Mallory", "Gone");
        entra.delete("Users/" + id).expectStatus(204);
        HttpResult gone = entra.get("Users/" + id).expectStatus(404);
        assertEquals("404", gone.json().path("status").asText(), gone.toString());
        admin.send("GET", "/admin/realms/" + entra.realm() + "/users/" + id, admin.adminToken(), null).expectStatus(404);
        assertEmptyListResponse(entra.get("Users?filter=" + encode("userName eq \"mallory@contoso.com\""))
                .expectStatus(200).json());
    }

    // ---- groups

    @Test
    void aGroupIsCreatedWithTheAdSchemaThenItsMembersAreManagedByPatch() throws Exception {
        String id1 = createUser("kim@contoso.com", "Kim", "One");
        String id2 = createUser("lee@contoso.com", "Lee", "Two");
        String id3 = createUser("max@contoso.com", "Max", "Three");
        String outsider = createUser("ned@contoso.com", "Ned", "Outside");

        String displayName = "Contoso Sales " + UUID.randomUUID().toString().substring(0, 8);
        String byName = "Groups?filter=" + encode("displayName eq \"" + displayName + "\"") + "&excludedAttributes=members";
        assertEmptyListResponse(entra.get(byName).expectStatus(200).json());

        String externalId = UUID.randomUUID().toString();
        HttpResult created = entra.post("Groups", """
                {"schemas":["%s","%s"],
                 "externalId":"%s","displayName":"%s",
                 "meta":{"resourceType":"Group"},
                 "members":[]}""".formatted(CORE_GROUP, AD_GROUP, externalId, displayName)).expectStatus(201);
        assertScimJson(created);
        String gid = created.json().path("id").asText();
        assertFalse(gid.isEmpty(), created.toString());
        assertEquals(displayName, created.json().path("displayName").asText());
        assertEquals(externalId, created.json().path("externalId").asText());
        assertEquals(scimBaseOf(created) + "/Groups/" + gid, created.header("Location").orElseThrow());

        HttpResult listed = entra.get(byName).expectStatus(200);
        assertScimJson(listed);
        JsonNode list = listed.json();
        assertEquals(1, list.path("totalResults").asInt(), list.toString());
        JsonNode group = list.at("/Resources/0");
        assertEquals(gid, group.path("id").asText());
        assertEquals(displayName, group.path("displayName").asText());
        assertFalse(group.has("members"), "members are excluded: " + group);

        // Add two members in one operation
        patch("Groups/" + gid, """
                [{"op":"Add","path":"members","value":[{"value":"%s"},{"value":"%s"}]}]""".formatted(id1, id2));
        assertEquals(Set.of(id1, id2), memberIds(gid));
        assertEquals(Set.of(id1, id2), nativeMemberIds(gid));

        // Entra's membership check before it adds or removes someone
        assertEquals(1, membershipCheck(gid, id1));
        assertEquals(1, membershipCheck(gid, id2));
        assertEquals(0, membershipCheck(gid, outsider));

        // The form with "$ref": null that Entra also sends
        patch("Groups/" + gid, """
                [{"op":"Add","path":"members","value":[{"$ref":null,"value":"%s"}]}]""".formatted(id3));
        assertEquals(Set.of(id1, id2, id3), memberIds(gid));

        // Remove one member by a value array
        patch("Groups/" + gid, """
                [{"op":"Remove","path":"members","value":[{"value":"%s"}]}]""".formatted(id1));
        assertEquals(Set.of(id2, id3), memberIds(gid));
        assertEquals(Set.of(id2, id3), nativeMemberIds(gid));
        assertEquals(0, membershipCheck(gid, id1));

        HttpResult fullAnswer = entra.get("Groups/" + gid).expectStatus(200);
        JsonNode full = fullAnswer.json();
        for (JsonNode member : full.path("members")) {
            assertEquals(scimBaseOf(fullAnswer) + "/Users/" + member.path("value").asText(), member.path("$ref").asText(),
                    member.toString());
        }

        // Rename
        String renamed = displayName + " (renamed)";
        patch("Groups/" + gid, "[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"" + renamed + "\"}]");
        JsonNode afterRename = entra.get("Groups/" + gid).expectStatus(200).json();
        assertEquals(renamed, afterRename.path("displayName").asText(), afterRename.toString());
        assertEquals(Set.of(id2, id3), ids(afterRename.path("members")), "renaming keeps the members");
        assertEquals(renamed, admin.send("GET", "/admin/realms/" + entra.realm() + "/groups/" + gid,
                admin.adminToken(), null).expectStatus(200).json().path("name").asText());
        assertEmptyListResponse(entra.get(byName).expectStatus(200).json());

        // Delete
        entra.delete("Groups/" + gid).expectStatus(204);
        entra.get("Groups/" + gid).expectStatus(404);
        admin.send("GET", "/admin/realms/" + entra.realm() + "/groups/" + gid, admin.adminToken(), null)
                .expectStatus(404);
        assertEquals(200, entra.get("Users/" + id2).status(), "deleting a group keeps its members");
    }

    // ---- helpers

    /** The body Entra sends to create a user with the common attribute mappings filled. */
    private static ObjectNode entraUser(String userName, String givenName, String familyName) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {
                  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "%1$s"],
                  "externalId": "%2$s",
                  "userName": "%3$s",
                  "active": true,
                  "displayName": "%4$s %5$s",
                  "emails": [{"primary": true, "type": "work", "value": "%3$s"}],
                  "meta": {"resourceType": "User"},
                  "name": {"formatted": "%4$s %5$s", "familyName": "%5$s", "givenName": "%4$s"},
                  "title": "Account Executive",
                  "preferredLanguage": "en-US",
                  "addresses": [{"type": "work", "formatted": "1 Microsoft Way\\nRedmond, WA 98052\\nUS",
                                 "streetAddress": "1 Microsoft Way", "locality": "Redmond", "region": "WA",
                                 "postalCode": "98052", "country": "US", "primary": false}],
                  "phoneNumbers": [{"type": "work", "value": "+1 425 555 0100"},
                                   {"type": "mobile", "value": "+1 425 555 0101"},
                                   {"type": "fax", "value": "+1 425 555 0102"}],
                  "%1$s": {"employeeNumber": "E-1001", "department": "Sales", "costCenter": "CC-42",
                           "organization": "Contoso", "division": "Sales"}
                }""".formatted(ENTERPRISE, UUID.randomUUID(), userName, givenName, familyName));
    }

    private static String createUser(String userName, String givenName, String familyName) throws Exception {
        return entra.create("Users", entraUser(userName, givenName, familyName)).path("id").asText();
    }

    /** Sends a PatchOp with these operations; Entra accepts 200 with the resource or 204. */
    private static HttpResult patch(String endpoint, String operations) {
        HttpResult result = entra.patch(endpoint, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + operations + "}")
                .expectStatus(200, 204);
        if (result.status() == 200) {
            assertScimJson(result);
        }
        return result;
    }

    /** Entra's check: is this user a member of this group? (the answer's totalResults) */
    private static int membershipCheck(String gid, String userId) {
        HttpResult result = entra.get("Groups?filter=" + encode("id eq \"" + gid + "\" and members[value eq \"" + userId + "\"]")
                + "&excludedAttributes=members").expectStatus(200);
        JsonNode list = result.json();
        for (JsonNode group : list.path("Resources")) {
            assertFalse(group.has("members"), "members are excluded: " + group);
        }
        assertEquals(list.path("totalResults").asInt(), list.path("Resources").size(), list.toString());
        return list.path("totalResults").asInt();
    }

    private static Set<String> memberIds(String gid) {
        return ids(entra.get("Groups/" + gid).expectStatus(200).json().path("members"));
    }

    private static Set<String> nativeMemberIds(String gid) {
        JsonNode members = admin.send("GET", "/admin/realms/" + entra.realm() + "/groups/" + gid + "/members",
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
        return admin.send("GET", "/admin/realms/" + entra.realm() + "/users/" + id, admin.adminToken(), null)
                .expectStatus(200).json();
    }

    private static Set<JsonNode> asSet(JsonNode array) {
        List<JsonNode> entries = new ArrayList<>();
        if (array != null) {
            array.forEach(entries::add);
        }
        return Set.copyOf(entries);
    }

    /**
     * The SCIM base URL of the server that gave {@code answer}: URLs in an answer name the host the request
     * reached, which behind a load balancer is its own, and here each node's.
     */
    private static String scimBaseOf(HttpResult answer) {
        String uri = answer.uri();
        int marker = uri.indexOf("/provisioning/scim/v2");
        return uri.substring(0, marker + "/provisioning/scim/v2".length());
    }

    private static void assertEmptyListResponse(JsonNode list) {
        assertTrue(list.path("schemas").toString().contains(LIST_RESPONSE), list.toString());
        assertEquals(0, list.path("totalResults").asInt(-1), list.toString());
        assertTrue(list.path("Resources").isArray(), "Entra requires Resources, even empty: " + list);
        assertEquals(0, list.path("Resources").size(), list.toString());
    }

    private static void assertScimJson(HttpResult result) {
        String type = result.header("Content-Type").orElse("");
        assertTrue(type.startsWith("application/scim+json"), "Content-Type " + type + " of " + result);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
