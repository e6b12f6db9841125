package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.Iterator;
import java.util.Map;

/**
 * The rule for the {@code schemas} member of every request body (RFC 7643 §3, RFC 7644 §3.5.2, §3.4.3, §3.7),
 * one per kind of body, as the hostile-input contract sets it:
 * <ul>
 *   <li>a resource (User, Group): absent or null is accepted (a pinned leniency: some directories leave it out of
 *       a POST or PUT); present but not an array of strings is 400 {@code invalidSyntax}; an array without the
 *       resource type's core schema URN is 400 {@code invalidValue};</li>
 *   <li>a message (PatchOp, SearchRequest, BulkRequest): absent, not an array of strings, or without the message's
 *       URN is 400 {@code invalidSyntax}, as the message readers always answered: RFC 7644 requires it, every
 *       directory we know sends it, and the integration suite pins the refusal;</li>
 *   <li>either way, URNs are compared ignoring case and other URNs beside the required one are accepted (Entra ID
 *       adds a group schema of its own).</li>
 * </ul>
 * The member name is matched ignoring case, as attribute names are (RFC 7643 §2.1).
 */
public final class SchemasMember {

    /** What a body is, which decides the scimType of a {@code schemas} that lacks its URN. */
    public enum BodyKind {
        RESOURCE(true, ScimType.INVALID_VALUE),
        MESSAGE(false, ScimType.INVALID_SYNTAX);

        private final boolean mayOmit;
        private final ScimType whenUrnMissing;

        BodyKind(boolean mayOmit, ScimType whenUrnMissing) {
            this.mayOmit = mayOmit;
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
            if (kind.mayOmit) {
                return;
            }
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "'schemas' must list " + urn);
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
