package org.kcscim.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.KeycloakServer;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.UserProfiles;

/**
 * The benchmark run: grows one realm through the sizes of {@code benchmark.sizes}, measuring at each size reads,
 * writes and directory workloads through this extension's SCIM API, Keycloak's built-in SCIM API and its admin API
 * on the same server, and a change of attribute mappings; then the bad-key flood. With {@code benchmark.only=migration}
 * only the seeding and the mapping change. Writes {@code results-<database>.json} after every size and regenerates
 * the report and charts from all result files in the output folder (see {@link BenchmarkSettings}).
 *
 * <p>Not a test: it fails only when the server answers wrongly (a failed create, a wrong status from our API).
 * Bounded: every loop has a count and a deadline.
 */
@ExtendWith(KeycloakServerExtension.class)
class ScimBenchmark {

    /** The fewest users seeded between two refreshes of the statistics. */
    private static final int ANALYZE_AT_LEAST = 1000;

    /** Directory workloads run at this size and above (and at the largest size of any run). */
    private static final int WORKLOAD_SIZE = 10_000;

    @Test
    void run(KeycloakServer server, AdminClient admin) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        TimedHttp http = new TimedHttp(settings.requestTimeout());
        Realm measured = realm(admin, http, "bench");
        ApiClient main = measured.api();
        ApiClient scratch = realm(admin, http, "bench-writes").api();
        String builtinUnavailable = measured.builtinUnavailable();
        System.out.println("[benchmark] built-in SCIM API: " + (builtinUnavailable == null ? "enabled" : builtinUnavailable));

        int largest = settings.sizes().get(settings.sizes().size() - 1);
        DirectoryWorkloads workloads = new DirectoryWorkloads(main, largest, settings.clients(), settings.phaseTimeout());
        ReadBenchmark reads = new ReadBenchmark(main, builtinUnavailable, settings);
        WriteBenchmark writes = new WriteBenchmark(main, scratch, workloads, builtinUnavailable, settings);
        MappingChangeBenchmark mappingChange = new MappingChangeBenchmark(main, new UserProfiles(admin),
                measured.configurationId(), workloads, settings.phaseTimeout());
        HeapProbe heap = new HeapProbe(server);

