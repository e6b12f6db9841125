package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.store.ResourceVersion;

/** Conditional requests (RFC 7644 §3.14) and what a write must not take back from a rendered resource. */
final class Preconditions {

    private Preconditions() {
    }

    /** 412 when the client's {@code If-Match} names another version than the current one. */
    static void requireMatch(String ifMatch, ObjectNode current) {
        String version = current.path("meta").path("version").asText();
        if (!ResourceVersion.matches(ifMatch, version)) {
            throw new ScimException(412, null, "The resource changed: its version is now " + version);
        }
    }

    /** The rendered resource minus what the server computes, as the base a PATCH applies to. */
    static ObjectNode withoutServerAttributes(ObjectNode rendered) {
        ObjectNode base = rendered.deepCopy();
        base.remove("meta");
        base.remove("groups");
        return base;
    }
}
