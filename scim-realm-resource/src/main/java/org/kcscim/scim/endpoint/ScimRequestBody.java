package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.kcscim.scim.protocol.bulk.BulkRequest;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The body of a POST, PUT or PATCH as SCIM reads it: bytes that must be one JSON document of bounded size and
 * depth, in strict UTF-8. Reading bytes rather than a string decoded by the HTTP layer lets malformed UTF-8 be
 * refused instead of being turned into replacement characters that would then be stored.
 */
final class ScimRequestBody {

    /** The largest body outside /Bulk; a directory sends one resource or one PATCH at a time. */
    static final int MAX_BYTES = 1024 * 1024;

    /** The largest body any SCIM endpoint reads, /Bulk included. */
    static final int LARGEST = Math.max(MAX_BYTES, BulkRequest.MAX_PAYLOAD_BYTES);

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

    /** Whether a request of this method has a body SCIM reads. */
    static boolean isSentWith(String method) {
        return "POST".equalsIgnoreCase(method) || "PUT".equalsIgnoreCase(method) || "PATCH".equalsIgnoreCase(method);
    }

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
            JsonNode json = JSON.readTree(utf8Text());
            if (json == null || json.isMissingNode()) {
                throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The request has no body");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The body decoded as UTF-8 (RFC 7644 §3.1), strictly: malformed and overlong sequences are refused, and so is
     * UTF-16, which a JSON parser would otherwise detect and accept. A UTF-8 byte order mark is skipped, as RFC 8259
     * lets a parser do.
     */
    private String utf8Text() {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The body is not valid UTF-8");
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
