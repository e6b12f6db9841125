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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes to one resource that arrive at the same time, as a directory's initial sync sends them: each is answered
 * 2xx (never a 500 from a database deadlock) and none undoes another.
 */
@ExtendWith(KeycloakServerExtension.class)
class ConcurrentWritesIT {

    private static final int USERS = 200;
    private static final int GROUPS = 20;
    private static final int PATCHES = 500;
    private static final int MEMBERS_PER_PATCH = 10;
    private static final int IN_FLIGHT = 4;

    private static ScimClient scim;

    @BeforeAll
    static void setUp(AdminClient client) {
        scim = ScimClient.inNewRealm(client, "concurrent");
    }

    /** Entra's initial sync: member PATCHes of 10 users into 20 groups, 4 in flight at any time. */
    @Test
    void memberPatchesArrivingFourAtATimeAllSucceedAndKeepEveryMember() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(scim.createUser("sync-" + i));
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            groups.add(scim.createGroup("Sync group " + i));
        }
        Map<String, Set<String>> expected = new HashMap<>();
        List<String[]> patches = new ArrayList<>();
        for (int p = 0; p < PATCHES; p++) {
            String group = groups.get(p % GROUPS);
            String[] members = new String[MEMBERS_PER_PATCH];
            for (int m = 0; m < MEMBERS_PER_PATCH; m++) {
                // Patches to one group overlap in members, as retries and re-syncs do
                members[m] = users.get((p * 7 + m * 13) % USERS);
            }
            expected.computeIfAbsent(group, g -> new TreeSet<>()).addAll(List.of(members));
            patches.add(new String[]{group, GroupsIT.addMembers(members)});
        }

        List<HttpResult> failures = sendConcurrently(patches);

        assertTrue(failures.isEmpty(), failures.size() + " PATCHes failed, the first: " + (failures.isEmpty() ? "" : failures.get(0)));
        for (String group : groups) {
            JsonNode read = scim.get("Groups/" + group).expectStatus(200).json();
            assertEquals(expected.get(group), GroupsIT.memberIds(read), "members of " + read.path("displayName").asText());
        }
    }

    /** A rename, member additions and member removals on one group at once: every one is applied. */
    @Test
    void differentKindsOfPatchToOneGroupAtOnceAllApply() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            users.add(scim.createUser("mixed-" + i));
        }
        String group = scim.createGroup("Mixed", users.subList(0, 20).toArray(String[]::new));
        List<String[]> patches = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            patches.add(new String[]{group, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                    + "\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + users.get(i) + "\\\"]\"}]}"});
            patches.add(new String[]{group, GroupsIT.addMembers(users.get(20 + i))});
        }
        patches.add(new String[]{group, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"displayName\":\"Mixed renamed\"}}]}"});

        List<HttpResult> failures = sendConcurrently(patches);

        assertTrue(failures.isEmpty(), failures.size() + " PATCHes failed, the first: " + (failures.isEmpty() ? "" : failures.get(0)));
        JsonNode read = scim.get("Groups/" + group).expectStatus(200).json();
        assertEquals("Mixed renamed", read.path("displayName").asText());
        assertEquals(new TreeSet<>(users.subList(20, 40)), GroupsIT.memberIds(read));
    }

    /** Sends each {@code {groupId, body}} as a PATCH, {@link #IN_FLIGHT} at a time; returns those not answered 2xx. */
    private static List<HttpResult> sendConcurrently(List<String[]> patches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<HttpResult>> results = new ArrayList<>();
            for (String[] patch : patches) {
                results.add(pool.submit(() -> scim.patch("Groups/" + patch[0], patch[1])));
            }
            List<HttpResult> failures = new ArrayList<>();
            for (Future<HttpResult> result : results) {
                HttpResult answer = result.get();
                if (answer.status() / 100 != 2) {
                    failures.add(answer);
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
