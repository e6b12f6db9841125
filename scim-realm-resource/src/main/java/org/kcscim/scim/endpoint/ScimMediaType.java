package org.kcscim.scim.endpoint;

/** The media type of every SCIM response (RFC 7644 §3.1). */
final class ScimMediaType {

    static final String SCIM_JSON = "application/scim+json";

    private ScimMediaType() {
    }
}
