package org.kcscim.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The raw results of one run on one database, as written to {@code results-<database>.json}: what the report
 * and the charts are generated from, so a run on another database adds to them instead of replacing them.
 */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Results() {
    }

    /**
     * One run: where, how, and what it measured at each size. {@code only} is null for a full run, or names the one
     * measurement a partial run made ({@link BenchmarkSettings#ONLY_MIGRATION}).
     */
    record Run(String database, String keycloakVersion, String date, Machine machine, Method method,
               List<Size> sizes, Flood flood, String only) {

        Run withSize(Size size) {
            List<Size> more = new ArrayList<>(sizes);
            more.add(size);
            return new Run(database, keycloakVersion, date, machine, method, List.copyOf(more), flood, only);
        }

        Run withFlood(Flood measured) {
            return new Run(database, keycloakVersion, date, machine, method, sizes, measured, only);
        }

        /** How the report names the run: a partial run sits beside the full run on the same database. */
        String title() {
            return only == null ? database : database + ", " + only + " only";
        }
    }

    record Machine(int cpus, String cpuModel, long memoryBytes, String os, String java) {
    }

    /** How the run measured; {@code builtinUnavailable} says why the built-in SCIM API was not measured, if so. */
    record Method(int repeats, int warmup, int clients, int creates, long opTimeoutSeconds,
                  long requestTimeoutSeconds, String maintenance, String builtinUnavailable) {
    }

    /** Everything measured once the realm held {@code users} users. */
    record Size(int users, Workload entraSegment, Workload entraTotal, List<Read> reads, Writes writes,
                Workload oktaImport, Workload adminImport, Heap heap, MappingChange mappingChange) {
    }

    /** A directory workload end to end: how many requests, how long, and whether it finished in time. */
    record Workload(String name, int users, long requests, double seconds, boolean complete, String note) {

        Double requestsPerSecond() {
            return seconds > 0 ? requests / seconds : null;
        }
    }

    /**
     * One read operation at one size, a cell per API (keys: {@code ours}, {@code built-in}, {@code admin}, and
     * {@code admin+count} for the admin page followed by its count). {@code reference} names the cell the ratios
     * divide by; {@code adminNote} says why there is none.
     */
    record Read(String key, String label, String reference, Map<String, Cell> cells, String adminNote) {
    }

    /** Latencies of one request shape in milliseconds; a note instead when it could not be measured. */
    record Cell(Double median, Double p95, int samples, Integer matches, String note, boolean capped) {

        static Cell unmeasured(String note) {
            return new Cell(null, null, 0, null, note, false);
        }
    }

    /**
     * Writes at one size: create throughput per API in a scratch realm, and, in the measured realm, membership
     * changes and reads of a small and a big group (cells {@code patch-small}, {@code patch-big},
     * {@code admin-small}, {@code admin-big}, {@code get-big}, {@code get-big-excluded}, {@code get-empty}).
     */
    record Writes(List<Throughput> creates, int smallGroup, int bigGroup, Map<String, Cell> cells) {
    }

    record Throughput(String api, int users, int clients, double seconds, String note) {

        Double perSecond() {
            return seconds > 0 && note == null ? users / seconds : null;
        }
    }

    /**
     * The configuration's attribute mappings changed once the realm held its users: {@code mappings} (SCIM path to
     * user attribute) added by one admin PUT, removed by the next; {@code checkedUsers} read back after each.
     */
    record MappingChange(List<String> mappings, int checkedUsers, MappingPut map, MappingPut unmap) {
    }

    /** One PUT that changed the mappings: it answers when the values of {@code users} users have moved. */
    record MappingPut(int users, double millis, double usersPerSecond) {

        static MappingPut of(int users, double millis) {
            return new MappingPut(users, millis, millis > 0 ? users / (millis / 1000) : 0);
        }
    }

    /** Keycloak's used heap after a full GC, before and after a workload. */
    record Heap(Long beforeBytes, Long afterBytes, String note) {
    }

    /** The userName lookup alone and during a flood of requests with a wrong key from another address. */
    record Flood(Cell alone, Cell during, Map<String, Long> statuses, double seconds, long requests,
                 int connections, String source) {
    }

    /** A partial run writes a file of its own, so it never replaces the full run's results on that database. */
    static Path file(Path directory, Run run) {
        return directory.resolve("results-" + run.database() + (run.only() == null ? "" : "-" + run.only()) + ".json");
    }

    static void write(Path directory, Run run) {
        try {
            Files.createDirectories(directory);
            JSON.writeValue(file(directory, run).toFile(), run);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write results into " + directory, e);
        }
    }

    /** Every result file in {@code directory}, by database name. */
    static List<Run> readAll(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Run> runs = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("results-.+\\.json")).sorted()
                    .toList()) {
                runs.add(JSON.readValue(file.toFile(), Run.class));
            }
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read results from " + directory, e);
        }
    }
}
