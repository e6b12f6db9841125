package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServer;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

/**
 * Seeds a fresh realm through SCIM {@code /Bulk}, then times pairs of equivalent queries, one through SCIM and one
 * through Keycloak's admin REST API, on the same server in the same run, and reports median and p95 latencies and
 * their ratio. Not a test: it fails only when the server answers wrongly (a non-2xx status, a failed bulk
 * operation). Bounded: every loop has a fixed count and a deadline.
 *
 * <p>System properties (set by the pom, overridable with {@code -D}): {@code benchmark.users},
 * {@code benchmark.repeats}, {@code benchmark.warmup}, {@code benchmark.parallel} (bulk requests in flight),
 * {@code benchmark.seedTimeoutSeconds}, {@code benchmark.opTimeoutSeconds} (per measured pair),
 * {@code benchmark.requestTimeoutSeconds} (per request; a side that exceeds it is reported as too slow, not sampled),
 * {@code benchmark.floodRequests} and {@code benchmark.floodConnections} (the bad-key flood, see {@link #measureFlood(KeycloakServer)}),
 * {@code benchmark.report} (the Markdown file written).
 */
@ExtendWith(KeycloakServerExtension.class)
class ScimBenchmark {

    private static final int BULK_SIZE = 100;
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Not 127.0.0.1, which the directory sends from: a throttled flood address must not be the directory's. */
    private static final String FLOOD_SOURCE = "127.66.0.1";
    /** How much a flood may slow a valid directory's requests down (ratio of medians). */
    private static final double FLOOD_SLOWDOWN_ALLOWED = 1.5;

    private final int users = intProperty("benchmark.users", 10000);
    private final int repeats = intProperty("benchmark.repeats", 50);
    private final int warmup = intProperty("benchmark.warmup", 10);
    private final int parallel = intProperty("benchmark.parallel", 3);
    private final Duration seedTimeout = Duration.ofSeconds(intProperty("benchmark.seedTimeoutSeconds", 1800));
    private final Duration opTimeout = Duration.ofSeconds(intProperty("benchmark.opTimeoutSeconds", 120));
    private final Duration requestTimeout = Duration.ofSeconds(intProperty("benchmark.requestTimeoutSeconds", 60));
    private final int floodRequests = intProperty("benchmark.floodRequests", 2000);
    private final int floodConnections = intProperty("benchmark.floodConnections", 100);
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private AdminClient admin;
    private ScimClient scim;
    private String scimKey;
    private String realm;

