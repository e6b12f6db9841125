package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** Times each read question through the three APIs side by side, at the realm's current size. */
final class ReadBenchmark {

    private final ApiClient api;
    private final String builtinUnavailable;
    private final int repeats;
    private final int warmup;
    private final Duration budget;

    ReadBenchmark(ApiClient api, String builtinUnavailable, BenchmarkSettings settings) {
        this.api = api;
        this.builtinUnavailable = builtinUnavailable;
        this.repeats = settings.repeats();
        this.warmup = settings.warmup();
        this.budget = settings.opTimeout();
    }

    List<Results.Read> measure(int users) {
        return ReadOperations.at(users).stream().map(this::measure).collect(Collectors.toList());
    }

    private Results.Read measure(ReadOperations.Operation operation) {
        ToIntFunction<JsonNode> totalResults = body -> body.path("totalResults").asInt(-1);
        List<Sampler> cells = new ArrayList<>();
        cells.add(Sampler.strict(Api.OURS.key(), i -> api.timed(Api.OURS, "GET", operation.scim().apply(i), null),
                totalResults, operation.order(), budget, 200));
        cells.add(builtinUnavailable != null ? Sampler.unavailable(Api.BUILTIN.key(), builtinUnavailable)
                : Sampler.lenient(Api.BUILTIN.key(), i -> api.timed(Api.BUILTIN, "GET", operation.scim().apply(i), null),
                        totalResults, operation.order(), budget, 200));
        if (operation.adminPage() == null) {
            cells.add(Sampler.unavailable("admin", operation.adminNote()));
        } else {
            cells.add(Sampler.lenient("admin", i -> api.timed(Api.ADMIN, "GET", operation.adminPage().apply(i), null),
                    operation.adminPageMatches(), null, budget, 200));
            if (operation.adminCount() != null) {
                cells.add(Sampler.lenient("admin+count", i -> pageThenCount(operation.adminPage(),
                        operation.adminCount(), i), JsonNode::asInt, null, budget, 200));
            }
        }
        Sampler.interleave(cells, warmup, repeats);
        Map<String, Results.Cell> measured = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        for (Sampler cell : cells) {
            measured.put(cell.key(), cell.cell());
            line.append("  ").append(cell.key()).append(' ').append(cell.summary());
        }
        System.out.printf("[benchmark] %-22s%s%n", operation.key(), line);
        return new Results.Read(operation.key(), operation.label(), operation.reference(), measured,
                operation.adminNote());
    }

    /** The page, then its count, as a client that needs both asks: one after the other; the count's answer is kept. */
    private TimedHttp.Timed pageThenCount(IntFunction<String> page, IntFunction<String> count, int i) {
        TimedHttp.Timed first = api.timed(Api.ADMIN, "GET", page.apply(i), null);
        if (first.result().status() != 200) {
            return first;
        }
        TimedHttp.Timed second = api.timed(Api.ADMIN, "GET", count.apply(i), null);
        return new TimedHttp.Timed(second.result(), first.millis() + second.millis());
    }
}
