package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.kcscim.it.support.HttpResult;

/**
 * What directories do end to end. The Entra-style initial cycle is also how the measured realm is seeded, so a
 * run pays for its users once: growing from one size to the next is one more segment of the same cycle.
 */
final class DirectoryWorkloads {

    /** Entra ID sends membership in PATCHes of at most ten members. */
    static final int MEMBERS_PER_PATCH = 10;
    /** Users per group the cycle creates. */
    static final int GROUP_SIZE = 100;
    static final int PAGE = 100;

    private final ApiClient api;
    private final String[] userIds;
    private final int clients;
    private final Duration deadline;

    /** {@code capacity}: the largest size the run grows to. */
    DirectoryWorkloads(ApiClient api, int capacity, int clients, Duration deadline) {
        this.api = api;
        this.userIds = new String[capacity];
        this.clients = clients;
        this.deadline = deadline;
    }

    /** The id of seeded user {@code i}. */
    String userId(int i) {
        return userIds[i];
    }

    /**
     * Users {@code from}..{@code to}-1 as an initial cycle provisions them: for each, a lookup by userName that
     * finds nothing, then a create; then their groups, each looked up, created, and filled in PATCHes of ten.
     */
    Results.Workload entraCycle(int from, int to) {
        AtomicLong requests = new AtomicLong();
        double userSeconds = Concurrently.run(clients, to - from, deadline, "Entra-style user creation", k -> {
            int i = from + k;
            JsonNode found = api.get(Api.OURS, "Users?filter=" + encode("userName eq \"" + SeedUsers.userName(i) + "\""))
                    .expectStatus(200).json();
            if (found.path("totalResults").asInt(-1) != 0) {
                throw new AssertionError("User " + SeedUsers.userName(i) + " exists before it was created: " + found);
            }
            HttpResult created = api.send(Api.OURS, "POST", "Users", SeedUsers.scimUser(i).toString()).expectStatus(201);
            userIds[i] = created.json().path("id").asText();
            requests.addAndGet(2);
        });
        int groups = (to - from + GROUP_SIZE - 1) / GROUP_SIZE;
        double groupSeconds = Concurrently.run(clients, groups, deadline, "Entra-style group creation", g -> {
            int first = from + g * GROUP_SIZE;
            int last = Math.min(to, first + GROUP_SIZE);
            String name = "Team " + first;
            JsonNode found = api.get(Api.OURS, "Groups?filter=" + encode("displayName eq \"" + name + "\""))
                    .expectStatus(200).json();
            if (found.path("totalResults").asInt(-1) != 0) {
                throw new AssertionError("Group " + name + " exists before it was created: " + found);
            }
            String groupId = api.send(Api.OURS, "POST", "Groups", SeedUsers.group(name).toString())
                    .expectStatus(201).json().path("id").asText();
            requests.addAndGet(2);
            for (int batch = first; batch < last; batch += MEMBERS_PER_PATCH) {
                addMembers(groupId, batch, Math.min(last, batch + MEMBERS_PER_PATCH));
                requests.incrementAndGet();
            }
        });
        return new Results.Workload("Entra-style initial cycle", to - from, requests.get(), userSeconds + groupSeconds,
                true, null);
    }

    /** Adds seeded users {@code from}..{@code to}-1 to a group in one PATCH. */
    void addMembers(String groupId, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(userIds[i]);
        }
        api.send(Api.OURS, "PATCH", "Groups/" + groupId, SeedUsers.addMembers(ids).toString()).expectStatus(200, 204);
    }

    /**
     * An Okta-style import: pages of {@value #PAGE} with {@code startIndex} until every user was seen. Stops at the
     * deadline and says so.
     */
    Results.Workload oktaImport(int users) {
        long begin = System.nanoTime();
        long until = begin + deadline.toNanos();
        int seen = 0;
        long requests = 0;
        int total = Integer.MAX_VALUE;
        for (int start = 1; start <= total && System.nanoTime() < until; start += PAGE) {
            JsonNode page = api.get(Api.OURS, "Users?startIndex=" + start + "&count=" + PAGE).expectStatus(200).json();
            requests++;
            total = page.path("totalResults").asInt(-1);
            int size = page.path("Resources").size();
            seen += size;
            if (size == 0) {
                break;
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        boolean complete = seen == users;
        if (seen > users || (complete && total != users)) {
            throw new AssertionError("The import saw " + seen + " users, totalResults " + total + ", for " + users);
        }
        return new Results.Workload("Okta-style import", seen, requests, seconds, complete,
                complete ? null : "stopped at the deadline after " + seen + " of " + users + " users");
    }

    /** The same paging through the admin API ({@code first}/{@code max}, no count), as a reference. */
    Results.Workload adminImport(int users) {
        long begin = System.nanoTime();
        long until = begin + deadline.toNanos();
        int seen = 0;
        long requests = 0;
        for (int first = 0; System.nanoTime() < until; first += PAGE) {
            JsonNode page = api.get(Api.ADMIN, "users?first=" + first + "&max=" + PAGE).expectStatus(200).json();
            requests++;
            seen += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        boolean complete = seen >= users;
        return new Results.Workload("admin API paging", seen, requests, seconds, complete,
                complete ? null : "stopped at the deadline after " + seen + " of " + users + " users");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
