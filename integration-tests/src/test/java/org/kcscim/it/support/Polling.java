package org.kcscim.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something that becomes true asynchronously (a cluster forming, a cache invalidation reaching the other
 * node) by asking again every 100 ms until a deadline; never a fixed sleep.
 */
public final class Polling {

    private static final long INTERVAL_MILLIS = 100;

    private Polling() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} when the deadline passes first. */
    public static void until(Duration deadline, String what, BooleanSupplier condition) {
        await(deadline, what, () -> condition.getAsBoolean(), Boolean::booleanValue);
    }

    /**
     * Asks {@code probe} until its answer satisfies {@code accepted} and returns that answer; when the deadline
     * passes, fails with the last answer, so the failure shows what was seen instead.
     */
    public static <T> T await(Duration deadline, String what, Supplier<T> probe, Predicate<T> accepted) {
        long end = System.nanoTime() + deadline.toNanos();
        T last = probe.get();
        while (!accepted.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + deadline.toMillis() + " ms for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
            last = probe.get();
        }
        return last;
    }
}
