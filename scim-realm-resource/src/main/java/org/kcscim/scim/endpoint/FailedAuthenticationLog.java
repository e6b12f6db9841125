package org.kcscim.scim.endpoint;

import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs failed SCIM authentications, and the throttling they lead to, at most once per interval each, with the
 * number of events it kept quiet, so that a misconfigured directory retrying in a loop or a flood of guesses
 * cannot flood the server log.
 */
final class FailedAuthenticationLog {

    private static final Logger LOG = Logger.getLogger(FailedAuthenticationLog.class);
    private static final long INTERVAL_MILLIS = 10_000;

    private static final Quota FAILURES = new Quota();
    private static final Quota THROTTLED = new Quota();
    private static final Quota TABLE_FULL = new Quota();

    private FailedAuthenticationLog() {
    }

    static void record(String realmName, String remoteAddress) {
        long quiet = FAILURES.take();
        if (quiet >= 0) {
            LOG.warnf("SCIM authentication failed in realm %s from %s (%d more failures since the last report)",
                    realmName, remoteAddress, quiet);
        }
    }

    static void throttled(String remoteAddress, int failures, long seconds) {
        long quiet = THROTTLED.take();
        if (quiet >= 0) {
            LOG.warnf("SCIM authentication from %s refused for %d s after %d failures: it answers 429 without"
                    + " looking keys up (%d more addresses throttled since the last report)",
                    remoteAddress, seconds, failures, quiet);
        }
    }

    static void tableFull(int capacity) {
        long quiet = TABLE_FULL.take();
        if (quiet >= 0) {
            LOG.warnf("SCIM failed-authentication throttle tracks %d addresses, its maximum: failures from further"
                    + " addresses are not counted until windows end (%d more since the last report)", capacity, quiet);
        }
    }

    /** One message kind's allowance: the first caller of an interval logs, the others are counted. */
    private static final class Quota {

        private final AtomicLong lastLoggedAt = new AtomicLong();
        private final AtomicLong suppressed = new AtomicLong();

        /** The number of events kept quiet since the last report if this caller is to log, else -1. */
        long take() {
            long now = System.currentTimeMillis();
            long last = lastLoggedAt.get();
            if (now - last >= INTERVAL_MILLIS && lastLoggedAt.compareAndSet(last, now)) {
                return suppressed.getAndSet(0);
            }
            suppressed.incrementAndGet();
            return -1;
        }
    }
}
