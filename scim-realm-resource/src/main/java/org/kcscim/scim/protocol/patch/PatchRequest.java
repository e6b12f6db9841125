package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.PatchPath;
import org.kcscim.scim.protocol.filter.PatchPathParser;
import org.kcscim.scim.protocol.filter.PatchPathValidator;
import org.kcscim.scim.protocol.message.RequestBodyText;
import org.kcscim.scim.protocol.message.SchemasMember;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a PATCH request (RFC 7644 §3.5.2) into typed {@link PatchOperation}s, checking its structure
 * and each path against the resource type, so that nothing is applied from a request that is malformed anywhere.
 * <ul>
 *   <li>no string anywhere holds a NUL or an unpaired surrogate: 400 {@code invalidValue}
 *       ({@link RequestBodyText});</li>
 *   <li>{@code schemas} follows {@link SchemasMember}: an array of strings listing {@value #SCHEMA}, 400
 *       {@code invalidSyntax} otherwise (absent too: it is a message, not a resource);</li>
 *   <li>{@code Operations} must be a non-empty array of objects with an {@code op} of add, replace or remove in
 *       any case: 400 {@code invalidSyntax} otherwise;</li>
 *   <li>at most {@value #MAX_OPERATIONS} operations, 400 {@code invalidValue} beyond, counted before any operation
 *       is read: a cap on the work one request can cause (RFC 7644 defines no scimType for it; {@code tooMany} is
 *       about query results);</li>
 *   <li>{@code path}, when present, is a string parsed and validated: 400 {@code invalidPath};</li>
 *   <li>member names ({@code Operations}, {@code op}, {@code path}, {@code value}) are matched ignoring case, as
 *       attribute names are (RFC 7643 §2.1); other members are ignored.</li>
 * </ul>
 * Details of errors about one operation start with its position, as in {@code "Operations[2]: ..."}.
 */
public final class PatchRequest {

    /** The schema of a PATCH request body. */
    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public static final int MAX_OPERATIONS = 1000;

    private PatchRequest() {
    }

    /**
     * @param body the parsed request body
     * @param type the resource type of the resource being patched
     * @return the operations, in request order
     * @throws ScimException 400 with {@code invalidSyntax}, {@code invalidPath}, {@code noTarget} or
     *                       {@code invalidValue}
     */
    public static List<PatchOperation> parse(JsonNode body, ResourceTypeDefinition type) {
        if (body == null || !body.isObject()) {
            throw syntax("The body of a PATCH request must be a JSON object");
        }
        ObjectNode request = (ObjectNode) body;
        RequestBodyText.requireWellFormed(request);
        SchemasMember.check(request, SCHEMA, SchemasMember.BodyKind.MESSAGE);
        JsonNode operations = JsonFields.get(request, "Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw syntax("A PATCH request needs 'Operations', a non-empty array");
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "A PATCH request may hold at most " + MAX_OPERATIONS + " operations, not "
                    + operations.size());
        }
        List<PatchOperation> result = new ArrayList<>(operations.size());
        for (int index = 0; index < operations.size(); index++) {
            try {
                result.add(operation(operations.get(index), type));
            } catch (ScimException error) {
                throw new ScimException(error.status(), error.scimType(),
                        "Operations[" + index + "]: " + error.detail());
            }
        }
        return result;
    }

    private static PatchOperation operation(JsonNode node, ResourceTypeDefinition type) {
        if (!node.isObject()) {
            throw syntax("an operation must be a JSON object");
        }
        ObjectNode operation = (ObjectNode) node;
        JsonNode op = JsonFields.get(operation, "op");
        if (op == null || !op.isTextual()) {
            throw syntax("an operation needs 'op', one of add, replace and remove");
        }
        PatchOperation.Type opType = PatchOperation.Type.fromKeyword(op.textValue()).orElseThrow(() ->
                syntax("'op' must be add, replace or remove, not " + op));
        JsonNode pathNode = JsonFields.get(operation, "path");
        PatchPath path = null;
        if (pathNode != null && !pathNode.isNull()) {
            if (!pathNode.isTextual()) {
                throw ScimException.badRequest(ScimType.INVALID_PATH, "'path' must be a string");
            }
            path = PatchPathValidator.validate(PatchPathParser.parse(pathNode.textValue(), type), type);
        }
        return PatchOperation.of(opType, path, JsonFields.get(operation, "value"));
    }

    private static ScimException syntax(String detail) {
        return ScimException.badRequest(ScimType.INVALID_SYNTAX, detail);
    }
}
