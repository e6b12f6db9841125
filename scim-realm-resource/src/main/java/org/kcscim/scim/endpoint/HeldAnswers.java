package org.kcscim.scim.endpoint;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the answers to throttled requests back for a moment before they are sent, without holding a server thread
 * meanwhile: the request's thread returns at once, and one timer thread completes the answers. A client that
 * floods over a few connections and waits for each answer, as HTTP/1.1 clients do, is slowed to one request per
 * connection per {@link #HOLD}, so its flood stops competing with other directories for the processor.
 * <p>
 * At most {@link #MAX_HELD} answers wait at once; past that, answers go out at once rather than piling up memory
 * for a client with that many connections.
 */
final class HeldAnswers {

    static final Duration HOLD = Duration.ofSeconds(1);
    static final int MAX_HELD = 1000;

    private final Duration hold;
    private final int maxHeld;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicInteger held = new AtomicInteger();

    HeldAnswers() {
        this(HOLD, MAX_HELD);
    }

    HeldAnswers(Duration hold, int maxHeld) {
        this.hold = hold;
        this.maxHeld = maxHeld;
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "kcscim-held-answers");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** {@code answer}, sent after the hold, or at once when too many answers are already waiting. */
    <T> CompletionStage<T> hold(T answer) {
        if (held.incrementAndGet() > maxHeld) {
            held.decrementAndGet();
            return CompletableFuture.completedFuture(answer);
        }
        CompletableFuture<T> later = new CompletableFuture<>();
        timer.schedule(() -> {
            held.decrementAndGet();
            later.complete(answer);
        }, hold.toMillis(), TimeUnit.MILLISECONDS);
        return later;
    }

    void close() {
        timer.shutdownNow();
    }
}
