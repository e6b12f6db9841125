package org.kcscim.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs numbered tasks on a few clients, each taking the next number when done, as a directory's workers do. */
final class Concurrently {

    private Concurrently() {
    }

    /**
     * Runs {@code task} for 0..{@code tasks}-1 on {@code clients} threads; returns the wall time in seconds. The
     * first failure, or the deadline, ends the run with an exception: what follows depends on every task.
     */
    static double run(int clients, int tasks, Duration deadline, String what, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long begin = System.nanoTime();
        long until = begin + deadline.toNanos();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < tasks && !failed.get() && System.nanoTime() < until;
                             i = next.getAndIncrement()) {
                            task.accept(i);
                        }
                    } catch (RuntimeException | Error e) {
                        // The other clients stop at their next task instead of finishing the whole run
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (next.get() < tasks) {
                throw new IllegalStateException(what + " did not finish within " + deadline);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + " did not finish within " + deadline, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + what, e);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - begin) / 1e9;
    }
}
