package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Renders a bulk response (RFC 7644 §3.7.3): one entry per operation that ran, in request order, with
 * {@code status} as a string and the error body as {@code response} for failures. Successful operations carry
 * no {@code response}: the client learns the id from {@code location} and can read the resource there.
 */
public final class BulkResponse {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    private BulkResponse() {
    }

    public static ObjectNode render(List<BulkResult> results) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("schemas").add(SCHEMA);
        ArrayNode operations = body.putArray("Operations");
        for (BulkResult result : results) {
            ObjectNode entry = operations.addObject();
            putIfPresent(entry, "method", result.method());
            putIfPresent(entry, "bulkId", result.bulkId());
            putIfPresent(entry, "version", result.version());
            putIfPresent(entry, "location", result.location());
            entry.put("status", Integer.toString(result.status()));
            if (result.response() != null) {
                entry.set("response", result.response());
            }
        }
        return body;
    }

    private static void putIfPresent(ObjectNode entry, String name, String value) {
        if (value != null) {
            entry.put(name, value);
        }
    }
}
