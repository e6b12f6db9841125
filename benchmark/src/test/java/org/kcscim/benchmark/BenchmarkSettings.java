package org.kcscim.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What one run measures and how long it may take, read from the system properties the pom passes on. */
record BenchmarkSettings(List<Integer> sizes, int repeats, int warmup, int clients, int creates,
                         Duration opTimeout, Duration requestTimeout, Duration phaseTimeout,
                         int floodRequests, int floodConnections, Path output, String keycloakVersion,
                         String only) {

    /**
     * {@code benchmark.only=migration}: the seeding and the attribute mapping change alone, because a full run at
     * 100,000 users takes hours on a small machine and the migration figure is wanted on its own (issue 15).
     */
    static final String ONLY_MIGRATION = "migration";

    /** Below this many repeats a run is a smoke run: creates and the flood shrink with it, so the run stays short. */
    private static final int SMOKE_REPEATS = 10;

    static BenchmarkSettings fromSystemProperties() {
        List<Integer> sizes = sizes(System.getProperty("benchmark.sizes", "1000,10000"));
        int repeats = intProperty("benchmark.repeats", 50);
        BenchmarkSettings settings = new BenchmarkSettings(
                sizes,
                repeats,
                intProperty("benchmark.warmup", Math.min(10, repeats)),
                intProperty("benchmark.clients", 4),
                intProperty("benchmark.creates", repeats < SMOKE_REPEATS ? 100 : 500),
                Duration.ofSeconds(intProperty("benchmark.opTimeoutSeconds", 60)),
                Duration.ofSeconds(intProperty("benchmark.requestTimeoutSeconds", 60)),
                Duration.ofSeconds(intProperty("benchmark.phaseTimeoutSeconds", 1800)),
                intProperty("benchmark.floodRequests", repeats < SMOKE_REPEATS ? 500 : 2000),
                intProperty("benchmark.floodConnections", 100),
                outputDirectory(),
                System.getProperty("keycloak.version", "?"),
                only(System.getProperty("benchmark.only", "")));
        settings.check();
        return settings;
    }

    /** Only the seeding and the attribute mapping change: no reads, writes, import or flood. */
    boolean migrationOnly() {
        return ONLY_MIGRATION.equals(only);
    }

    private void check() {
        if (sizes.isEmpty() || sizes.get(0) < 100 || repeats < 1 || warmup < 0 || clients < 1 || creates < 1
                || floodRequests < 1 || floodConnections < 1) {
            throw new IllegalArgumentException("benchmark.sizes must be growing sizes of at least 100 users; repeats,"
                    + " clients, creates and flood sizes must be positive: " + this);
        }
    }

    /** Null for a full run; an empty property (the pom's default) is one. */
    private static String only(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (!ONLY_MIGRATION.equals(trimmed)) {
            throw new IllegalArgumentException("benchmark.only must be empty or " + ONLY_MIGRATION + ": " + value);
        }
        return trimmed;
    }

    private static List<Integer> sizes(String commaSeparated) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                int size = Integer.parseInt(part.trim().replace("_", ""));
                if (!sizes.isEmpty() && size <= sizes.get(sizes.size() - 1)) {
                    throw new IllegalArgumentException("benchmark.sizes must grow: " + commaSeparated);
                }
                sizes.add(size);
            }
        }
        return List.copyOf(sizes);
    }

    /** A relative {@code benchmark.output} is taken from the repository root, so docs/benchmark means that folder. */
    private static Path outputDirectory() {
        Path root = Path.of(System.getProperty("benchmark.root", ".."));
        Path output = Path.of(System.getProperty("benchmark.output", "benchmark/target/benchmark"));
        return (output.isAbsolute() ? output : root.resolve(output)).toAbsolutePath().normalize();
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
