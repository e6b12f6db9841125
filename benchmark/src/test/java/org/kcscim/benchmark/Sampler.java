package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.kcscim.it.support.HttpResult;

/**
 * One cell of a table: a request shape timed again and again. A probe first checks the answer (status, how many
 * matches, an optional check of its content); a cell that cannot answer gets a note instead of samples, except for
 * our own API, whose wrong answer ends the run. Each cell has its own time budget, so a slow API costs only its own
 * samples.
 */
final class Sampler {

    /** Repetition {@code i} of the request; only the returned time counts (set-up requests are not timed). */
    @FunctionalInterface
    interface Shot {
        TimedHttp.Timed take(int i);
    }

    private final String key;
    private final Shot shot;
    private final boolean strict;
    private final int[] expectedStatus;
    private final ToIntFunction<JsonNode> matches;
    private final Function<JsonNode, String> check;
    private final Duration budget;
    private final List<Double> samples = new ArrayList<>();
    private String note;
    /** A note about the answer's content (say, its order) that does not stop the timing. */
    private boolean noteKeepsSampling;
    private Integer matched;
    private double spentMillis;
    private boolean capped;

    private Sampler(String key, Shot shot, boolean strict, int[] expectedStatus, ToIntFunction<JsonNode> matches,
                    Function<JsonNode, String> check, Duration budget) {
        this.key = key;
        this.shot = shot;
        this.strict = strict;
        this.expectedStatus = expectedStatus;
        this.matches = matches;
        this.check = check;
        this.budget = budget;
    }

    /** A cell whose wrong answer is a failure of the run (our API). */
    static Sampler strict(String key, Shot shot, ToIntFunction<JsonNode> matches, Function<JsonNode, String> check,
                          Duration budget, int... expectedStatus) {
        return new Sampler(key, shot, true, expectedStatus, matches, check, budget);
    }

    /** A cell that reports a refusal instead of failing (the other APIs). */
    static Sampler lenient(String key, Shot shot, ToIntFunction<JsonNode> matches, Function<JsonNode, String> check,
                           Duration budget, int... expectedStatus) {
        return new Sampler(key, shot, false, expectedStatus, matches, check, budget);
    }

    /** A cell with nothing to time, and why. */
    static Sampler unavailable(String key, String why) {
        Sampler sampler = new Sampler(key, i -> {
            throw new IllegalStateException(why);
        }, false, new int[0], null, null, Duration.ZERO);
        sampler.note = why;
        return sampler;
    }

    String key() {
        return key;
    }

    /**
     * Probes every cell, warms up, then takes {@code repeats} rounds, rotating which cell goes first so none always
     * runs on caches the others warmed.
     */
    static void interleave(List<Sampler> cells, int warmup, int repeats) {
        for (Sampler cell : cells) {
            cell.probe();
        }
        for (int i = 0; i < warmup; i++) {
            for (Sampler cell : cells) {
                cell.take(i, false);
            }
        }
        for (int i = 0; i < repeats; i++) {
            for (int c = 0; c < cells.size(); c++) {
                cells.get((c + i) % cells.size()).take(i, true);
            }
        }
    }

    private void probe() {
        if (note != null) {
            return;
        }
        try {
            TimedHttp.Timed timed = shot.take(0);
            spentMillis += timed.millis();
            HttpResult result = timed.result();
            if (!expected(result.status())) {
                if (strict) {
                    result.expectStatus(expectedStatus);
                }
                note = refusal(result);
                return;
            }
            JsonNode body = result.body() == null || result.body().isEmpty() ? null : result.json();
            matched = matches == null || body == null ? null : matches.applyAsInt(body);
            note = check == null || body == null ? null : check.apply(body);
            if (note != null) {
                // A wrong order is a finding to report, not a reason to stop: the cell is still timed
                note = note + "; still timed";
                noteKeepsSampling = true;
            }
        } catch (TimedHttp.TooSlow e) {
            note = e.getMessage();
        }
    }

    private void take(int i, boolean keep) {
        if ((note != null && !noteKeepsSampling) || capped) {
            return;
        }
        if (!keep && spentMillis > budget.toMillis() / 4.0) {
            // A slow cell warms up with its first requests anyway; its budget is kept for samples
            return;
        }
        if (spentMillis > budget.toMillis()) {
            capped = true;
            return;
        }
        try {
            TimedHttp.Timed timed = shot.take(i);
            spentMillis += timed.millis();
            if (!expected(timed.result().status())) {
                if (strict) {
                    timed.result().expectStatus(expectedStatus);
                }
                capped = true;
                note = refusal(timed.result()) + " at repetition " + i;
                return;
            }
            if (keep) {
                samples.add(timed.millis());
            }
        } catch (TimedHttp.TooSlow e) {
            capped = true;
            note = e.getMessage() + " at repetition " + i;
        }
    }

    private boolean expected(int status) {
        return Arrays.stream(expectedStatus).anyMatch(s -> s == status);
    }

    /** "400 invalidFilter: detail", short enough for a table cell. */
    private static String refusal(HttpResult result) {
        String detail = "";
        try {
            JsonNode body = result.json();
            String scimType = body.path("scimType").asText("");
            String text = body.path("detail").asText(body.path("error").asText(body.path("errorMessage").asText("")));
            detail = (scimType.isEmpty() ? "" : " " + scimType) + (text.isEmpty() ? "" : ": " + text);
        } catch (RuntimeException notJson) {
            // An empty or non-JSON body: the status says enough
        }
        String refusal = "answered " + result.status() + detail;
        return refusal.length() > 160 ? refusal.substring(0, 157) + "..." : refusal;
    }

    Results.Cell cell() {
        double[] values = samples.stream().mapToDouble(Double::doubleValue).toArray();
        return new Results.Cell(Stats.percentile(values, 50), Stats.percentile(values, 95), values.length, matched,
                note, capped);
    }

    /** "12.3" or the note, for progress lines. */
    String summary() {
        Double median = Stats.percentile(samples.stream().mapToDouble(Double::doubleValue).toArray(), 50);
        return median == null ? "(" + (note == null ? "-" : note) + ")" : String.format(Locale.ROOT, "%.1f", median);
    }
}
