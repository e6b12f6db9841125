package org.kcscim.scim.endpoint;

import org.kcscim.scim.protocol.error.ScimException;

import java.util.List;

/** A SCIM 405 that also tells the client, in the {@code Allow} header, which methods the path does serve. */
final class MethodNotAllowed extends ScimException {

    private final List<String> allowed;

    MethodNotAllowed(String method, String path, List<String> allowed) {
        super(405, null, method + " is not served at " + path + ": use " + String.join(", ", allowed));
        this.allowed = List.copyOf(allowed);
    }

    String allowHeader() {
        return String.join(", ", allowed);
    }
}
