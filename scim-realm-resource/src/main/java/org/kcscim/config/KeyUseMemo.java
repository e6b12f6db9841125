package org.kcscim.config;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per node: when this node last stamped each configuration's key use, so that it writes the stamp at most once per
 * {@link KeyUsage#RESOLUTION} and configuration however many requests it serves. In memory, and each node of a
 * cluster has its own: a restarted or added node stamps once more, and the conditional UPDATE of
 * {@link KeyUsage#stamp} makes a stamp that another node has just written a no-op.
 *
 * <p>Bounded by the number of configurations: a stamp older than the resolution decides nothing, so all of those
 * are dropped whenever a new one is written. The memo then holds only the configurations this node stamped within
 * the last resolution, and never a configuration deleted since for longer than that.
 *
 * <p>Thread-safe without a lock: the common case, a configuration stamped lately, is one map lookup; of the
 * requests that find a stamp due at once, one wins the map's compare-and-set and writes it.
 */
final class KeyUseMemo {

    private final long resolutionNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Long> stampedAt = new ConcurrentHashMap<>();

    KeyUseMemo(Duration resolution, LongSupplier nanoClock) {
        this.resolutionNanos = resolution.toNanos();
        this.nanoClock = nanoClock;
    }

    /** A memo on the system's monotonic clock, which a change of the wall clock does not disturb. */
    static KeyUseMemo onSystemClock() {
        return new KeyUseMemo(KeyUsage.RESOLUTION, System::nanoTime);
    }

    /**
     * Whether this node should stamp the configuration's key use now. A true answer counts as the stamp written:
     * the next true answer for that configuration comes a resolution later, even if writing this one failed.
     */
    boolean due(String configurationId) {
        long now = nanoClock.getAsLong();
        Long last = stampedAt.get(configurationId);
        if (last != null && now - last < resolutionNanos) {
            return false;
        }
        boolean claimed = last == null
                ? stampedAt.putIfAbsent(configurationId, now) == null
                : stampedAt.replace(configurationId, last, now);
        if (!claimed) {
            // Another request of this node claimed it and writes the stamp, or the stale entry was dropped
            // between the two calls and the next request stamps
            return false;
        }
        stampedAt.values().removeIf(at -> now - at >= resolutionNanos);
        return true;
    }

    /** How many configurations the memo holds right now. */
    int trackedConfigurations() {
        return stampedAt.size();
    }
}
