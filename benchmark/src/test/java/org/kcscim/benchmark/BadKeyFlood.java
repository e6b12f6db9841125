package org.kcscim.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.kcscim.it.support.SourceAddressHttpClient;

/**
 * A flood of SCIM requests with a wrong API key from one client address: a fixed number of requests spread over
 * a few keep-alive connections, each sent as soon as the previous one on its connection is answered. Counts the
 * answers by status, so the benchmark can check that the server only ever refused (401, then 429 once throttled).
 */
final class BadKeyFlood {

    private static final String WRONG_KEY = "kcscim_" + "F".repeat(43);

    /** What the flood got: how many answers of each status, and how long it took. */
    record Result(Map<Integer, Long> statuses, double seconds) {

        long requests() {
            return statuses.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final ExecutorService pool;
    private final List<Future<?>> connections = new ArrayList<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final long begin;
    private volatile long end;

    private BadKeyFlood(int connectionCount) {
        this.pool = Executors.newFixedThreadPool(connectionCount);
        this.begin = System.nanoTime();
    }

    /**
     * Starts {@code requests} GETs of {@code path} with a wrong key from {@code source} over {@code connectionCount}
     * connections; returns at once.
     */
    static BadKeyFlood start(URI baseUrl, String path, String source, int requests, int connectionCount,
                             Duration requestTimeout) {
        BadKeyFlood flood = new BadKeyFlood(connectionCount);
        AtomicInteger left = new AtomicInteger(requests);
        AtomicInteger running = new AtomicInteger(connectionCount);
        for (int c = 0; c < connectionCount; c++) {
            flood.connections.add(flood.pool.submit(() -> {
                try (SourceAddressHttpClient client = new SourceAddressHttpClient(baseUrl, source, requestTimeout)) {
                    while (left.getAndDecrement() > 0) {
                        int status = client.get(path, WRONG_KEY).status();
                        flood.statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    }
                } finally {
                    if (running.decrementAndGet() == 0) {
                        flood.end = System.nanoTime();
                    }
                }
                return null;
            }));
        }
        return flood;
    }

    boolean isDone() {
        return connections.stream().allMatch(Future::isDone);
    }

    /** Waits for the last request to be answered; fails if a connection failed or the deadline passed. */
    Result await(Duration deadline) throws InterruptedException {
        long until = System.nanoTime() + deadline.toNanos();
        try {
            for (Future<?> connection : connections) {
                connection.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A flood connection failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The flood did not finish within " + deadline, e);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.sum()));
        return new Result(counted, (end - begin) / 1e9);
    }
}