        String database = server.database().name();
        Results.Run run = new Results.Run(database, settings.keycloakVersion(),
                Instant.now().truncatedTo(ChronoUnit.MINUTES).toString(), MachineInfo.current(),
                new Results.Method(settings.repeats(), settings.warmup(), settings.clients(), settings.creates(),
                        settings.opTimeout().toSeconds(), settings.requestTimeout().toSeconds(),
                        maintenance(database), builtinUnavailable),
                List.of(), null, settings.only());
        int seeded = 0;
        long entraRequests = 0;
        double entraSeconds = 0;
        for (int users : settings.sizes()) {
            Results.Workload segment = grow(workloads, server, seeded, users);
            entraRequests += segment.requests();
            entraSeconds += segment.seconds();
            seeded = users;
            System.out.printf(Locale.ROOT, "[benchmark] %d users: Entra-style segment of %d users, %d requests in"
                    + " %.1f s (%.0f requests/s)%n", users, segment.users(), segment.requests(), segment.seconds(),
                    segment.requestsPerSecond());
            Results.Workload seededSoFar = new Results.Workload("Entra-style initial cycle", users, entraRequests,
                    entraSeconds, true, null);
            if (settings.migrationOnly()) {
                // The statistics as for the full run, so the move's lookups of owned users are planned alike
                System.out.println("[benchmark] " + server.database().analyze());
                run = run.withSize(new Results.Size(users, segment, seededSoFar, List.of(), null, null, null, null,
                        mappingChange.measure(users)));
                publish(settings.output(), run);
                continue;
            }
            writes.prepareGroups(users);
            System.out.println("[benchmark] " + server.database().analyze());

            List<Results.Read> measuredReads = reads.measure(users);
            Results.Writes measuredWrites = writes.measure(users);
            // Published before the workloads, which can take long: a run stopped there keeps this size's reads
            publish(settings.output(), run.withSize(new Results.Size(users, segment, seededSoFar, measuredReads,
                    measuredWrites, null, null, null, null)));
            Results.Workload okta = null;
            Results.Workload adminPaging = null;
            Results.Heap heapUse = null;
            if (users >= WORKLOAD_SIZE || users == largest) {
                Optional<Long> before = heap.usedAfterGc();
                okta = workloads.oktaImport(users);
                Optional<Long> after = heap.usedAfterGc();
                heapUse = new Results.Heap(before.orElse(null), after.orElse(null),
                        before.isPresent() && after.isPresent() ? null : "jcmd could not read the heap");
                adminPaging = workloads.adminImport(users);
                System.out.printf(Locale.ROOT, "[benchmark] Okta-style import: %d requests in %.1f s; admin paging"
                        + " %d requests in %.1f s; heap %s -> %s bytes%n", okta.requests(), okta.seconds(),
                        adminPaging.requests(), adminPaging.seconds(), heapUse.beforeBytes(), heapUse.afterBytes());
            }
            // Last, after everything that reads: the move evicts the realm's users from Keycloak's cache
            run = run.withSize(new Results.Size(users, segment, seededSoFar, measuredReads, measuredWrites, okta,
                    adminPaging, heapUse, mappingChange.measure(users)));
            publish(settings.output(), run);
        }
        if (!settings.migrationOnly()) {
            run = run.withFlood(new FloodBenchmark(server, main, settings).measure(largest));
            publish(settings.output(), run);
        }
    }

    /**
     * The Entra-style cycle from {@code from} to {@code to} users, with the database's statistics refreshed each
     * time the realm grew by a tenth, as PostgreSQL's autovacuum does by default (autovacuum is off on the
     * machines this runs on). Without it the planner keeps the plans of an empty table and every lookup by
     * userName reads all the realm's users, which is not what a production server does. Not timed.
     */
    private static Results.Workload grow(DirectoryWorkloads workloads, KeycloakServer server, int from, int to) {
        long requests = 0;
        double seconds = 0;
        for (int start = from; start < to; ) {
            int step = Math.max(ANALYZE_AT_LEAST, start / 10);
            int end = Math.min(to, (start + step + DirectoryWorkloads.GROUP_SIZE - 1)
                    / DirectoryWorkloads.GROUP_SIZE * DirectoryWorkloads.GROUP_SIZE);
            Results.Workload part = workloads.entraCycle(start, end);
            requests += part.requests();
            seconds += part.seconds();
            server.database().analyze();
            start = end;
        }
        return new Results.Workload("Entra-style initial cycle", to - from, requests, seconds, true, null);
    }

    private record Realm(ApiClient api, String configurationId, String builtinUnavailable) {
    }

    /** A realm with one configuration of ours and the built-in SCIM API enabled. */
    private static Realm realm(AdminClient admin, TimedHttp http, String prefix) {
        String realm = admin.createRealm(prefix);
        ScimConfigurations.Created configuration = new ScimConfigurations(admin).create(realm, "Benchmark");
        BuiltinScimApi builtin = BuiltinScimApi.enable(admin, realm);
        return new Realm(new ApiClient(admin, http, realm, configuration.apiKey(), builtin), configuration.id(),
                builtin.unavailable());
    }

    private static String maintenance(String database) {
        return "postgres".equals(database)
                ? "VACUUM ANALYZE each time the realm grew by a tenth while seeding, and after seeding each size"
                : "nothing to maintain (H2)";
    }

    private static void publish(Path output, Results.Run run) {
        Results.write(output, run);
        Path report = new ReportWriter(output).write();
        System.out.println("[benchmark] results in " + Results.file(output, run) + ", report " + report);
    }
}
