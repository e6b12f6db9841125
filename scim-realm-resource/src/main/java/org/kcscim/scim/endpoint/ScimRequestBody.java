package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.io.IOException;

/**
 * The body of a POST, PUT or PATCH as SCIM reads it: bytes that must be one JSON document of bounded size and
 * depth, in strict UTF-8. Reading bytes rather than a decoded string lets malformed UTF-8 be refused instead of
 * being turned into replacement characters that would then be stored.
 */
final class ScimRequestBody {

    /** The largest body outside /Bulk; a directory sends one resource or one PATCH at a time. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // "{} trailing" is not one JSON document: a truncated or concatenated body must not half-apply
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private final byte[] bytes;

    ScimRequestBody(byte[] bytes) {
        this.bytes = bytes == null ? new byte[0] : bytes;
    }

    JsonNode json() {
        return json(MAX_BYTES);
    }

    JsonNode json(int maxBytes) {
        if (bytes.length > maxBytes) {
            throw new ScimException(413, ScimType.TOO_LARGE, "The body is larger than " + maxBytes + " bytes");
        }
        if (isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The request has no body");
        }
        try {
            // From bytes, Jackson detects the encoding, skips a UTF-8 byte order mark and refuses malformed UTF-8
            JsonNode json = JSON.readTree(bytes);
            if (json == null || json.isMissingNode()) {
                throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The request has no body");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            // Jackson reports some malformed byte sequences (e.g. a truncated UTF-8 character) as plain I/O errors
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The body is not valid UTF-8 JSON");
        }
    }

    private boolean isBlank() {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
