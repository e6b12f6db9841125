package org.kcscim.scim.endpoint;

import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs failed SCIM authentications at most once per interval, with the number of failures it kept quiet,
 * so that a misconfigured directory retrying in a loop cannot flood the server log.
 */
final class FailedAuthenticationLog {

    private static final Logger LOG = Logger.getLogger(FailedAuthenticationLog.class);
    private static final long INTERVAL_MILLIS = 10_000;

    private static final AtomicLong lastLoggedAt = new AtomicLong();
    private static final AtomicLong suppressed = new AtomicLong();

    private FailedAuthenticationLog() {
    }

    static void record(String realmName, String remoteAddress) {
        long now = System.currentTimeMillis();
        long last = lastLoggedAt.get();
        if (now - last >= INTERVAL_MILLIS && lastLoggedAt.compareAndSet(last, now)) {
            long quiet = suppressed.getAndSet(0);
            LOG.warnf("SCIM authentication failed in realm %s from %s (%d more failures since the last report)",
                    realmName, remoteAddress, quiet);
        } else {
            suppressed.incrementAndGet();
        }
    }
}
