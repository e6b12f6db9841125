package org.kcscim.benchmark;

import static org.kcscim.benchmark.DirectoryWorkloads.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kcscim.it.support.KeycloakServer;

/**
 * The directory's lookup by userName from 127.0.0.1, alone and then while {@link BadKeyFlood} sends requests with a
 * wrong key from another loopback address: the throttling must keep the directory's requests about as fast.
 */
final class FloodBenchmark {

    /** Not 127.0.0.1, which the directory sends from: a throttled flood address must not be the directory's. */
    static final String SOURCE = "127.66.0.1";
    /** How much a flood may slow a valid directory's requests down (ratio of medians). */
    static final double SLOWDOWN_ALLOWED = 1.5;

    private final KeycloakServer server;
    private final ApiClient api;
    private final BenchmarkSettings settings;

    FloodBenchmark(KeycloakServer server, ApiClient api, BenchmarkSettings settings) {
        this.server = server;
        this.api = api;
        this.settings = settings;
    }

    Results.Flood measure(int users) throws InterruptedException {
        for (int i = 0; i < settings.warmup(); i++) {
            lookup(users, i);
        }
        double[] alone = new double[settings.repeats()];
        for (int i = 0; i < alone.length; i++) {
            alone[i] = lookup(users, i);
        }
        String path = api.base(Api.OURS) + lookupPath(users, 0);
        BadKeyFlood flood = BadKeyFlood.start(server.baseUrl(), path, SOURCE, settings.floodRequests(),
                settings.floodConnections(), settings.requestTimeout());
        List<Double> during = new ArrayList<>();
        long deadline = System.nanoTime() + settings.opTimeout().toNanos();
        for (int i = 0; !flood.isDone() && System.nanoTime() < deadline; i++) {
            during.add(lookup(users, i));
        }
        BadKeyFlood.Result result = flood.await(settings.opTimeout());
        if (!Set.of(401, 429).containsAll(result.statuses().keySet()) || result.requests() != settings.floodRequests()) {
            throw new AssertionError("The flood's requests must all be refused with 401 or 429: " + result.statuses());
        }
        double[] duringMs = during.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Long> statuses = new TreeMap<>();
        result.statuses().forEach((status, count) -> statuses.put(String.valueOf(status), count));
        Results.Flood measured = new Results.Flood(cell(alone), cell(duringMs), statuses, result.seconds(),
                result.requests(), settings.floodConnections(), SOURCE);
        System.out.printf(Locale.ROOT, "[benchmark] lookup by userName alone %.1f ms, during the flood %.1f ms"
                        + " (%d samples); flood answers %s in %.1f s%n", measured.alone().median(),
                measured.during().median(), duringMs.length, result.statuses(), result.seconds());
        return measured;
    }

    private double lookup(int users, int i) {
        TimedHttp.Timed timed = api.timed(Api.OURS, "GET", lookupPath(users, i), null);
        timed.result().expectStatus(200);
        return timed.millis();
    }

    private static String lookupPath(int users, int i) {
        int someone = (int) ((1234L + 7919L * i) % users);
        return "Users?filter=" + encode("userName eq \"" + SeedUsers.userName(someone) + "\"");
    }

    private static Results.Cell cell(double[] samples) {
        return new Results.Cell(Stats.percentile(samples, 50), Stats.percentile(samples, 95), samples.length, null,
                null, false);
    }

    static boolean withinAllowance(Results.Flood flood) {
        Double ratio = Stats.ratio(flood.during().median(), flood.alone().median());
        return ratio != null && ratio <= SLOWDOWN_ALLOWED;
    }
}
