package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Writes at one size: creates by concurrent clients through each API (in a scratch realm, so the measured realm
 * keeps its exact size), one membership change in a small and in a big group, and reads of a big group with and
 * without its members.
 */
final class WriteBenchmark {

    static final int SMALL_GROUP = 10;
    static final int BIG_GROUP = 10_000;
    /** Members per PATCH while filling the big group: set-up, not a measured directory shape. */
    private static final int FILL_BATCH = 100;

    private final ApiClient main;
    private final ApiClient scratch;
    private final DirectoryWorkloads seeded;
    private final String builtinUnavailable;
    private final BenchmarkSettings settings;
    private String smallGroup;
    private String bigGroup;
    private String emptyGroup;
    private int bigMembers;

    WriteBenchmark(ApiClient main, ApiClient scratch, DirectoryWorkloads seeded, String builtinUnavailable,
                   BenchmarkSettings settings) {
        this.main = main;
        this.scratch = scratch;
        this.seeded = seeded;
        this.builtinUnavailable = builtinUnavailable;
        this.settings = settings;
    }

    /** Creates the groups once and grows the big one to min(10,000, users) members; before the statistics update. */
    void prepareGroups(int users) {
        if (smallGroup == null) {
            smallGroup = createGroup("Benchmark small");
            seeded.addMembers(smallGroup, 0, SMALL_GROUP);
            emptyGroup = createGroup("Benchmark empty");
            bigGroup = createGroup("Benchmark big");
        }
        int target = Math.min(BIG_GROUP, users);
        for (; bigMembers < target; bigMembers = Math.min(target, bigMembers + FILL_BATCH)) {
            seeded.addMembers(bigGroup, bigMembers, Math.min(target, bigMembers + FILL_BATCH));
        }
    }

    private String createGroup(String name) {
        return main.send(Api.OURS, "POST", "Groups", SeedUsers.group(name).toString()).expectStatus(201).json()
                .path("id").asText();
    }

    Results.Writes measure(int users) {
        List<Results.Throughput> creates = new ArrayList<>();
        creates.add(creates(Api.OURS, users));
        creates.add(creates(Api.ADMIN, users));
        creates.add(builtinUnavailable == null ? creates(Api.BUILTIN, users)
                : new Results.Throughput(Api.BUILTIN.key(), 0, settings.clients(), 0, builtinUnavailable));

        ToIntFunction<JsonNode> members = body -> body.path("members").size();
        List<Sampler> patches = List.of(
                Sampler.strict("patch-small", i -> readd(smallGroup, i % SMALL_GROUP), null, null,
                        settings.opTimeout(), 200, 204),
                Sampler.strict("patch-big", i -> readd(bigGroup, (int) ((1234L + 7919L * i) % bigMembers)), null, null,
                        settings.opTimeout(), 200, 204),
                Sampler.lenient("admin-small", i -> adminReadd(smallGroup, i % SMALL_GROUP), null, null,
                        settings.opTimeout(), 204),
                Sampler.lenient("admin-big", i -> adminReadd(bigGroup, (int) ((1234L + 7919L * i) % bigMembers)), null,
                        null, settings.opTimeout(), 204));
        Sampler.interleave(patches, settings.warmup(), settings.repeats());
        List<Sampler> gets = List.of(
                Sampler.strict("get-big", i -> main.timed(Api.OURS, "GET", "Groups/" + bigGroup, null), members, null,
                        settings.opTimeout(), 200),
                Sampler.strict("get-big-excluded", i -> main.timed(Api.OURS, "GET",
                        "Groups/" + bigGroup + "?excludedAttributes=members", null), members, null,
                        settings.opTimeout(), 200),
                Sampler.strict("get-empty", i -> main.timed(Api.OURS, "GET", "Groups/" + emptyGroup, null), members,
                        null, settings.opTimeout(), 200));
        Sampler.interleave(gets, settings.warmup(), settings.repeats());

        Map<String, Results.Cell> cells = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        for (Sampler cell : concat(patches, gets)) {
            cells.put(cell.key(), cell.cell());
            line.append("  ").append(cell.key()).append(' ').append(cell.summary());
        }
        System.out.println("[benchmark] writes:" + line);
        return new Results.Writes(creates, SMALL_GROUP, bigMembers, cells);
    }

    /**
     * {@code settings.creates()} users through {@code api} by {@code settings.clients()} clients. The first create
     * is a probe outside the timing: an API that refuses it is reported, not failed (except ours).
     */
    private Results.Throughput creates(Api api, int size) {
        String prefix = "w" + size + "-" + api.key().replace("-", "") + "-";
        int count = settings.creates();
        TimedHttp.Timed probe = scratch.timed(api, "POST", createPath(api), createBody(api, prefix, 0));
        if (probe.result().status() != 201) {
            if (api == Api.OURS) {
                probe.result().expectStatus(201);
            }
            return new Results.Throughput(api.key(), 0, settings.clients(), 0,
                    "create answered " + probe.result().status());
        }
        double seconds = Concurrently.run(settings.clients(), count, settings.phaseTimeout(), api.label() + " creates",
                k -> scratch.send(api, "POST", createPath(api), createBody(api, prefix, k + 1)).expectStatus(201));
        System.out.printf(Locale.ROOT, "[benchmark] %s creates: %d users by %d clients in %.1f s, %.0f users/s%n",
                api.key(), count, settings.clients(), seconds, count / seconds);
        return new Results.Throughput(api.key(), count, settings.clients(), seconds, null);
    }

    private static String createPath(Api api) {
        return api == Api.ADMIN ? "users" : "Users";
    }

    /** The directory's full user through both SCIM APIs; its native fields through the admin API. */
    private static String createBody(Api api, String prefix, int i) {
        String userName = prefix + i;
        return api == Api.ADMIN ? SeedUsers.adminUser(userName, i).toString()
                : SeedUsers.scimUser(userName, "ext-" + userName, i).toString();
    }

    /** Removes seeded user {@code member} from the group (not timed), then adds it back (timed). */
    private TimedHttp.Timed readd(String group, int member) {
        String userId = seeded.userId(member);
        main.send(Api.OURS, "PATCH", "Groups/" + group, SeedUsers.removeMember(userId).toString())
                .expectStatus(200, 204);
        return main.timed(Api.OURS, "PATCH", "Groups/" + group, SeedUsers.addMembers(List.of(userId)).toString());
    }

    /** The admin API's way: DELETE then PUT of the user's group membership. */
    private TimedHttp.Timed adminReadd(String group, int member) {
        String path = "users/" + seeded.userId(member) + "/groups/" + group;
        main.send(Api.ADMIN, "DELETE", path, null).expectStatus(204);
        return main.timed(Api.ADMIN, "PUT", path, null);
    }

    private static List<Sampler> concat(List<Sampler> first, List<Sampler> second) {
        List<Sampler> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
