package org.kcscim.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakCluster;
import org.kcscim.it.support.KeycloakClusterExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.cluster.ScimBodies.encode;
import static org.kcscim.it.cluster.ScimBodies.patch;
import static org.kcscim.it.cluster.ScimBodies.unique;
import static org.kcscim.it.cluster.ScimBodies.user;

/**
 * Writes that race each other on the two nodes, released together by a barrier, as a directory that spreads its
 * requests over a load balancer sends them: none is lost, a conflict is a 409, never a 500.
 */
@ExtendWith(KeycloakClusterExtension.class)
class CrossNodeConcurrencyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    private static AdminClient adminB;
    private static String realm;
    private static ScimClient scimA;
    private static ScimClient scimB;
    private static ExecutorService pool;

    @BeforeAll
    static void setUp(KeycloakCluster cluster) {
        AdminClient adminA = cluster.nodeA().admin();
        adminB = cluster.nodeB().admin();
        realm = adminA.createRealm("races");
        ScimConfigurations.Created configuration = new ScimConfigurations(adminA).create(realm, "Directory");
        scimA = new ScimClient(adminA, realm, configuration.apiKey());
        scimB = new ScimClient(adminB, realm, configuration.apiKey());
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void sixteenPatchesAddingDifferentMembersToOneGroupThroughBothNodesLoseNone() throws Exception {
        String group = scimA.createGroup(unique("crowd"));
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            users.add((i % 2 == 0 ? scimA : scimB).createUser(unique("member" + i + "-")));
        }

        List<HttpResult> answers = together(users.size(), i -> (i % 2 == 0 ? scimA : scimB).patch("Groups/" + group,
                patch("add", "members", JSON.createArrayNode().add(JSON.createObjectNode().put("value", users.get(i))))));

        answers.forEach(answer -> assertTrue(answer.status() == 200 || answer.status() == 204, answer.toString()));
        for (ScimClient node : List.of(scimA, scimB)) {
            Set<String> members = new TreeSet<>();
            node.get("Groups/" + group).expectStatus(200).json().path("members")
                    .forEach(member -> members.add(member.path("value").asText()));
            assertEquals(new TreeSet<>(users), members);
        }
        JsonNode keycloakMembers = adminB.send("GET", "/admin/realms/" + realm + "/groups/" + group + "/members?max=100",
                adminB.adminToken(), null).expectStatus(200).json();
        assertEquals(16, keycloakMembers.size(), keycloakMembers.toString());
    }

    @Test
    void theSameUserNamePostedToBothNodesAtOnceIsCreatedOnceAndTheOtherGets409Uniqueness() throws Exception {
        for (int round = 0; round < 12; round++) {
            String userName = unique("twin" + round + "-");
            List<HttpResult> answers = together(2, i -> (i == 0 ? scimA : scimB).post("Users",
                    user(userName, i == 0 ? "FromA" : "FromB", userName + "@example.test")));

            List<Integer> statuses = new ArrayList<>();
            answers.forEach(answer -> statuses.add(answer.status()));
            assertTrue(statuses.contains(201) && statuses.contains(409), "round " + round + ": " + answers);
            HttpResult conflict = answers.get(statuses.indexOf(409));
            assertEquals("uniqueness", conflict.json().path("scimType").asText(), conflict.toString());
            assertTrue(conflict.header("Content-Type").orElse("").startsWith("application/scim+json"), conflict.toString());

            JsonNode created = answers.get(statuses.indexOf(201)).json();
            JsonNode found = scimB.get("Users?filter=" + encode("userName eq \"" + userName + "\"")).expectStatus(200).json();
            assertEquals(1, found.path("totalResults").asInt(), found.toString());
            assertEquals(created.path("id").asText(), found.path("Resources").path(0).path("id").asText());
            assertEquals(created.path("name").path("familyName").asText(),
                    found.path("Resources").path(0).path("name").path("familyName").asText(),
                    "the user holds what the request that got 201 sent");
        }
    }

    @Test
    void bulkRequestsRacingOnBothNodesApplyEachOperationWholeOrNotAtAll() throws Exception {
        String shared = scimA.createGroup(unique("shared"));
        String run = unique("");
        Map<Integer, ObjectNode> bulks = new HashMap<>();
        for (int node = 0; node < 2; node++) {
            String side = node == 0 ? "A" : "B";
            ObjectNode bulk = JSON.createObjectNode();
            bulk.putArray("schemas").add(BULK_REQUEST);
            ArrayNode operations = bulk.putArray("Operations");
            ArrayNode members = JSON.createArrayNode();
            for (int i = 0; i < 10; i++) {
                // Contested names first: each is created by exactly one of the two requests
                String userName = (i < 5 ? "contested-" + run + "-" + i : "own" + side + "-" + run + "-" + i);
                ObjectNode user = user(userName, "From" + side, userName + "." + side + "@example.test");
                operations.addObject().put("method", "POST").put("path", "/Users").put("bulkId", "u" + i).set("data", user);
                members.addObject().put("value", "bulkId:u" + i);
            }
            ObjectNode group = JSON.createObjectNode();
            group.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
            group.put("displayName", "team" + side + "-" + run);
            group.set("members", members);
            operations.addObject().put("method", "POST").put("path", "/Groups").put("bulkId", "g").set("data", group);
            ObjectNode join = patch("add", "members", members.deepCopy());
            operations.addObject().put("method", "PATCH").put("path", "/Groups/" + shared).set("data", join);
            bulks.put(node, bulk);
        }

        List<HttpResult> answers = together(2, i -> (i == 0 ? scimA : scimB).post("Bulk", bulks.get(i)));

        Set<String> createdOnSomeNode = new TreeSet<>();
        Set<String> contestedWinners = new TreeSet<>();
        for (int node = 0; node < 2; node++) {
            String side = node == 0 ? "A" : "B";
            JsonNode results = answers.get(node).expectStatus(200).json().path("Operations");
            assertEquals(12, results.size(), results.toString());
            Set<String> memberIds = new TreeSet<>();
            for (int i = 0; i < 10; i++) {
                JsonNode result = results.get(i);
                String status = result.path("status").asText();
                String userName = (i < 5 ? "contested-" + run + "-" + i : "own" + side + "-" + run + "-" + i);
                if (status.equals("201")) {
                    String id = idOf(result.path("location").asText());
                    memberIds.add(id);
                    createdOnSomeNode.add(id);
                    JsonNode stored = scimB.get("Users/" + id).expectStatus(200).json();
                    assertEquals(userName, stored.path("userName").asText());
                    assertEquals("From" + side, stored.path("name").path("familyName").asText(), stored.toString());
                    assertEquals(userName + "." + side + "@example.test", stored.path("emails").path(0).path("value").asText());
                    if (i < 5) {
                        contestedWinners.add(userName);
                    }
                } else {
                    assertEquals("409", status, "operation " + i + " through node " + side + ": " + result);
                    assertTrue(i < 5, "only contested names may conflict: " + result);
                }
            }
            // The group names every user of its request by bulkId: created with exactly those users, or, when one
            // of them lost its name to the other request, refused as a whole and absent
            JsonNode group = results.get(10);
            String teamName = "team" + side + "-" + run;
            JsonNode teams = scimB.get("Groups?filter=" + encode("displayName eq \"" + teamName + "\"")).expectStatus(200).json();
            if (group.path("status").asText().equals("201")) {
                Set<String> groupMembers = new TreeSet<>();
                scimB.get("Groups/" + idOf(group.path("location").asText())).expectStatus(200).json().path("members")
                        .forEach(member -> groupMembers.add(member.path("value").asText()));
                assertEquals(memberIds, groupMembers, "the group holds exactly the users its request created");
                assertEquals(1, teams.path("totalResults").asInt(), teams.toString());
            } else {
                assertEquals("409", group.path("status").asText(), group.toString());
                assertEquals(0, teams.path("totalResults").asInt(), teams.toString());
            }
            // The PATCH names every bulkId of its request: it fails as a whole when one of them failed, and else
            // adds all of them to the group the other request patches too
            JsonNode join = results.get(11);
            String joined = join.path("status").asText();
            assertTrue(Set.of("200", "204", "409", "400").contains(joined), join.toString());
            if (joined.startsWith("2")) {
                Set<String> sharedMembers = new TreeSet<>();
                scimB.get("Groups/" + shared).expectStatus(200).json().path("members")
                        .forEach(member -> sharedMembers.add(member.path("value").asText()));
                assertTrue(sharedMembers.containsAll(memberIds), sharedMembers + " lacks some of " + memberIds);
            }
        }
        for (int i = 0; i < 5; i++) {
            String userName = "contested-" + run + "-" + i;
            JsonNode found = scimB.get("Users?filter=" + encode("userName eq \"" + userName + "\"")).expectStatus(200).json();
            assertEquals(1, found.path("totalResults").asInt(), found.toString());
            assertTrue(contestedWinners.contains(userName), "exactly one request created " + userName);
        }
        assertEquals(15, createdOnSomeNode.size(), "5 own users per side and each contested name once");
    }

    private static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @FunctionalInterface
    private interface Request {
        HttpResult send(int index);
    }

    /** Sends {@code count} requests from as many threads, released at the same instant; their answers in order. */
    private static List<HttpResult> together(int count, Request request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        List<Future<HttpResult>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Callable<HttpResult> call = () -> {
                start.await(30, TimeUnit.SECONDS);
                return request.send(index);
            };
            pending.add(pool.submit(call));
        }
        List<HttpResult> answers = new ArrayList<>();
        for (Future<HttpResult> answer : pending) {
            answers.add(answer.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }
}
