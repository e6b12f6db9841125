package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** /Groups: Keycloak groups at the top of the home realm, members as Keycloak memberships. */
@ExtendWith(KeycloakServerExtension.class)
class GroupsIT {

    private static AdminClient admin;
    private static ScimClient scim;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        scim = ScimClient.inNewRealm(client, "groups");
    }

    @Test
    void aGroupWithMembersIsAKeycloakGroupWithThoseMembers() {
        String ann = scim.createUser("ann");
        String ben = scim.createUser("ben");
        HttpResult created = scim.post("Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Sales\",\"externalId\":\"grp-1\",\"members\":[{\"value\":\"" + ann + "\"},{\"value\":\"" + ben + "\"}]}")
                .expectStatus(201);
        JsonNode group = created.json();
        String id = group.path("id").asText();
        assertEquals(scim.baseUrl() + "/Groups/" + id, created.header("Location").orElseThrow());
        assertEquals("Sales", group.path("displayName").asText());
        assertEquals("grp-1", group.path("externalId").asText());
        assertEquals(Set.of(ann, ben), memberIds(group));
        for (JsonNode member : group.path("members")) {
            assertEquals(scim.baseUrl() + "/Users/" + member.path("value").asText(), member.path("$ref").asText());
            assertFalse(member.path("display").asText().isEmpty());
        }

        JsonNode keycloakGroup = admin.send("GET", "/admin/realms/" + scim.realm() + "/groups/" + id, admin.adminToken(), null)
                .expectStatus(200).json();
        assertEquals("Sales", keycloakGroup.path("name").asText());
        JsonNode keycloakMembers = admin.send("GET", "/admin/realms/" + scim.realm() + "/groups/" + id + "/members",
                admin.adminToken(), null).expectStatus(200).json();
        Set<String> ids = new TreeSet<>();
        keycloakMembers.forEach(member -> ids.add(member.path("id").asText()));
        assertEquals(new TreeSet<>(Set.of(ann, ben)), ids);

        JsonNode annRead = scim.get("Users/" + ann).json();
        assertEquals(id, annRead.at("/groups/0/value").asText());
        assertEquals("Sales", annRead.at("/groups/0/display").asText());
    }

    @Test
    void membersCanBeLeftOutAndAreThenNotReturned() {
        String user = scim.createUser("excluded-member");
        String id = scim.createGroup("Excluded", user);
        JsonNode withoutMembers = scim.get("Groups/" + id + "?excludedAttributes=members").expectStatus(200).json();
        assertFalse(withoutMembers.has("members"));
        assertEquals("Excluded", withoutMembers.path("displayName").asText());
        JsonNode listed = scim.get("Groups?filter=" + UserQueriesIT.encode("displayName eq \"excluded\"")
                + "&excludedAttributes=members").json();
        assertEquals(1, listed.path("totalResults").asInt());
        assertFalse(listed.path("Resources").get(0).has("members"));
        assertEquals(withoutMembers.at("/meta/version"), scim.get("Groups/" + id).json().at("/meta/version"),
                "the version does not depend on whether members were read");
    }

    @Test
    void theVersionChangesWhenMembersChange() {
        String user = scim.createUser("version-member");
        String id = scim.createGroup("Versioned");
        String before = scim.get("Groups/" + id).json().at("/meta/version").asText();
        scim.patch("Groups/" + id, addMembers(user)).expectStatus(200, 204);
        String after = scim.get("Groups/" + id).json().at("/meta/version").asText();
        assertNotEquals(before, after);
        assertEquals(412, scim.send("PATCH", "Groups/" + id, addMembers(user), Map.of("If-Match", before)).status());
        scim.send("PATCH", "Groups/" + id, addMembers(user), Map.of("If-Match", after)).expectStatus(200, 204);
    }

    @Test
    void aNestedGroupAsMemberIsRefusedAndChangesNothing() {
        String inner = scim.createGroup("Inner");
        String outer = scim.createGroup("Outer");
        HttpResult refused = scim.patch("Groups/" + outer, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members","value":[{"value":"%s","type":"Group"}]}]}""".formatted(inner))
                .expectStatus(400);
        assertEquals("invalidValue", refused.json().path("scimType").asText());
        assertTrue(refused.json().path("detail").asText().toLowerCase().contains("nested"), refused.toString());
        assertFalse(scim.get("Groups/" + outer).json().has("members") && scim.get("Groups/" + outer).json().path("members").size() > 0);
        HttpResult unknownMember = scim.patch("Groups/" + outer, addMembers("no-such-user")).expectStatus(400);
        assertEquals("invalidValue", unknownMember.json().path("scimType").asText());
    }

    @Test
    void aNameTakenByAnotherGroupIs409() {
        admin.send("POST", "/admin/realms/" + scim.realm() + "/groups", admin.adminToken(), "{\"name\":\"Made by hand\"}")
                .expectStatus(201);
        HttpResult taken = scim.post("Groups", "{\"displayName\":\"Made by hand\"}").expectStatus(409);
        assertEquals("uniqueness", taken.json().path("scimType").asText());
        scim.createGroup("Mine");
        assertEquals("uniqueness", scim.post("Groups", "{\"displayName\":\"Mine\"}").expectStatus(409).json().path("scimType").asText());
        String other = scim.createGroup("Renamable");
        scim.patch("Groups/" + other, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"displayName","value":"Made by hand"}]}""").expectStatus(409);
    }

    @Test
    void deletingAGroupKeepsItsMembers() {
        String user = scim.createUser("survivor");
        String id = scim.createGroup("Doomed", user);
        scim.delete("Groups/" + id).expectStatus(204);
        scim.get("Groups/" + id).expectStatus(404);
        JsonNode survivor = scim.get("Users/" + user).expectStatus(200).json();
        assertFalse(survivor.has("groups"));
    }

    /** RFC 7643 §2.5: an emptied multi-valued attribute is unassigned, and strict clients expect it omitted. */
    @Test
    void aGroupWhoseMembersWereAllRemovedHasNoMembersAttribute() {
        String user = scim.createUser("leaver");
        String id = scim.createGroup("Emptied", user);
        scim.patch("Groups/" + id, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"remove\",\"path\":\"members\"}]}").expectStatus(200, 204);
        JsonNode group = scim.get("Groups/" + id).expectStatus(200).json();
        assertFalse(group.has("members"), group.toString());
        JsonNode put = scim.put("Groups/" + id, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Emptied\",\"members\":[]}").expectStatus(200).json();
        assertFalse(put.has("members"), put.toString());
    }

    @Test
    void concurrentPatchesAddingDifferentMembersKeepEveryMember() throws Exception {
        String id = scim.createGroup("Busy");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            users.add(scim.createUser("busy-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResult>> results = new ArrayList<>();
            for (String user : users) {
                results.add(pool.submit(() -> scim.patch("Groups/" + id, addMembers(user))));
            }
            for (Future<HttpResult> result : results) {
                result.get().expectStatus(200, 204);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(new TreeSet<>(users), new TreeSet<>(memberIds(scim.get("Groups/" + id).json())));
    }

    static String addMembers(String... ids) {
        StringBuilder values = new StringBuilder();
        for (String id : ids) {
            values.append(values.length() == 0 ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
        }
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[" + values + "]}]}";
    }

    static Set<String> memberIds(JsonNode group) {
        Set<String> ids = new TreeSet<>();
        group.path("members").forEach(member -> ids.add(member.path("value").asText()));
        return ids;
    }
}
