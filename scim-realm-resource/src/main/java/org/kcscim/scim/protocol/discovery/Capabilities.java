package org.kcscim.scim.protocol.discovery;

/**
 * What the server implements of the optional SCIM features (RFC 7643 §5). The discovery document is
 * rendered from this one value, so it can only claim what the endpoints were declared to do.
 */
public record Capabilities(
        boolean patch,
        boolean bulk,
        int bulkMaxOperations,
        int bulkMaxPayloadSize,
        boolean filter,
        int filterMaxResults,
        boolean changePassword,
        boolean sort,
        boolean etag) {

    /** No optional feature at all: the state of a server that only answers discovery requests. */
    public static final Capabilities DISCOVERY_ONLY = new Capabilities(false, false, 0, 0, false, 0, false, false, false);
}
