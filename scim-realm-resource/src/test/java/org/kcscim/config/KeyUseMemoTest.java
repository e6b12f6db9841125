package org.kcscim.config;

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

class KeyUseMemoTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** A clock the test moves by hand; starts below zero, as System.nanoTime may. */
    private final AtomicLong now = new AtomicLong(-Duration.ofDays(3).toNanos());
    private final KeyUseMemo memo = new KeyUseMemo(MINUTE, now::get);

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void givenAConfigurationNeverStampedThenItsFirstRequestStamps() {
        assertTrue(memo.due("entra"));
    }

    @Test
    void givenAStampThenTheNextComesAMinuteLater() {
        assertTrue(memo.due("entra"));
        assertFalse(memo.due("entra"), "the same instant");
        advance(MINUTE.minusNanos(1));
        assertFalse(memo.due("entra"));
        advance(Duration.ofNanos(1));
        assertTrue(memo.due("entra"));
        assertFalse(memo.due("entra"));
    }

    @Test
    void givenTwoConfigurationsThenEachHasItsOwnMinute() {
        assertTrue(memo.due("entra"));
        advance(Duration.ofSeconds(30));
        assertTrue(memo.due("okta"));
        advance(Duration.ofSeconds(30));
        assertTrue(memo.due("entra"));
        assertFalse(memo.due("okta"));
    }

    @Test
    void givenStampsOlderThanAMinuteThenTheNextStampForgetsThem() {
        for (int i = 0; i < 100; i++) {
            assertTrue(memo.due("deleted-" + i));
        }
        assertEquals(100, memo.trackedConfigurations());
        advance(MINUTE);
        assertTrue(memo.due("entra"));
        assertEquals(1, memo.trackedConfigurations(), "configurations that are gone do not stay");
        assertTrue(memo.due("deleted-0"), "a forgotten configuration stamps again at its next request");
    }

    @Test
    void givenManyConcurrentRequestsThenOneOfThemStamps() throws Exception {
        int requests = 64;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int minute = 0; minute < 20; minute++) {
                List<Callable<Boolean>> calls = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    calls.add(() -> memo.due("entra"));
                }
                long stamps = 0;
                for (Future<Boolean> answer : pool.invokeAll(calls)) {
                    stamps += answer.get() ? 1 : 0;
                }
                assertEquals(1, stamps, "minute " + minute);
                advance(MINUTE);
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
