package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.Iterator;
import java.util.Map;

/**
 * The one rule for the {@code schemas} member of every request body (RFC 7643 §3, RFC 7644 §3.5.2, §3.4.3, §3.7),
 * as the hostile-input contract of issue 10 sets it:
 * <ul>
 *   <li>absent (or null): accepted, a pinned leniency, since some directories leave it out;</li>
 *   <li>present but not an array of strings: 400 {@code invalidSyntax};</li>
 *   <li>an array without the body's own URN (compared ignoring case): 400 {@code invalidValue} for a resource
 *       (User, Group), {@code invalidSyntax} for a message (PatchOp, SearchRequest, BulkRequest), as the message
 *       readers always answered;</li>
 *   <li>other URNs beside it are accepted: Entra ID adds a group schema of its own.</li>
 * </ul>
 * The member name is matched ignoring case, as attribute names are (RFC 7643 §2.1).
 */
public final class SchemasMember {

    /** What a body is, which decides the scimType of a {@code schemas} that lacks its URN. */
    public enum BodyKind {
        RESOURCE(ScimType.INVALID_VALUE),
        MESSAGE(ScimType.INVALID_SYNTAX);

        private final ScimType whenUrnMissing;

        BodyKind(ScimType whenUrnMissing) {
            this.whenUrnMissing = whenUrnMissing;
        }
    }

    private SchemasMember() {
    }

    /**
     * @param body the request body, a JSON object
     * @param urn  the URN {@code schemas} must list when present
     * @throws ScimException 400 as described on the class
     */
    public static void check(ObjectNode body, String urn, BodyKind kind) {
        JsonNode schemas = member(body);
        if (schemas == null || schemas.isNull()) {
            return;
        }
        if (!schemas.isArray()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "'schemas' must be an array of schema URNs");
        }
        boolean listed = false;
        for (JsonNode schema : schemas) {
            if (!schema.isTextual()) {
                throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "'schemas' must be an array of schema URNs");
            }
            listed |= schema.textValue().equalsIgnoreCase(urn);
        }
        if (!listed) {
            throw ScimException.badRequest(kind.whenUrnMissing, "'schemas' must list " + urn);
        }
    }

    private static JsonNode member(ObjectNode body) {
        JsonNode exact = body.get("schemas");
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase("schemas")) {
                return field.getValue();
            }
        }
        return null;
    }
}
