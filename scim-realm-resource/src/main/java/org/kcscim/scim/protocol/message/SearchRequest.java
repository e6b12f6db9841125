package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a POST to {@code .search} (RFC 7644 §3.4.3) into a {@link ListRequest}. {@code schemas} follows
 * {@link SchemasMember} (a message: absent, or without {@value #SCHEMA}, is 400 {@code invalidSyntax}); a
 * member of the wrong type is 400 {@code invalidValue}.
 */
public final class SearchRequest {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    private SearchRequest() {
    }

    public static ListRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "A SearchRequest must be a JSON object");
        }
        RequestBodyText.requireWellFormed(body);
        SchemasMember.check((ObjectNode) body, SCHEMA, SchemasMember.BodyKind.MESSAGE);
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
        long length = 0;
        for (JsonNode element : value) {
            length += element.isTextual() ? element.textValue().length() + 1 : 0;
        }
        // The same cap as the comma-separated form, taken over the whole array before any name is parsed.
        if (length > AttributeSelection.MAX_LIST_LENGTH) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, field + " may list at most "
                    + AttributeSelection.MAX_LIST_LENGTH + " characters of attribute names");
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
