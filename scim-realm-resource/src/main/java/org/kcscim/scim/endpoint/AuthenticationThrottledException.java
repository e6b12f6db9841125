package org.kcscim.scim.endpoint;

import org.kcscim.scim.protocol.error.ScimException;

/**
 * A 429 for a client address that failed to authenticate too often (see {@link FailedAuthenticationThrottle}),
 * carrying the seconds {@link ScimResponder} sends as {@code Retry-After}. RFC 7644 defines no scimType for it.
 */
final class AuthenticationThrottledException extends ScimException {

    private final long retryAfterSeconds;

    AuthenticationThrottledException(long retryAfterSeconds) {
        super(429, null, "Too many failed authentications from this address: retry after " + retryAfterSeconds
                + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A flood raises thousands of these and none is logged: walking the deep request stack each time is waste. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
