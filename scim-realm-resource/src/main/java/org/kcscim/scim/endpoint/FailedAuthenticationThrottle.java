package org.kcscim.scim.endpoint;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts failed SCIM authentications per client address and refuses an address that failed {@code limit} times
 * within one window until that window ends, so that guessing keys costs the server a map lookup instead of a key
 * lookup. The window of an address opens with its first failure and lasts {@code window}; once it has
 * ended, the address starts afresh.
 *
 * <p>Per node and in memory: each node of a cluster counts only the failures it answered itself, so behind a load
 * balancer an address may fail up to {@code limit} times per node and window. Nothing survives a restart.
 *
 * <p>Bounded: at most {@link #DEFAULT_CAPACITY} addresses are tracked. When the table is full, ended windows are
 * evicted (at most one sweep per second); if every entry is still live, a new address is not counted and so
 * never throttled until room frees up. Failing open for newcomers is deliberate: refusing them (failing closed)
 * would lock out directories that never failed, and evicting live entries would let an attacker free its own
 * throttled address by failing from many others. An attacker who holds that many addresses can spread guesses
 * over them anyway, and 256-bit keys are not guessed.
 *
 * <p>Thread-safe without a global lock: one concurrent map, whose per-entry counters are atomic. Under concurrent
 * failures from one address a few more than {@code limit} may reach authentication; that is harmless. A request
 * from an address that never failed costs one map lookup.
 */
final class FailedAuthenticationThrottle {

    static final int DEFAULT_LIMIT = 100;
    static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    static final int DEFAULT_CAPACITY = 10_000;
    private static final long SWEEP_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final int limit;
    private final long windowNanos;
    private final int capacity;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong nextSweepAt;

    /** The failures of one address since its window opened. */
    private static final class Window {

        final long endsAt;
        final AtomicInteger failures = new AtomicInteger();

        Window(long endsAt) {
            this.endsAt = endsAt;
        }

        boolean hasEnded(long now) {
            return now - endsAt >= 0;
        }
    }

    FailedAuthenticationThrottle(int limit, Duration window, int capacity, LongSupplier nanoClock) {
        if (limit < 1) {
            throw new IllegalArgumentException("The failed-authentication limit must be at least 1, not " + limit);
        }
        if (window.toSeconds() < 1) {
            throw new IllegalArgumentException("The failed-authentication window must be at least 1 s, not " + window);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("The throttle must track at least one address");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        this.nextSweepAt = new AtomicLong(nanoClock.getAsLong());
    }

    /** A throttle on the system's monotonic clock, tracking at most {@link #DEFAULT_CAPACITY} addresses. */
    static FailedAuthenticationThrottle of(int limit, Duration window) {
        return new FailedAuthenticationThrottle(limit, window, DEFAULT_CAPACITY, System::nanoTime);
    }

    /**
     * Whole seconds (at least 1) until {@code address} may authenticate again, or 0 when it may now. An address
     * whose window has ended is forgotten here, on its next request.
     */
    long retryAfterSeconds(String address) {
        Window window = windows.get(address);
        if (window == null) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (window.hasEnded(now)) {
            windows.remove(address, window);
            return 0;
        }
        if (window.failures.get() < limit) {
            return 0;
        }
        long left = window.endsAt - now;
        return Math.max(1, (left + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    /**
     * Counts one failed authentication from {@code address}.
     *
     * @return true for the one failure that makes the address throttled, so that this is logged once per window
     */
    boolean recordFailure(String address) {
        long now = nanoClock.getAsLong();
        Window window = windows.get(address);
        if (window == null || window.hasEnded(now)) {
            if (window == null && !hasRoom(now)) {
                FailedAuthenticationLog.tableFull(capacity);
                return false;
            }
            window = windows.compute(address, (key, current) ->
                    current == null || current.hasEnded(now) ? new Window(now + windowNanos) : current);
        }
        boolean throttledNow = window.failures.incrementAndGet() == limit;
        if (throttledNow) {
            FailedAuthenticationLog.throttled(address, limit, (window.endsAt - now + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        }
        return throttledNow;
    }

    /** How many addresses are tracked right now (ended windows not yet evicted included). */
    int trackedAddresses() {
        return windows.size();
    }

    /** Room for one more address, after evicting ended windows if the table is full and no sweep ran lately. */
    private boolean hasRoom(long now) {
        if (windows.size() < capacity) {
            return true;
        }
        long due = nextSweepAt.get();
        if (now - due >= 0 && nextSweepAt.compareAndSet(due, now + SWEEP_INTERVAL_NANOS)) {
            windows.values().removeIf(window -> window.hasEnded(now));
        }
        return windows.size() < capacity;
    }
}
