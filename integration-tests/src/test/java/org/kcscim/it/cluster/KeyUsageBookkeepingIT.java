package org.kcscim.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.ClusterNode;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakCluster;
import org.kcscim.it.support.KeycloakClusterExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.cluster.ScimBodies.encode;
import static org.kcscim.it.cluster.ScimBodies.patch;
import static org.kcscim.it.cluster.ScimBodies.unique;

/**
 * A steady SCIM load on both nodes records when each key was last used without ever invalidating the realm's
 * cache: measured on Infinispan's own counters of the {@code realms} cache on both nodes, around the load.
 */
@ExtendWith(KeycloakClusterExtension.class)
class KeyUsageBookkeepingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("it.cluster.loadSeconds", 20));
    private static final int THREADS_PER_NODE = 2;

    @Test
    void aSteadyLoadOnBothNodesStampsKeyUseWithoutAnyRealmCacheInvalidation(KeycloakCluster cluster) throws Exception {
        AdminClient adminA = cluster.nodeA().admin();
        String realm = adminA.createRealm("keyuse");
        ScimConfigurations configurations = new ScimConfigurations(adminA);
        // Two directories, each with its first request inside the measured load; a third one warms both nodes up
        ScimConfigurations.Created warmUp = configurations.create(realm, "Warm-up");
        List<ScimConfigurations.Created> loaded = List.of(configurations.create(realm, "Entra ID"),
                configurations.create(realm, "Okta"));
        for (ClusterNode node : cluster.nodes()) {
            ScimClient client = new ScimClient(node.admin(), realm, warmUp.apiKey());
            runMix(client, Duration.ofSeconds(3), new AtomicInteger(), new ConcurrentLinkedQueue<>());
        }

        long begin = System.currentTimeMillis();
        RealmCacheCounters before = RealmCacheCounters.of(cluster);
        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<HttpResult> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(cluster.nodes().size() * THREADS_PER_NODE);
        try {
            List<Future<?>> senders = new ArrayList<>();
            for (ClusterNode node : cluster.nodes()) {
                for (int thread = 0; thread < THREADS_PER_NODE; thread++) {
                    ScimConfigurations.Created directory = loaded.get(thread % loaded.size());
                    ScimClient client = new ScimClient(node.admin(), realm, directory.apiKey());
                    senders.add(pool.submit(() -> runMix(client, LOAD, requests, failures)));
                }
            }
            for (Future<?> sender : senders) {
                sender.get(LOAD.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        RealmCacheCounters after = RealmCacheCounters.of(cluster);

        assertTrue(failures.isEmpty(), failures.size() + " requests failed, the first: " + failures.peek());
        long invalidations = after.removals - before.removals;
        long reloads = after.stores - before.stores;
        System.err.printf("[it] key usage: %d SCIM requests in %d s on %d nodes; realm cache entries invalidated: %d,"
                        + " reloaded: %d%n", requests.get(), LOAD.toSeconds(), cluster.nodes().size(), invalidations,
                reloads);
        assertEquals(0, invalidations, "realm cache entries invalidated during the load");
        assertEquals(0, reloads, "realm cache entries loaded again during the load");

        // No conflict over the stamps either: no node logged a failed stamp or a violated key of their table
        for (ClusterNode node : cluster.nodes()) {
            List<String> complaints = new ArrayList<>(node.logLines("[org.kcscim.config."));
            complaints.addAll(node.logLines("pk_kcscim_key_use"));
            complaints.addAll(node.logLines("PK_KCSCIM_KEY_USE"));
            assertEquals(List.of(), complaints, node + " logged trouble with key-use stamps");
        }

        // Each loaded key's use is on record, and both nodes' admin APIs show it
        for (ClusterNode node : cluster.nodes()) {
            AdminClient admin = node.admin();
            for (ScimConfigurations.Created directory : loaded) {
                JsonNode shown = admin.send("GET", ScimConfigurations.path(realm) + "/" + directory.id(),
                        admin.adminToken(), null).expectStatus(200).json();
                assertTrue(shown.path("keyLastUsedAt").isTextual(), shown.toString());
                long usedAt = Instant.parse(shown.path("keyLastUsedAt").asText()).toEpochMilli();
                assertTrue(usedAt >= begin - 1000, "stamped during the load: " + shown);
            }
        }
    }

    /** A directory's routine until {@code duration} has passed: look a person up, create them, read and patch them. */
    private static void runMix(ScimClient client, Duration duration, AtomicInteger requests,
                               ConcurrentLinkedQueue<HttpResult> failures) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            String userName = unique("steady");
            HttpResult lookedUp = client.get("Users?filter=" + encode("userName eq \"" + userName + "\""));
            HttpResult created = client.post("Users", ScimBodies.user(userName, "Steady", userName + "@example.test"));
            String id = created.status() == 201 ? created.json().path("id").asText() : "missing";
            HttpResult read = client.get("Users/" + id);
            HttpResult patched = client.patch("Users/" + id, patch("replace", "title",
                    JSON.getNodeFactory().textNode("Title of " + userName)));
            for (HttpResult answer : List.of(lookedUp, created, read, patched)) {
                requests.incrementAndGet();
                if (answer.status() / 100 != 2) {
                    failures.add(answer);
                }
            }
        }
    }

    /** Infinispan's counters of the {@code realms} cache (realms, their components, groups, roles), all nodes summed. */
    private record RealmCacheCounters(long removals, long stores) {

        static RealmCacheCounters of(KeycloakCluster cluster) {
            long removals = 0;
            long stores = 0;
            for (ClusterNode node : cluster.nodes()) {
                Map<String, String> realms = Map.of("cache", "realms");
                removals += (long) node.metric("vendor_statistics_remove_hits", realms)
                        .orElseThrow(() -> new AssertionError(node + " has no realms cache metrics"));
                stores += (long) node.metric("vendor_statistics_stores", realms)
                        .orElseThrow(() -> new AssertionError(node + " has no realms cache metrics"));
            }
            return new RealmCacheCounters(removals, stores);
        }
    }
}
