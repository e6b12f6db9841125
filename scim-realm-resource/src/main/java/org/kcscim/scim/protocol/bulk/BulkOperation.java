package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.Locale;

/**
 * One operation of a bulk request (RFC 7644 §3.7), checked for structure. Its {@code path} and {@code data} may
 * still hold {@code bulkId:} references; {@link #resolve} replaces them once the operations they name have run.
 * <ul>
 *   <li>{@code method} and {@code path} are required strings, {@code data} an object for POST, PUT and PATCH:
 *       400 {@code invalidSyntax} otherwise;</li>
 *   <li>an unknown method, or a {@code bulkId} outside {@link BulkIdReferences#isValidBulkId}: 400
 *       {@code invalidValue};</li>
 *   <li>{@code data} of a DELETE is ignored, as the body of an HTTP DELETE would be.</li>
 * </ul>
 *
 * @param method  the HTTP method
 * @param path    the resource's path relative to the service root, such as {@code /Users/{id}}
 * @param bulkId  the client's transient name for the resource a POST creates; echoed for other methods; or null
 * @param version the version the client expects the resource to have, as an {@code If-Match} value; or null
 * @param data    the body of a POST, PUT or PATCH; null for DELETE
 */
public record BulkOperation(BulkMethod method, String path, String bulkId, String version, JsonNode data) {

    /**
     * @throws ScimException 400 {@code invalidSyntax} or {@code invalidValue} for an operation that cannot run
     */
    public static BulkOperation parse(JsonNode operation) {
        if (operation == null || !operation.isObject()) {
            throw syntax("An operation must be a JSON object");
        }
        String methodName = BulkMembers.text(operation, "method", "");
        if (methodName == null || methodName.isBlank()) {
            throw syntax("method is required");
        }
        BulkMethod method = BulkMethod.parse(methodName);
        String path = BulkMembers.text(operation, "path", "");
        if (path == null || path.isBlank()) {
            throw syntax("path is required");
        }
        String bulkId = BulkMembers.text(operation, "bulkId", "");
        if (bulkId != null && !BulkIdReferences.isValidBulkId(bulkId)) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "bulkId " + bulkId
                    + " must be made of letters, digits, '-', '.', '_' and '~' only");
        }
        if (method == BulkMethod.POST && bulkId == null) {
            throw syntax("bulkId is required for POST");
        }
        String version = BulkMembers.text(operation, "version", "");
        if (version != null && version.isBlank()) {
            version = null;
        }
        JsonNode data = null;
        if (method != BulkMethod.DELETE) {
            data = BulkMembers.get(operation, "data");
            if (data == null) {
                throw syntax("data is required for " + method);
            }
            if (!data.isObject()) {
                throw syntax("data must be a JSON object");
            }
        }
        return new BulkOperation(method, path.strip(), bulkId, version, data);
    }

    /** This operation with the {@code bulkId:} references in its path and data replaced by resource ids. */
    public BulkOperation resolve(BulkIdReferences references) {
        return new BulkOperation(method, references.resolve(path), bulkId, version,
                data == null ? null : references.resolve(data));
    }

    /** The method a raw operation names, upper-cased, or null: what a response echoes for one that did not parse. */
    public static String methodOf(JsonNode operation) {
        String method = BulkMembers.textOrNull(operation, "method");
        return method == null || method.isBlank() ? null : method.strip().toUpperCase(Locale.ROOT);
    }

    /** The bulkId a raw operation carries, or null. */
    public static String bulkIdOf(JsonNode operation) {
        return BulkMembers.textOrNull(operation, "bulkId");
    }

    private static ScimException syntax(String detail) {
        return ScimException.badRequest(ScimType.INVALID_SYNTAX, detail);
    }
}
