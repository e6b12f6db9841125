package org.kcscim.scim.protocol.bulk;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.Locale;

/** The HTTP methods an operation of a bulk request may use (RFC 7644 §3.7): the writes, never GET. */
public enum BulkMethod {
    POST, PUT, PATCH, DELETE;

    /**
     * The method named by {@code text}, in any case.
     *
     * @throws ScimException 400 {@code invalidValue} for any other name
     */
    public static BulkMethod parse(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (BulkMethod method : values()) {
            if (method.name().equals(upper)) {
                return method;
            }
        }
        throw ScimException.badRequest(ScimType.INVALID_VALUE,
                "method must be POST, PUT, PATCH or DELETE, not " + text);
    }
}
