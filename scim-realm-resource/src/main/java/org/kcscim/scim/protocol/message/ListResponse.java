package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The list response of RFC 7644 §3.4.2: one page of resources and the total they were taken from. */
public final class ListResponse {

    private ListResponse() {
    }

    /** A complete, unpaged list: the discovery endpoints return everything at once. */
    public static ObjectNode complete(List<? extends JsonNode> resources) {
        return page(resources, resources.size(), 1);
    }

    /** A page of {@code resources} out of {@code totalResults}, the first at 1-based {@code startIndex}. */
    public static ObjectNode page(List<? extends JsonNode> resources, long totalResults, long startIndex) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("schemas").add(ScimSchemaUris.LIST_RESPONSE);
        body.put("totalResults", totalResults);
        body.put("itemsPerPage", resources.size());
        body.put("startIndex", startIndex);
        ArrayNode array = body.putArray("Resources");
        resources.forEach(array::add);
        return body;
    }
}
