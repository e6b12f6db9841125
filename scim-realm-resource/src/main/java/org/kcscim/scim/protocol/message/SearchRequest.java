package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;

import java.util.ArrayList;
import java.util.List;

/** Reads the body of a POST to {@code .search} (RFC 7644 §3.4.3) into a {@link ListRequest}. */
public final class SearchRequest {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    private SearchRequest() {
    }

    public static ListRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "A SearchRequest must be a JSON object");
        }
        JsonNode schemas = body.path("schemas");
        boolean declared = false;
        for (JsonNode schema : schemas) {
            declared |= SCHEMA.equals(schema.asText());
        }
        if (!declared) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "schemas must contain " + SCHEMA);
        }
        return new ListRequest(
                text(body, "filter"),
                text(body, "sortBy"),
                ListRequest.descending(text(body, "sortOrder")),
                ListRequest.startIndex(number(body, "startIndex", 1)),
                ListRequest.count(number(body, "count", ListRequest.DEFAULT_COUNT)),
                paths(body, "attributes"),
                paths(body, "excludedAttributes"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, field + " must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static long number(JsonNode body, String field, long fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, field + " must be an integer");
        }
        return value.longValue();
    }

    private static List<AttributePath> paths(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return AttributeSelection.parseList(value.asText());
        }
        if (!value.isArray()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, field + " must be an array of attribute names");
        }
        List<AttributePath> paths = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE, field + " must be an array of attribute names");
            }
            paths.addAll(AttributeSelection.parseList(element.asText()));
        }
        return paths;
    }
}
