package org.kcscim.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakCluster;
import org.kcscim.it.support.KeycloakClusterExtension;
import org.kcscim.it.support.Polling;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.cluster.ScimBodies.encode;
import static org.kcscim.it.cluster.ScimBodies.patch;
import static org.kcscim.it.cluster.ScimBodies.unique;
import static org.kcscim.it.cluster.ScimBodies.user;

/**
 * Node A dies with SIGKILL in the middle of a directory's work: what A acknowledged is in the database and served
 * by B, B goes on serving without a restart, nothing is half-written, and A restarted rejoins and serves the same.
 */
@ExtendWith(KeycloakClusterExtension.class)
class NodeFailureIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WORK_DEADLINE = Duration.ofMinutes(2);

    private KeycloakCluster cluster;
    private String realm;
    private ScimClient scimA;
    private ScimClient scimB;
    private ExecutorService pool;

    @BeforeEach
    void setUp(KeycloakCluster keycloak) {
        cluster = keycloak;
        AdminClient adminA = cluster.nodeA().admin();
        realm = adminA.createRealm("failover");
        ScimConfigurations.Created configuration = new ScimConfigurations(adminA).create(realm, "Directory");
        scimA = new ScimClient(adminA, realm, configuration.apiKey());
        scimB = new ScimClient(cluster.nodeB().admin(), realm, configuration.apiKey());
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void restartTheKilledNode() {
        pool.shutdownNow();
        if (!cluster.nodeA().isRunning()) {
            cluster.restart(cluster.nodeA());
        }
    }

    @Test
    void aNodeKilledInTheMiddleOfABulkRequestLeavesWholeUsersOnlyAndTheDirectoryFinishesThroughTheOther() throws Exception {
        String run = unique("");
        ObjectNode bulk = JSON.createObjectNode();
        bulk.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:BulkRequest");
        ArrayNode operations = bulk.putArray("Operations");
        for (int i = 0; i < 100; i++) {
            // A password makes each operation take a hashing's time, so the kill lands in the middle
            ObjectNode user = user("bulk" + i + "-" + run, "Family" + i, "bulk" + i + "-" + run + "@example.test");
            user.put("password", "Bulk-pass-" + i + "-" + run);
            operations.addObject().put("method", "POST").put("path", "/Users").put("bulkId", "u" + i).set("data", user);
        }
        Future<HttpResult> cutOff = pool.submit(() -> scimA.post("Bulk", bulk));

        Polling.until(WORK_DEADLINE, "A to have committed some of the bulk's users", () -> usersOfRun(run) >= 10);
        cluster.nodeA().kill();
        assertThrows(Exception.class, () -> cutOff.get(1, TimeUnit.MINUTES), "A's answer never arrives");

        // Whatever A committed is whole: owned by the configuration (so listed by SCIM) and with every attribute
        int committed = usersOfRun(run);
        assertTrue(committed >= 10 && committed < 100, committed + " users committed before the kill");
        JsonNode listed = scimB.get("Users?count=200&filter=" + encode("userName sw \"bulk\" and userName ew \"-" + run + "\""))
                .expectStatus(200).json();
        assertEquals(committed, listed.path("totalResults").asInt(), "every committed user is the configuration's");
        listed.path("Resources").forEach(stored -> {
            String userName = stored.path("userName").asText();
            String index = userName.substring("bulk".length(), userName.indexOf('-'));
            assertEquals("Family" + index, stored.path("name").path("familyName").asText(), stored.toString());
            assertEquals(userName + "@example.test", stored.path("emails").path(0).path("value").asText(), stored.toString());
        });

        // The directory retries the whole request through B: the users A made are conflicts, the rest are created
        JsonNode retried = scimB.post("Bulk", bulk).expectStatus(200).json().path("Operations");
        int created = 0;
        for (JsonNode result : retried) {
            String status = result.path("status").asText();
            assertTrue(status.equals("201") || status.equals("409"), result.toString());
            created += status.equals("201") ? 1 : 0;
        }
        assertEquals(100 - committed, created);
        assertEquals(100, usersOfRun(run));

        cluster.restart(cluster.nodeA());
        JsonNode throughA = scimA.get("Users?count=1&filter=" + encode("userName ew \"-" + run + "\"")).expectStatus(200).json();
        assertEquals(100, throughA.path("totalResults").asInt(), throughA.toString());
    }

    @Test
    void aNodeKilledDuringAStreamOfPatchesLosesNoneItAcknowledgedAndTheOtherServesOnAtOnce() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            users.add(scimB.createUser(unique("stream" + i + "-")));
        }
        String group = scimB.createGroup(unique("streamed"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> senders = new ArrayList<>();
        for (int sender = 0; sender < 4; sender++) {
            senders.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < users.size(); i = next.getAndIncrement()) {
                    String member = users.get(i);
                    try {
                        HttpResult answer = scimA.patch("Groups/" + group, addMember(member));
                        if (answer.status() == 200 || answer.status() == 204) {
                            acknowledged.add(member);
                        }
                    } catch (RuntimeException cutOffByTheKill) {
                        return;
                    }
                }
            }));
        }

        Polling.until(WORK_DEADLINE, "A to acknowledge some PATCHes", () -> acknowledged.size() >= 15);
        cluster.nodeA().kill();
        for (Future<?> sender : senders) {
            sender.get(1, TimeUnit.MINUTES);
        }
        Polling.until(Duration.ofSeconds(30), "B to drop the killed node from its cluster",
                () -> cluster.nodeB().clusterSize().orElse(0) == 1);

        Set<String> seenByB = members(scimB, group);
        assertTrue(seenByB.containsAll(acknowledged), "B lacks acknowledged members: "
                + difference(acknowledged, seenByB));

        // B serves at once, without a restart: the directory sends everything A did not acknowledge to B
        for (String member : users) {
            if (!acknowledged.contains(member)) {
                scimB.patch("Groups/" + group, addMember(member)).expectStatus(200, 204);
            }
        }
        assertEquals(new TreeSet<>(users), members(scimB, group));

        cluster.restart(cluster.nodeA());
        assertEquals(new TreeSet<>(users), members(scimA, group), "A rejoined and serves the same memberships");
        JsonNode keycloakMembers = cluster.nodeA().admin().send("GET", "/admin/realms/" + realm + "/groups/" + group
                + "/members?max=100", cluster.nodeA().admin().adminToken(), null).expectStatus(200).json();
        assertEquals(users.size(), keycloakMembers.size());
    }

    private int usersOfRun(String run) {
        return scimB.get("Users?count=0&filter=" + encode("userName ew \"-" + run + "\"")).expectStatus(200).json()
                .path("totalResults").asInt();
    }

    private static ObjectNode addMember(String id) {
        return patch("add", "members", JSON.createArrayNode().add(JSON.createObjectNode().put("value", id)));
    }

    private static Set<String> members(ScimClient node, String group) {
        Set<String> ids = new TreeSet<>();
        node.get("Groups/" + group).expectStatus(200).json().path("members")
                .forEach(member -> ids.add(member.path("value").asText()));
        return ids;
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> left = new TreeSet<>(from);
        left.removeAll(minus);
        return left;
    }
}
