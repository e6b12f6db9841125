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

    /** One run: where, how, and what it measured at each size. */
    record Run(String database, String keycloakVersion, String date, Machine machine, Method method,
               List<Size> sizes, Flood flood) {

        Run withSize(Size size) {
            List<Size> more = new ArrayList<>(sizes);
            more.add(size);
            return new Run(database, keycloakVersion, date, machine, method, List.copyOf(more), flood);
        }

        Run withFlood(Flood measured) {
            return new Run(database, keycloakVersion, date, machine, method, sizes, measured);
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
                Workload oktaImport, Workload adminImport, Heap heap) {
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

    /** Keycloak's used heap after a full GC, before and after a workload. */
    record Heap(Long beforeBytes, Long afterBytes, String note) {
    }

    /** The userName lookup alone and during a flood of requests with a wrong key from another address. */
    record Flood(Cell alone, Cell during, Map<String, Long> statuses, double seconds, long requests,
                 int connections, String source) {
    }

    static Path file(Path directory, String database) {
        return directory.resolve("results-" + database + ".json");
    }

    static void write(Path directory, Run run) {
        try {
            Files.createDirectories(directory);
            JSON.writeValue(file(directory, run.database()).toFile(), run);
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
