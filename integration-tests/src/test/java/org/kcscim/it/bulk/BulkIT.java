package org.kcscim.it.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * /Bulk (RFC 7644 §3.7) and the root /.search (§3.4.3) as a directory uses them: references between the
 * operations of one request, versions, failOnErrors, the advertised limits, and operations that either happen
 * whole or not at all.
 */
@ExtendWith(KeycloakServerExtension.class)
class BulkIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private static AdminClient admin;
    private static ScimClient scim;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        scim = ScimClient.inNewRealm(client, "bulk");
        // Lets a test make a user creation fail after the user row was written: the policy is checked last
        admin.send("PUT", "/admin/realms/" + scim.realm(), admin.adminToken(), "{\"passwordPolicy\":\"length(12)\"}")
                .expectStatus(204);
    }

    @Test
    void aUserAndAGroupThatReferencesItAreCreatedInOneRequest() {
        JsonNode response = bulk(scim, request(null,
                operation("POST", "/Users", "ann", null, user("bulk-ann")),
                operation("POST", "/Groups", "crew", null, group("Bulk crew", "bulkId:ann")),
                operation("PATCH", "/Users/bulkId:ann", null, null, patch("replace", "displayName", "Ann from bulk"))));

        JsonNode results = response.path("Operations");
        assertEquals("urn:ietf:params:scim:api:messages:2.0:BulkResponse", response.path("schemas").path(0).asText());
        assertEquals(3, results.size(), response.toString());
        JsonNode userResult = results.get(0);
        assertEquals("POST", userResult.path("method").asText());
        assertEquals("ann", userResult.path("bulkId").asText());
        assertEquals("201", userResult.path("status").asText());
        assertFalse(userResult.has("response"), userResult.toString());
        String userLocation = userResult.path("location").asText();
        assertTrue(userLocation.startsWith(scim.baseUrl() + "/Users/"), userLocation);
        String userId = userLocation.substring(userLocation.lastIndexOf('/') + 1);

        JsonNode groupResult = results.get(1);
        assertEquals("201", groupResult.path("status").asText(), groupResult.toString());
        assertEquals("crew", groupResult.path("bulkId").asText());
        String groupLocation = groupResult.path("location").asText();
        JsonNode group = scim.get(groupLocation).expectStatus(200).json();
        assertEquals(groupResult.path("version").asText(), group.at("/meta/version").asText());
        assertEquals(userId, group.at("/members/0/value").asText(), group.toString());
        assertEquals(1, group.path("members").size());

        JsonNode patchResult = results.get(2);
        assertEquals("PATCH", patchResult.path("method").asText());
        assertEquals("200", patchResult.path("status").asText(), patchResult.toString());
        assertEquals(userLocation, patchResult.path("location").asText());
        JsonNode user = scim.get(userLocation).expectStatus(200).json();
        assertEquals("Ann from bulk", user.path("displayName").asText());
        assertEquals(patchResult.path("version").asText(), user.at("/meta/version").asText());
        assertEquals(group.path("id").asText(), user.at("/groups/0/value").asText(), user.toString());
    }

    @Test
    void putPatchAndDeleteTakeTheVersionAsIfMatch() {
        String putId = scim.createUser("bulk-put");
        String deleteId = scim.createUser("bulk-delete");
        String memberId = scim.createUser("bulk-member");
        String groupId = scim.createGroup("Bulk versioned");
        String putVersion = scim.get("Users/" + putId).json().at("/meta/version").asText();
        String deleteVersion = scim.get("Users/" + deleteId).json().at("/meta/version").asText();
        String groupVersion = scim.get("Groups/" + groupId).json().at("/meta/version").asText();
        String stale = "W/\"stale\"";

        ObjectNode replacement = user("bulk-put").put("title", "Replaced");
        JsonNode stopped = bulk(scim, request(null,
                operation("PUT", "/Users/" + putId, null, stale, replacement),
                operation("PATCH", "/Groups/" + groupId, null, stale, patch("add", "members", memberRef(memberId))),
                operation("DELETE", "/Users/" + deleteId, null, stale, null))).path("Operations");
        for (JsonNode result : stopped) {
            assertEquals("412", result.path("status").asText(), result.toString());
            assertEquals("412", result.at("/response/status").asText(), result.toString());
            assertFalse(result.path("location").asText().isEmpty(), "a failed PUT, PATCH or DELETE names its resource");
        }
        assertFalse(scim.get("Users/" + putId).json().has("title"));
        assertEquals(0, scim.get("Groups/" + groupId).json().path("members").size());
        scim.get("Users/" + deleteId).expectStatus(200);

        JsonNode applied = bulk(scim, request(null,
                operation("PUT", "/Users/" + putId, null, putVersion, replacement),
                operation("patch", "/Groups/" + groupId, null, groupVersion, patch("add", "members", memberRef(memberId))),
                operation("Delete", "/Users/" + deleteId, null, deleteVersion, null))).path("Operations");
        assertEquals("200", applied.get(0).path("status").asText(), applied.toString());
        assertEquals("PUT", applied.get(0).path("method").asText());
        JsonNode replaced = scim.get("Users/" + putId).json();
        assertEquals("Replaced", replaced.path("title").asText());
        assertEquals(replaced.at("/meta/version").asText(), applied.get(0).path("version").asText());

        assertEquals("204", applied.get(1).path("status").asText(), applied.toString());
        assertEquals("PATCH", applied.get(1).path("method").asText());
        JsonNode patched = scim.get("Groups/" + groupId).json();
        assertEquals(memberId, patched.at("/members/0/value").asText());
        assertEquals(patched.at("/meta/version").asText(), applied.get(1).path("version").asText());

        assertEquals("204", applied.get(2).path("status").asText(), applied.toString());
        assertEquals(scim.baseUrl() + "/Users/" + deleteId, applied.get(2).path("location").asText());
        scim.get("Users/" + deleteId).expectStatus(404);
    }

    @Test
    void failOnErrorsStopsAfterThatManyErrorsAndTheRestIsNotRun() {
        scim.createUser("bulk-taken");
        JsonNode stopped = bulk(scim, request(1,
                operation("POST", "/Users", "first", null, user("bulk-first")),
                operation("POST", "/Users", "dup", null, user("bulk-taken")),
                operation("POST", "/Users", "never", null, user("bulk-never")),
                operation("DELETE", "/Users/bulkId:first", null, null, null))).path("Operations");
        assertEquals(2, stopped.size(), stopped.toString());
        assertEquals("201", stopped.get(0).path("status").asText());
        assertEquals("409", stopped.get(1).path("status").asText());
        assertEquals("dup", stopped.get(1).path("bulkId").asText());
        assertEquals("uniqueness", stopped.get(1).at("/response/scimType").asText());
        assertFalse(stopped.get(1).has("location"), "a failed POST has no location");
        assertEquals(1, countUsers("bulk-first"), "operations before the stop stay done");
        assertEquals(0, countUsers("bulk-never"), "operations after the stop are not run");

        // Without failOnErrors every operation runs, whatever fails before it
        JsonNode all = bulk(scim, request(null,
                operation("POST", "/Users", "dup2", null, user("bulk-taken")),
                operation("POST", "/Users", "later", null, user("bulk-later")))).path("Operations");
        assertEquals(List.of("409", "201"), statuses(all));
        assertEquals(1, countUsers("bulk-later"));

        // failOnErrors 2 tolerates one error
        JsonNode two = bulk(scim, request(2,
                operation("POST", "/Users", "dup3", null, user("bulk-taken")),
                operation("POST", "/Users", "after-one", null, user("bulk-after-one")),
                operation("DELETE", "/Users/no-such-user", null, null, null),
                operation("POST", "/Users", "after-two", null, user("bulk-after-two")))).path("Operations");
        assertEquals(List.of("409", "201", "404"), statuses(two));
        assertEquals(0, countUsers("bulk-after-two"));
    }

    @Test
    void aFailedOperationLeavesNothingBehindAndTheOthersStillHappen() {
        String groupId = scim.createGroup("Bulk atomic");
        ObjectNode weak = user("bulk-weak-password").put("password", "short");
        ObjectNode renamedWithStranger = group("Bulk atomic renamed", "not-a-user-of-this-configuration");
        JsonNode results = bulk(scim, request(null,
                operation("POST", "/Users", "weak", null, weak),
                operation("PUT", "/Groups/" + groupId, null, null, renamedWithStranger),
                operation("POST", "/Users", "fine", null, user("bulk-fine").put("password", "long-enough-password")),
                operation("POST", "/Groups", "needs-weak", null, group("Bulk needs weak", "bulkId:weak")),
                operation("POST", "/Groups", "needs-later", null, group("Bulk needs later", "bulkId:created-later")),
                operation("POST", "/Groups", "needs-nobody", null, group("Bulk needs nobody", "bulkId:nobody")),
                operation("POST", "/Users", "created-later", null, user("bulk-created-later")),
                operation("POST", "/Users", "invalid", null, JSON.createObjectNode().put("displayName", "no userName")),
                operation("GET", "/Users", null, null, null))).path("Operations");

        assertEquals(List.of("400", "400", "201", "409", "409", "400", "201", "400", "400"), statuses(results));
        assertEquals("invalidValue", results.get(0).at("/response/scimType").asText(), results.get(0).toString());
        assertEquals(0, countUsers("bulk-weak-password"), "the user written before the password was refused is gone");
        JsonNode group = scim.get("Groups/" + groupId).expectStatus(200).json();
        assertEquals("Bulk atomic", group.path("displayName").asText(), "the rename before the refused member is undone");
        assertEquals(1, countUsers("bulk-fine"));
        assertEquals("invalidValue", results.get(5).at("/response/scimType").asText());
        assertEquals(0, countGroups("Bulk needs"), "no group was created for an unresolved reference");
        assertEquals("GET", results.get(8).path("method").asText());
    }

    @Test
    void eachOperationIsAuditedWithItsChangeAndAFailedOneLeavesNoEvent() {
        String audited = admin.createRealm("bulk-audit");
        admin.send("PUT", "/admin/realms/" + audited, admin.adminToken(), "{\"adminEventsEnabled\":true,"
                + "\"adminEventsDetailsEnabled\":true,\"passwordPolicy\":\"length(12)\"}").expectStatus(204);
        ScimConfigurations.Created configuration = new ScimConfigurations(admin).create(audited, "Bulk directory");
        ScimClient client = new ScimClient(admin, audited, configuration.apiKey());
        JsonNode results = bulk(client, request(null,
                operation("POST", "/Users", "kept", null, user("audit-kept")),
                operation("POST", "/Users", "refused", null, user("audit-refused").put("password", "short")),
                operation("POST", "/Groups", "team", null, group("Audit team", "bulkId:kept")))).path("Operations");
        assertEquals(List.of("201", "400", "201"), statuses(results));
        String kept = results.get(0).path("location").asText().replaceFirst(".*/", "");

        JsonNode events = admin.send("GET", "/admin/realms/" + audited + "/admin-events?max=200", admin.adminToken(), null)
                .expectStatus(200).json();
        List<String> seen = new ArrayList<>();
        for (JsonNode event : events) {
            if (configuration.id().equals(event.at("/details/scimConfigurationId").asText())) {
                seen.add(event.path("operationType").asText() + " " + event.path("resourceType").asText());
                assertFalse(event.at("/authDetails/ipAddress").asText().isBlank(), event.toString());
                if (event.path("resourceType").asText().equals("USER")) {
                    assertEquals("users/" + kept, event.path("resourcePath").asText(), "no event for the refused user");
                }
            }
        }
        assertEquals(1, seen.stream().filter("CREATE USER"::equals).count(), seen.toString());
        assertTrue(seen.contains("CREATE GROUP"), seen.toString());
        assertTrue(seen.contains("CREATE GROUP_MEMBERSHIP"), seen.toString());
    }

    @Test
    void malformedRequestsAreRefusedWholeAndChangeNothing() {
        ObjectNode noSchema = request(null, operation("POST", "/Users", "x", null, user("bulk-no-schema")));
        noSchema.remove("schemas");
        assertEquals("invalidSyntax", refused(scim.post("Bulk", noSchema), 400).path("scimType").asText());

        ObjectNode duplicateBulkIds = request(null,
                operation("POST", "/Users", "same", null, user("bulk-dup-a")),
                operation("POST", "/Users", "same", null, user("bulk-dup-b")));
        assertEquals("invalidValue", refused(scim.post("Bulk", duplicateBulkIds), 400).path("scimType").asText());

        assertEquals("invalidSyntax", refused(scim.post("Bulk", "{not json"), 400).path("scimType").asText());
        assertEquals(0, countUsers("bulk-no-schema") + countUsers("bulk-dup-a") + countUsers("bulk-dup-b"));
    }

    @Test
    void otherMethodsThanPostAreScim405sAfterAuthentication() {
        refused(scim.get("Bulk"), 405);
        refused(scim.put("Bulk", request(null)), 405);
        refused(scim.get(".search"), 405);
        refused(scim.delete(".search"), 405);
        String bulkPath = "/realms/" + scim.realm() + "/provisioning/scim/v2/Bulk";
        refused(admin.send("GET", bulkPath, null, null), 401);
        refused(admin.send("POST", bulkPath, null, request(null)), 401);
    }

    @Test
    void moreThanMaxOperationsIs413TooManyAndRunsNothing() {
        int max = bulkConfig().path("maxOperations").asInt();
        ObjectNode[] operations = new ObjectNode[max + 1];
        operations[0] = operation("POST", "/Users", "first", null, user("bulk-too-many"));
        for (int i = 1; i <= max; i++) {
            operations[i] = operation("DELETE", "/Users/missing-" + i, null, null, null);
        }
        JsonNode error = refused(scim.post("Bulk", request(null, operations)), 413);
        assertEquals("tooMany", error.path("scimType").asText());
        assertEquals("413", error.path("status").asText());
        assertEquals(0, countUsers("bulk-too-many"));

        // Exactly the advertised number is accepted
        JsonNode accepted = bulk(scim, request(null, Arrays.copyOf(operations, max)));
        assertEquals(max, accepted.path("Operations").size());
        assertEquals(1, countUsers("bulk-too-many"));
    }

    @Test
    void aBodyLargerThanMaxPayloadSizeIs413TooLargeAndRunsNothing() {
        int maxPayload = bulkConfig().path("maxPayloadSize").asInt();
        ObjectNode request = request(null, operation("POST", "/Users", "big", null, user("bulk-too-large")));

        HttpResult tooLarge = scim.post("Bulk", padded(request, maxPayload + 1));
        JsonNode error = refused(tooLarge, 413);
        assertEquals("tooLarge", error.path("scimType").asText());
        assertEquals(0, countUsers("bulk-too-large"));

        // A body of exactly the advertised size is accepted
        assertEquals("201", bulk(scim, padded(request, maxPayload)).at("/Operations/0/status").asText());
        assertEquals(1, countUsers("bulk-too-large"));
    }

    @Test
    void theServiceProviderConfigAdvertisesTheEnforcedLimits() {
        JsonNode bulk = bulkConfig();
        assertTrue(bulk.path("supported").asBoolean(), bulk.toString());
        assertEquals(100, bulk.path("maxOperations").asInt());
        assertEquals(1048576, bulk.path("maxPayloadSize").asInt());
        // The limits themselves are shown enforced at exactly these values by the two tests above
    }

    @Test
    void theRootSearchListsUsersThenGroupsAndPagesAcrossBoth() {
        ScimClient fresh = ScimClient.inNewRealm(admin, "root-search");
        List<String> users = new ArrayList<>();
        for (String name : new String[]{"rs-ann", "rs-ben", "rs-cid"}) {
            users.add(fresh.createUser(name));
        }
        String firstGroup = fresh.createGroup("rs-group-1", users.get(0));
        String secondGroup = fresh.createGroup("rs-group-2");

        JsonNode all = search(fresh, "{\"startIndex\":1,\"count\":10}");
        assertEquals(5, all.path("totalResults").asInt(), all.toString());
        assertEquals(List.of("User", "User", "User", "Group", "Group"), resourceTypes(all));

        JsonNode middle = search(fresh, "{\"startIndex\":3,\"count\":2}");
        assertEquals(5, middle.path("totalResults").asInt());
        assertEquals(3, middle.path("startIndex").asInt());
        assertEquals(2, middle.path("itemsPerPage").asInt());
        assertEquals(List.of("User", "Group"), resourceTypes(middle));
        assertEquals(all.at("/Resources/2/id"), middle.at("/Resources/0/id"));
        assertEquals(all.at("/Resources/3/id"), middle.at("/Resources/1/id"));

        JsonNode last = search(fresh, "{\"startIndex\":5,\"count\":10}");
        assertEquals(List.of("Group"), resourceTypes(last));
        assertEquals(all.at("/Resources/4/id"), last.at("/Resources/0/id"));
        assertEquals(0, search(fresh, "{\"startIndex\":6}").path("Resources").size());
        JsonNode countOnly = search(fresh, "{\"count\":0}");
        assertEquals(5, countOnly.path("totalResults").asInt());
        assertEquals(0, countOnly.path("Resources").size());

        // A filter that only users can evaluate searches users only, and the other way round
        JsonNode byUserName = search(fresh, "{\"filter\":\"userName sw \\\"rs-\\\"\"}");
        assertEquals(3, byUserName.path("totalResults").asInt(), byUserName.toString());
        assertEquals(List.of("User", "User", "User"), resourceTypes(byUserName));
        JsonNode byMember = search(fresh, "{\"filter\":\"members.value eq \\\"" + users.get(0) + "\\\"\"}");
        assertEquals(List.of("Group"), resourceTypes(byMember), byMember.toString());
        assertEquals(firstGroup, byMember.at("/Resources/0/id").asText());
        JsonNode byId = search(fresh, "{\"filter\":\"id eq \\\"" + secondGroup + "\\\" or id eq \\\"" + users.get(1) + "\\\"\"}");
        assertEquals(List.of("User", "Group"), resourceTypes(byId), byId.toString());
        // How a client restricts a root search to one type
        JsonNode onlyUsers = search(fresh, "{\"filter\":\"meta.resourceType eq \\\"User\\\"\"}");
        assertEquals(List.of("User", "User", "User"), resourceTypes(onlyUsers), onlyUsers.toString());
        JsonNode onlyGroups = search(fresh, "{\"filter\":\"meta.resourceType eq \\\"Group\\\" and displayName ew \\\"-2\\\"\"}");
        assertEquals(List.of("Group"), resourceTypes(onlyGroups), onlyGroups.toString());
        assertEquals(secondGroup, onlyGroups.at("/Resources/0/id").asText());
        JsonNode usersByList = fresh.get("Users?filter=" + URLEncoder.encode("meta.resourceType eq \"Group\"",
                StandardCharsets.UTF_8)).expectStatus(200).json();
        assertEquals(0, usersByList.path("totalResults").asInt(), usersByList.toString());

        // Each type returns the requested attributes it has
        JsonNode selected = search(fresh, "{\"attributes\":[\"userName\",\"displayName\"],\"count\":10}");
        assertEquals("rs-ann", selected.at("/Resources/0/userName").asText(), selected.toString());
        assertFalse(selected.path("Resources").get(0).has("meta"));
        // Groups come in their default order, by id
        assertEquals(Set.of("rs-group-1", "rs-group-2"), Set.of(selected.at("/Resources/3/displayName").asText(),
                selected.at("/Resources/4/displayName").asText()), selected.toString());
        assertFalse(selected.path("Resources").get(3).has("members"));
        assertFalse(selected.path("Resources").get(3).has("userName"));

        JsonNode neither = refused(fresh.post(".search", searchRequest("{\"filter\":\"nonsense eq \\\"x\\\"\"}")), 400);
        assertEquals("invalidFilter", neither.path("scimType").asText());
        assertEquals("invalidFilter", refused(fresh.post(".search", searchRequest("{\"filter\":\"userName eq\"}")), 400)
                .path("scimType").asText());
        assertEquals("invalidSyntax", refused(fresh.post(".search", "{\"filter\":\"userName pr\"}"), 400)
                .path("scimType").asText());
    }

    // ---- helpers

    private static ObjectNode request(Integer failOnErrors, ObjectNode... operations) {
        ObjectNode request = JSON.createObjectNode();
        request.putArray("schemas").add(BULK_REQUEST);
        if (failOnErrors != null) {
            request.put("failOnErrors", failOnErrors);
        }
        ArrayNode list = request.putArray("Operations");
        for (ObjectNode operation : operations) {
            list.add(operation);
        }
        return request;
    }

    private static ObjectNode operation(String method, String path, String bulkId, String version, JsonNode data) {
        ObjectNode operation = JSON.createObjectNode().put("method", method).put("path", path);
        if (bulkId != null) {
            operation.put("bulkId", bulkId);
        }
        if (version != null) {
            operation.put("version", version);
        }
        if (data != null) {
            operation.set("data", data);
        }
        return operation;
    }

    private static ObjectNode user(String userName) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add(USER_SCHEMA);
        return user.put("userName", userName);
    }

    private static ObjectNode group(String displayName, String... memberIds) {
        ObjectNode group = JSON.createObjectNode();
        group.putArray("schemas").add(GROUP_SCHEMA);
        group.put("displayName", displayName);
        ArrayNode members = group.putArray("members");
        for (String id : memberIds) {
            members.addObject().put("value", id);
        }
        return group;
    }

    private static JsonNode memberRef(String id) {
        ArrayNode value = JSON.createArrayNode();
        value.addObject().put("value", id);
        return value;
    }

    private static ObjectNode patch(String op, String path, Object value) {
        ObjectNode patch = JSON.createObjectNode();
        patch.putArray("schemas").add(PATCH_OP);
        ObjectNode operation = patch.putArray("Operations").addObject().put("op", op).put("path", path);
        if (value instanceof JsonNode node) {
            operation.set("value", node);
        } else {
            operation.put("value", String.valueOf(value));
        }
        return patch;
    }

    /** POSTs to /Bulk, expects 200 and a BulkResponse. */
    private static JsonNode bulk(ScimClient client, Object request) {
        HttpResult result = client.post("Bulk", request).expectStatus(200);
        assertTrue(result.header("Content-Type").orElseThrow().startsWith("application/scim+json"), result.toString());
        return result.json();
    }

    /** The request serialized and padded with an ignored member to exactly {@code bytes} bytes. */
    private static String padded(ObjectNode request, int bytes) {
        ObjectNode copy = request.deepCopy();
        copy.put("padding", "");
        int missing = bytes - copy.toString().getBytes(StandardCharsets.UTF_8).length;
        copy.put("padding", "x".repeat(missing));
        String body = copy.toString();
        assertEquals(bytes, body.getBytes(StandardCharsets.UTF_8).length);
        return body;
    }

    private static JsonNode refused(HttpResult result, int status) {
        result.expectStatus(status);
        assertTrue(result.header("Content-Type").orElseThrow().startsWith("application/scim+json"), result.toString());
        JsonNode error = result.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.path("schemas").path(0).asText());
        assertEquals(Integer.toString(status), error.path("status").asText());
        return error;
    }

    private static JsonNode bulkConfig() {
        return scim.get("ServiceProviderConfig").expectStatus(200).json().path("bulk");
    }

    private static List<String> statuses(JsonNode results) {
        List<String> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.path("status").asText()));
        return statuses;
    }

    private static int countUsers(String userName) {
        return scim.get("Users?filter=" + encode("userName eq \"" + userName + "\"")).expectStatus(200).json()
                .path("totalResults").asInt();
    }

    private static int countGroups(String displayNamePrefix) {
        return scim.get("Groups?filter=" + encode("displayName sw \"" + displayNamePrefix + "\"")).expectStatus(200)
                .json().path("totalResults").asInt();
    }

    private static String searchRequest(String members) {
        ObjectNode request;
        try {
            request = (ObjectNode) JSON.readTree(members);
        } catch (Exception e) {
            throw new IllegalArgumentException(members, e);
        }
        request.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:SearchRequest");
        return request.toString();
    }

    private static JsonNode search(ScimClient client, String members) {
        return client.post(".search", searchRequest(members)).expectStatus(200).json();
    }

    private static List<String> resourceTypes(JsonNode list) {
        List<String> types = new ArrayList<>();
        list.path("Resources").forEach(resource -> types.add(resource.at("/meta/resourceType").asText()));
        return types;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