    @Test
    void run(KeycloakServer server, AdminClient admin) throws Exception {
        this.admin = admin;
        if (users < 1 || repeats < 1 || warmup < 0 || parallel < 1 || floodRequests < 1 || floodConnections < 1) {
            throw new IllegalArgumentException("benchmark.users, repeats, parallel and flood sizes must be positive");
        }
        realm = admin.createRealm("bench");
        scimKey = new ScimConfigurations(admin).create(realm, "Benchmark").apiKey();
        scim = new ScimClient(admin, realm, scimKey);

        double seedSeconds = seed();
        String statistics = server.database().analyze();
        System.out.println("[benchmark] database statistics: " + statistics);
        double usersPerSecond = users / seedSeconds;
        System.out.printf(Locale.ROOT, "[benchmark] seeded %d users in %.1f s: %.0f users/s%n",
                users, seedSeconds, usersPerSecond);

        List<Row> rows = new ArrayList<>();
        for (Pair pair : pairs()) {
            rows.add(measure(pair));
        }
        FloodRow flood = measureFlood(server);
        String report = report(server, seedSeconds, usersPerSecond, statistics, rows, flood);
        System.out.println(report);
        Path file = Path.of(System.getProperty("benchmark.report", "target/benchmark-report.md"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("[benchmark] report written to " + file.toAbsolutePath());
    }

    // ---- seeding

    /** Creates users 0..N-1 through /Bulk, {@link #BULK_SIZE} per request, {@link #parallel} requests at once. */
    private double seed() throws Exception {
        int batches = (users + BULK_SIZE - 1) / BULK_SIZE;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long begin = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                int from = b * BULK_SIZE;
                int to = Math.min(users, from + BULK_SIZE);
                futures.add(pool.submit(() -> {
                    bulk(from, to);
                    return null;
                }));
            }
            long deadline = begin + seedTimeout.toNanos();
            for (Future<?> future : futures) {
                long left = deadline - System.nanoTime();
                try {
                    future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Seeding did not finish within " + seedTimeout, e);
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private void bulk(int from, int to) {
        ObjectNode request = JSON.createObjectNode();
        request.putArray("schemas").add(BULK_REQUEST);
        request.put("failOnErrors", 1);
        ArrayNode operations = request.putArray("Operations");
        for (int i = from; i < to; i++) {
            operations.addObject()
                    .put("method", "POST")
                    .put("path", "/Users")
                    .put("bulkId", "u" + i)
                    .set("data", user(i));
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create(scim.baseUrl() + "/Bulk"))
                .timeout(requestTimeout)
                .header("Content-Type", ScimClient.SCIM_JSON)
                .header("Accept", ScimClient.SCIM_JSON)
                .header("Authorization", "Bearer " + scimKey)
                .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8))
                .build();
        JsonNode response = timed(post).result().expectStatus(200).json();
        for (JsonNode operation : response.path("Operations")) {
            if (!"201".equals(operation.path("status").asText())) {
                throw new AssertionError("Bulk operation failed: " + operation);
            }
        }
        if (response.path("Operations").size() != to - from) {
            throw new AssertionError("Bulk answered " + response.path("Operations").size() + " operations for "
                    + (to - from) + ": " + response);
        }
    }

    private static ObjectNode user(int i) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add(CORE_USER).add(ENTERPRISE);
        user.put("userName", userName(i));
        user.putObject("name").put("givenName", "Given" + i).put("familyName", "Family" + i);
        user.putArray("emails").addObject()
                .put("value", userName(i) + "@example.test")
                .put("type", "work")
                .put("primary", true);
        user.put("title", "Title " + (i % 10));
        user.put("active", true);
        user.putObject(ENTERPRISE).put("department", "Department " + (i % 20));
        return user;
    }

    private static String userName(int i) {
        return "u-" + i;
    }

    // ---- what is measured

    /** One operation: its SCIM and admin requests for repetition {@code i}, and how each counts its matches. */
    private record Pair(String name, IntFunction<String> scimPath, IntFunction<String> adminPath,
                        ToIntFunction<JsonNode> scimMatches, ToIntFunction<JsonNode> adminMatches) {
    }

    private List<Pair> pairs() {
        String base = "/admin/realms/" + realm + "/users";
        ToIntFunction<JsonNode> totalResults = body -> body.path("totalResults").asInt(-1);
        ToIntFunction<JsonNode> arraySize = JsonNode::size;
        IntFunction<Integer> someone = this::someone;
        int middle = users / 2;
        String digits = substring();
        List<Pair> pairs = new ArrayList<>();
        pairs.add(new Pair("lookup by userName",
                this::lookupByUserName,
                i -> base + "?username=" + encode(userName(someone.apply(i))) + "&exact=true",
                totalResults, arraySize));
        // Cheap-looking ones first: a request that times out leaves its query running on the server
        pairs.add(new Pair("substring \"" + digits + "\" (first 100)",
                i -> "Users?count=100&filter=" + encode("emails.value co \"" + digits + "\""),
                // Keycloak's search is a prefix search unless the term is wrapped in '*'
                i -> base + "?max=100&search=" + encode("*" + digits + "*"),
                totalResults, arraySize));
        pairs.add(new Pair("title eq \"Title 7\" (first 100)",
                i -> "Users?count=100&filter=" + encode("title eq \"Title 7\""),
                // The value is quoted: q splits key:value pairs on spaces outside quotes
                i -> base + "?max=100&exact=true&q=" + encode("kcscim.title:\"Title 7\""),
                totalResults, arraySize));
        pairs.add(new Pair("page of 100 (from " + (middle + 1) + ")",
                i -> "Users?startIndex=" + (middle + 1) + "&count=100",
                i -> base + "?first=" + middle + "&max=100",
                body -> body.path("Resources").size(), arraySize));
        pairs.add(new Pair("count",
                i -> "Users?count=0",
                i -> base + "/count",
                totalResults, JsonNode::asInt));
        return pairs;
    }

    /** Distinct users across repetitions, spread over the whole range. */
    private int someone(int i) {
        return (int) ((1234L + 7919L * i) % users);
    }

    private String lookupByUserName(int i) {
        return "Users?filter=" + encode("userName eq \"" + userName(someone(i)) + "\"");
    }

    /** "4567" when there are enough users, otherwise the digits of a user in the upper half. */
    private String substring() {
        return users > 4567 ? "4567" : String.valueOf(users * 4 / 5);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- measuring

    private record Row(String operation, double[] scimMs, double[] adminMs, int scimMatches, int adminMatches,
                       String scimNote, String adminNote, boolean capped) {
    }

    /** A request that did not answer within the request timeout: that side of the operation is not sampled. */
    private static final class TooSlow extends RuntimeException {
        TooSlow(String message) {
            super(message, null, false, false);
        }
    }

    private Row measure(Pair pair) {
        // Probe once: how many each side matches, and whether each side answers at all (in time, with 200)
        String scimNote = "";
        String adminNote = "";
        int scimMatches = -1;
        int adminMatches = -1;
        double scimProbeMs = Double.NaN;
        double adminProbeMs = Double.NaN;
        try {
            Timed timedProbe = timed(scimRequest(pair.scimPath().apply(0)));
            scimProbeMs = timedProbe.millis();
            HttpResult probe = timedProbe.result();
            probe.expectStatus(200);
            scimMatches = pair.scimMatches().applyAsInt(probe.json());
        } catch (TooSlow e) {
            scimNote = e.getMessage();
        }
        try {
            Timed timedProbe = timed(adminRequest(pair.adminPath().apply(0)));
            adminProbeMs = timedProbe.millis();
            HttpResult probe = timedProbe.result();
            if (probe.status() == 200) {
                adminMatches = pair.adminMatches().applyAsInt(probe.json());
            } else {
                adminNote = "admin API answered " + probe.status();
            }
        } catch (TooSlow e) {
            adminNote = e.getMessage();
        }
        boolean scimWorks = scimNote.isEmpty();
        boolean adminWorks = adminNote.isEmpty();

        long deadline = System.nanoTime() + opTimeout.toNanos();
        boolean capped = false;
        int done = 0;
        double[] scimMs = new double[repeats];
        double[] adminMs = new double[repeats];
        try {
            for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
                if (scimWorks) {
                    timedScim(pair.scimPath().apply(i));
                }
                if (adminWorks) {
                    timedAdmin(pair.adminPath().apply(i));
                }
            }
            for (int i = 0; i < repeats && (scimWorks || adminWorks); i++) {
                if (System.nanoTime() >= deadline) {
                    capped = true;
                    break;
                }
                // Alternate which side goes first, so neither always benefits from the other's warm caches
                if (i % 2 == 0) {
                    scimMs[i] = scimWorks ? timedScim(pair.scimPath().apply(i)) : Double.NaN;
                    adminMs[i] = adminWorks ? timedAdmin(pair.adminPath().apply(i)) : Double.NaN;
                } else {
                    adminMs[i] = adminWorks ? timedAdmin(pair.adminPath().apply(i)) : Double.NaN;
                    scimMs[i] = scimWorks ? timedScim(pair.scimPath().apply(i)) : Double.NaN;
                }
                done++;
            }
        } catch (TooSlow e) {
            // Rare: the probe answered in time but a later request did not. Keep the samples taken so far.
            capped = true;
            System.out.println("[benchmark] " + pair.name() + ": " + e.getMessage());
        }
        if (done == 0) {
            // Nothing sampled within the time cap: at least say how long the first request took
            scimNote = scimWorks ? String.format(Locale.ROOT, "first request %.0f", scimProbeMs) : scimNote;
            adminNote = adminWorks ? String.format(Locale.ROOT, "first request %.0f", adminProbeMs) : adminNote;
        }
        Row row = new Row(pair.name(), scimWorks ? Arrays.copyOf(scimMs, done) : null,
                adminWorks ? Arrays.copyOf(adminMs, done) : null,
                scimMatches, adminMatches, scimNote, adminNote, capped);
        System.out.printf(Locale.ROOT, "[benchmark] %-40s SCIM %8s ms  admin %8s ms  (%d samples)%n",
                row.operation(), format(percentile(row.scimMs(), 50), scimNote),
                format(percentile(row.adminMs(), 50), adminNote), done);
        return row;
    }

    private double timedScim(String path) {
        Timed timed = timed(scimRequest(path));
        timed.result().expectStatus(200);
        return timed.millis();
    }

    private double timedAdmin(String path) {
        Timed timed = timed(adminRequest(path));
        timed.result().expectStatus(200);
        return timed.millis();
    }

    private HttpRequest scimRequest(String path) {
        return HttpRequest.newBuilder(URI.create(scim.baseUrl() + "/" + path))
                .timeout(requestTimeout)
                .header("Accept", ScimClient.SCIM_JSON)
                .header("Authorization", "Bearer " + scimKey)
                .GET()
                .build();
    }

    private HttpRequest adminRequest(String path) {
        // The token is fetched (and renewed when close to expiry) before the timed span
        return HttpRequest.newBuilder(URI.create(admin.baseUrl() + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + admin.adminToken())
                .GET()
                .build();
    }

    private record Timed(HttpResult result, double millis) {
    }

    /** Sends one request on the benchmark's own client (same for both sides), timing it until its body is read. */
    private Timed timed(HttpRequest request) {
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double millis = (System.nanoTime() - begin) / 1e6;
            return new Timed(new HttpResult(request.method(), request.uri().toString(), response.statusCode(),
                    response.headers(), response.body()), millis);
        } catch (HttpTimeoutException e) {
            throw new TooSlow("no answer within " + requestTimeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    private static String format(double millis, String note) {
        return Double.isNaN(millis) ? (note.isEmpty() ? "-" : note) : String.format(Locale.ROOT, "%.1f", millis);
    }

    /** Nearest-rank percentile of the samples (which it sorts a copy of). */
    private static double percentile(double[] samples, double p) {
        if (samples == null || samples.length == 0) {
            return Double.NaN;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ---- a flood of bad keys

    private record FloodRow(double[] aloneMs, double[] duringMs, BadKeyFlood.Result flood) {
    }

    /**
     * The directory's lookup by userName from 127.0.0.1, first alone, then while {@link BadKeyFlood} sends
     * {@code floodRequests} requests with a wrong key from {@link #FLOOD_SOURCE} over {@code floodConnections}
     * connections (at most 1.5 times slower). During the flood the lookup is sampled until the flood ends.
     */
    private FloodRow measureFlood(KeycloakServer server) throws InterruptedException {
        for (int i = 0; i < warmup; i++) {
            timedScim(lookupByUserName(i));
        }
        double[] alone = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            alone[i] = timedScim(lookupByUserName(i));
        }
        String floodPath = "/realms/" + realm + "/provisioning/scim/v2/" + lookupByUserName(0);
        BadKeyFlood flood = BadKeyFlood.start(server.baseUrl(), floodPath, FLOOD_SOURCE, floodRequests,
                floodConnections, requestTimeout);
        List<Double> during = new ArrayList<>();
        long deadline = System.nanoTime() + opTimeout.toNanos();
        for (int i = 0; !flood.isDone() && System.nanoTime() < deadline; i++) {
            during.add(timedScim(lookupByUserName(i)));
        }
        BadKeyFlood.Result result = flood.await(opTimeout);
        if (!Set.of(401, 429).containsAll(result.statuses().keySet()) || result.requests() != floodRequests) {
            throw new AssertionError("The flood's requests must all be refused with 401 or 429: " + result.statuses());
        }
        FloodRow row = new FloodRow(alone, during.stream().mapToDouble(Double::doubleValue).toArray(), result);
        System.out.printf(Locale.ROOT, "[benchmark] lookup by userName alone %.1f ms, during the flood %.1f ms"
                        + " (%d samples); flood answers %s in %.1f s%n",
                percentile(alone, 50), percentile(row.duringMs(), 50), row.duringMs().length,
                result.statuses(), result.seconds());
        return row;
    }

    // ---- the report

    private String report(KeycloakServer server, double seedSeconds, double usersPerSecond, String statistics,
                          List<Row> rows, FloodRow flood) {
        StringBuilder out = new StringBuilder();
        out.append("# SCIM benchmark\n\n");
        out.append(String.format(Locale.ROOT,
                "Keycloak %s on %s, %d users, %d measured repetitions after %d warm-up, %d CPUs, %s%n%n",
                System.getProperty("keycloak.version", "?"), server.database(), users, repeats, warmup,
                Runtime.getRuntime().availableProcessors(), Instant.now()));
        out.append(String.format(Locale.ROOT,
                "Seeding through SCIM /Bulk (%d operations per request, %d requests in parallel): "
                        + "%d users in %.1f s, **%.0f users/s**. Database statistics: %s.%n%n",
                BULK_SIZE, parallel, users, seedSeconds, usersPerSecond, statistics));
        out.append("| operation | SCIM median ms | SCIM p95 ms | admin median ms | admin p95 ms | SCIM/admin (median)"
                + " | matches SCIM / admin |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            double scimMedian = percentile(row.scimMs(), 50);
            double adminMedian = percentile(row.adminMs(), 50);
            out.append(String.format(Locale.ROOT, "| %s%s | %s | %s | %s | %s | %s | %s / %s |%n",
                    row.operation(), row.capped() ? " (cut short, " + count(row) + " samples)" : "",
                    format(scimMedian, row.scimNote()), format(percentile(row.scimMs(), 95), ""),
                    format(adminMedian, row.adminNote()), format(percentile(row.adminMs(), 95), ""),
                    Double.isNaN(scimMedian) || Double.isNaN(adminMedian) ? "-"
                            : String.format(Locale.ROOT, "%.2f", scimMedian / adminMedian),
                    row.scimMatches() < 0 ? "?" : String.valueOf(row.scimMatches()),
                    row.adminMatches() < 0 ? "?" : String.valueOf(row.adminMatches())));
        }
        out.append("\nLatency is client-side (request sent to body read) over HTTP on localhost. "
                + "SCIM list queries report totalResults; admin list queries report the size of the page "
                + "(at most 100), the count its number. Admin lists use the default (full) representation. "
                + "Requests time out after " + requestTimeout.toSeconds() + " s; a side that did not answer in time "
                + "is not sampled (and its query may still have been running on the server during later rows).\n");
        out.append(floodReport(flood));
        return out.toString();
    }

    private String floodReport(FloodRow flood) {
        double aloneMedian = percentile(flood.aloneMs(), 50);
        double duringMedian = percentile(flood.duringMs(), 50);
        double ratio = duringMedian / aloneMedian;
        BadKeyFlood.Result result = flood.flood();
        StringBuilder out = new StringBuilder();
        out.append("\n## Bad-key flood\n\n");
        out.append("| lookup by userName from 127.0.0.1 | median ms | p95 ms | samples |\n");
        out.append("|---|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| alone | %.1f | %.1f | %d |%n",
                aloneMedian, percentile(flood.aloneMs(), 95), flood.aloneMs().length));
        out.append(String.format(Locale.ROOT, "| during %d bad-key requests from %s (%d connections) | %.1f | %.1f | %d |%n",
                result.requests(), FLOOD_SOURCE, floodConnections, duringMedian, percentile(flood.duringMs(), 95),
                flood.duringMs().length));
        out.append(String.format(Locale.ROOT, "| **during / alone** | **%.2f** | %.2f | |%n",
                ratio, percentile(flood.duringMs(), 95) / percentile(flood.aloneMs(), 95)));
        out.append(String.format(Locale.ROOT, "%nThe flood's answers: %s (status: count) in %.1f s, %.0f requests/s. "
                        + "The goal is a median ratio of at most %.1f: %s.%n",
                result.statuses(), result.seconds(), result.requests() / result.seconds(), FLOOD_SLOWDOWN_ALLOWED,
                ratio <= FLOOD_SLOWDOWN_ALLOWED ? "within" : "**exceeded**"));
        return out.toString();
    }

    private static int count(Row row) {
        return row.scimMs() != null ? row.scimMs().length : row.adminMs() != null ? row.adminMs().length : 0;
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
