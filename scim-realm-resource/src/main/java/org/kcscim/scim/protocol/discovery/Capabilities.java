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
}
