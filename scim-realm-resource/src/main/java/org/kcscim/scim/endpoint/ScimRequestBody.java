package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.nio.charset.StandardCharsets;

/** Reads request bodies: one JSON document, of bounded size and depth. */
final class ScimRequestBody {

    /** The largest body outside /Bulk; a directory sends one resource or one PATCH at a time. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private ScimRequestBody() {
    }

    static JsonNode parse(String body, int maxBytes) {
        if (body == null || body.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The request has no body");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ScimException(413, ScimType.TOO_LARGE, "The body is larger than " + maxBytes + " bytes");
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The request has no body");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static JsonNode parse(String body) {
        return parse(body, MAX_BYTES);
    }
}
