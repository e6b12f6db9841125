package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimErrorBody;
import org.kcscim.scim.protocol.error.ScimException;

/**
 * The outcome of one operation, as a bulk response lists it (RFC 7644 §3.7.3).
 *
 * @param method   the operation's method as sent (upper-case), or null when it had none
 * @param bulkId   the operation's bulkId, or null
 * @param location the absolute URL of the resource; null for a POST that failed and for an unusable path
 * @param version  the resource's version after the operation; null after a DELETE or a failure
 * @param status   the HTTP status the operation would have had as a request of its own
 * @param response the SCIM error body of a failure; null on success
 */
public record BulkResult(String method, String bulkId, String location, String version, int status,
                         ObjectNode response) {

    public static BulkResult success(BulkMethod method, String bulkId, String location, String version, int status) {
        return new BulkResult(method.name(), bulkId, location, version, status, null);
    }

    public static BulkResult failure(String method, String bulkId, String location, ScimException error) {
        return new BulkResult(method, bulkId, location, null, error.status(), ScimErrorBody.of(error));
    }

    public boolean failed() {
        return status >= 400;
    }
}
