package org.kcscim.scim.endpoint;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class FailedAuthenticationThrottleTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final String ATTACKER = "203.0.113.7";
    private static final String DIRECTORY = "198.51.100.20";

    /** A clock the test moves by hand; starts far from zero so that nothing depends on it. */
    private final AtomicLong now = new AtomicLong(-Duration.ofDays(3).toNanos());

    private FailedAuthenticationThrottle throttle(int limit, int capacity) {
        return new FailedAuthenticationThrottle(limit, WINDOW, capacity, now::get);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private static void fail(FailedAuthenticationThrottle throttle, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(address);
        }
    }

    @Test
    void givenFailuresBelowTheLimitThenTheAddressMayStillTry() {
        FailedAuthenticationThrottle throttle = throttle(100, 10);
        fail(throttle, ATTACKER, 99);
        assertEquals(0, throttle.retryAfterSeconds(ATTACKER));
    }

    @Test
    void givenTheLimitReachedThenTheAddressWaitsUntilItsWindowEnds() {
        FailedAuthenticationThrottle throttle = throttle(100, 10);
        fail(throttle, ATTACKER, 1);
        advance(Duration.ofSeconds(20));
        fail(throttle, ATTACKER, 99);
        // The window opened with the first failure: 40 s of it are left
        assertEquals(40, throttle.retryAfterSeconds(ATTACKER));
        advance(Duration.ofMillis(39_001));
        assertEquals(1, throttle.retryAfterSeconds(ATTACKER), "rounded up, never 0 while throttled");
        advance(Duration.ofMillis(998));
        assertEquals(1, throttle.retryAfterSeconds(ATTACKER));
        advance(Duration.ofMillis(1));
        assertEquals(0, throttle.retryAfterSeconds(ATTACKER));
    }

    @Test
    void givenAThrottledAddressThenOtherAddressesAreUnaffected() {
        FailedAuthenticationThrottle throttle = throttle(100, 10);
        fail(throttle, ATTACKER, 100);
        fail(throttle, DIRECTORY, 3);
        assertTrue(throttle.retryAfterSeconds(ATTACKER) > 0);
        assertEquals(0, throttle.retryAfterSeconds(DIRECTORY));
        assertEquals(0, throttle.retryAfterSeconds("192.0.2.1"));
    }

    @Test
    void givenAnEndedWindowThenCountingStartsAfresh() {
        FailedAuthenticationThrottle throttle = throttle(100, 10);
        fail(throttle, ATTACKER, 100);
        advance(WINDOW);
        assertEquals(0, throttle.retryAfterSeconds(ATTACKER));
        fail(throttle, ATTACKER, 99);
        assertEquals(0, throttle.retryAfterSeconds(ATTACKER), "the old window's failures no longer count");
        fail(throttle, ATTACKER, 1);
        assertEquals(60, throttle.retryAfterSeconds(ATTACKER));
    }

    @Test
    void givenFailuresSpreadOverTwoWindowsThenNeitherReachesTheLimit() {
        FailedAuthenticationThrottle throttle = throttle(100, 10);
        fail(throttle, ATTACKER, 60);
        advance(WINDOW.plusSeconds(1));
        fail(throttle, ATTACKER, 60);
        assertEquals(0, throttle.retryAfterSeconds(ATTACKER));
    }

    @Test
    void givenAnAddressThatNeverFailedThenNothingIsTracked() {
        FailedAuthenticationThrottle throttle = throttle(100, 10);
        assertEquals(0, throttle.retryAfterSeconds(DIRECTORY));
        assertEquals(0, throttle.trackedAddresses());
    }

    @Test
    void givenAnEndedWindowThenTheNextLookupForgetsTheAddress() {
        FailedAuthenticationThrottle throttle = throttle(100, 10);
        fail(throttle, ATTACKER, 5);
        advance(WINDOW);
        assertEquals(0, throttle.retryAfterSeconds(ATTACKER));
        assertEquals(0, throttle.trackedAddresses());
    }

    @Test
    void onlyTheFailureThatReachesTheLimitReportsTheStartOfThrottling() {
        FailedAuthenticationThrottle throttle = throttle(3, 10);
        assertFalse(throttle.recordFailure(ATTACKER));
        assertFalse(throttle.recordFailure(ATTACKER));
        assertTrue(throttle.recordFailure(ATTACKER));
        assertFalse(throttle.recordFailure(ATTACKER));
        advance(WINDOW);
        assertFalse(throttle.recordFailure(ATTACKER));
        assertFalse(throttle.recordFailure(ATTACKER));
        assertTrue(throttle.recordFailure(ATTACKER), "a new window, a new report");
    }

    @Test
    void givenAFullTableThenNewAddressesAreNotCountedButTrackedOnesStillAre() {
        FailedAuthenticationThrottle throttle = throttle(2, 3);
        fail(throttle, "10.0.0.1", 1);
        fail(throttle, "10.0.0.2", 1);
        fail(throttle, "10.0.0.3", 1);
        fail(throttle, "10.0.0.4", 5);
        assertEquals(3, throttle.trackedAddresses(), "bounded");
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.4"), "fails open for an address it has no room for");
        fail(throttle, "10.0.0.1", 1);
        assertTrue(throttle.retryAfterSeconds("10.0.0.1") > 0, "a tracked address is still throttled");
    }

    @Test
    void givenAFullTableThenEndedWindowsMakeRoom() {
        FailedAuthenticationThrottle throttle = throttle(2, 3);
        fail(throttle, "10.0.0.1", 1);
        fail(throttle, "10.0.0.2", 1);
        advance(Duration.ofSeconds(30));
        fail(throttle, "10.0.0.3", 1);
        advance(Duration.ofSeconds(30));
        // 10.0.0.1 and .2 have ended, .3 has not: the sweep evicts the two and keeps the live one
        fail(throttle, "10.0.0.4", 2);
        fail(throttle, "10.0.0.3", 1);
        assertTrue(throttle.retryAfterSeconds("10.0.0.4") > 0);
        assertTrue(throttle.retryAfterSeconds("10.0.0.3") > 0);
        assertEquals(2, throttle.trackedAddresses());
    }

    @Test
    void givenAFullTableThenItSweepsAtMostOncePerSecond() {
        FailedAuthenticationThrottle throttle = throttle(2, 2);
        fail(throttle, "10.0.0.1", 1);
        advance(Duration.ofMillis(500));
        fail(throttle, "10.0.0.2", 1);
        advance(Duration.ofMillis(59_300));
        fail(throttle, "10.0.0.3", 1); // full; sweeps, but nothing has ended yet
        advance(Duration.ofMillis(800));
        // Both windows have ended, but the last sweep was less than a second ago: still full
        fail(throttle, "10.0.0.3", 2);
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.3"));
        assertEquals(2, throttle.trackedAddresses());
        advance(Duration.ofMillis(200));
        fail(throttle, "10.0.0.3", 2);
        assertTrue(throttle.retryAfterSeconds("10.0.0.3") > 0);
        assertEquals(1, throttle.trackedAddresses());
    }

    @Test
    void concurrentFailuresFromOneAddressReportTheStartOnceAndAreAllCounted() throws Exception {
        int threads = 8;
        int perThread = 500;
        FailedAuthenticationThrottle throttle = throttle(threads * perThread, 10);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    int reports = 0;
                    for (int i = 0; i < perThread; i++) {
                        reports += throttle.recordFailure(ATTACKER) ? 1 : 0;
                    }
                    return reports;
                });
            }
            int reports = 0;
            for (Future<Integer> result : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                reports += result.get();
            }
            assertEquals(1, reports);
            assertEquals(60, throttle.retryAfterSeconds(ATTACKER), "every failure counted, the limit reached");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLimitOrWindowBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> throttle(0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new FailedAuthenticationThrottle(100, Duration.ofMillis(500), 10, now::get));
    }
}
