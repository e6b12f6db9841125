package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.message.RequestBodyText;
import org.kcscim.scim.protocol.message.SchemasMember;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The envelope of a bulk request (RFC 7644 §3.7), checked as a whole before any operation runs, so that a
 * request refused here changes nothing:
 * <ul>
 *   <li>no string anywhere holds a NUL or an unpaired surrogate: 400 {@code invalidValue}
 *       ({@link RequestBodyText}), so that one such string fails the whole request, not one operation;</li>
 *   <li>{@code schemas} follows {@link SchemasMember}: an array of strings listing {@value #SCHEMA}, 400
 *       {@code invalidSyntax} otherwise (absent too: it is a message, not a resource);</li>
 *   <li>{@code Operations} must be an array: 400 {@code invalidSyntax};</li>
 *   <li>more operations than the advertised {@code maxOperations}: 413 {@code tooMany} (the payload limit is
 *       enforced on the raw body before it is parsed);</li>
 *   <li>{@code failOnErrors}, when present, must be a positive integer: 400 {@code invalidValue};</li>
 *   <li>bulkIds must be unique within the request (§3.7): 400 {@code invalidValue}.</li>
 * </ul>
 * Each operation is parsed on its own when its turn comes ({@link BulkOperation#parse}), so one malformed
 * operation fails alone, as any other failing operation does. Member names are matched ignoring case.
 *
 * @param failOnErrors    the number of failed operations after which processing stops; {@link Integer#MAX_VALUE}
 *                        when the request sets none (process everything)
 * @param operations      the operations as sent, in order
 * @param declaredBulkIds the bulkIds of the POST operations, which references may name
 */
public record BulkRequest(int failOnErrors, List<JsonNode> operations, Set<String> declaredBulkIds) {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    /** Advertised as {@code bulk.maxOperations} and enforced by {@link #parse}. */
    public static final int MAX_OPERATIONS = 100;
    /** Advertised as {@code bulk.maxPayloadSize}: the most bytes (UTF-8) a bulk request body may have. */
    public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

    public BulkRequest {
        operations = List.copyOf(operations);
        declaredBulkIds = Set.copyOf(declaredBulkIds);
    }

    /**
     * @param body          the parsed request body
     * @param maxOperations the most operations accepted
     * @throws ScimException 400 {@code invalidSyntax} or {@code invalidValue}, or 413 {@code tooMany}
     */
    public static BulkRequest parse(JsonNode body, int maxOperations) {
        if (body == null || !body.isObject()) {
            throw syntax("A BulkRequest must be a JSON object");
        }
        RequestBodyText.requireWellFormed(body);
        SchemasMember.check((ObjectNode) body, SCHEMA, SchemasMember.BodyKind.MESSAGE);
        JsonNode operations = BulkMembers.get(body, "Operations");
        if (operations == null || !operations.isArray()) {
            throw syntax("A BulkRequest needs Operations, an array");
        }
        if (operations.size() > maxOperations) {
            throw new ScimException(413, ScimType.TOO_MANY, "A bulk request may hold at most " + maxOperations
                    + " operations, not " + operations.size());
        }
        List<JsonNode> list = new ArrayList<>(operations.size());
        operations.forEach(list::add);
        return new BulkRequest(failOnErrors(BulkMembers.get(body, "failOnErrors")), list, declaredBulkIds(list));
    }

    /** Whether processing stops once {@code errors} operations have failed. */
    public boolean stopsAfter(int errors) {
        return errors >= failOnErrors;
    }

    private static int failOnErrors(JsonNode value) {
        if (value == null) {
            return Integer.MAX_VALUE;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "failOnErrors must be a positive integer");
        }
        return value.intValue();
    }

    /** The POSTs' bulkIds; a bulkId used twice anywhere would make references and responses ambiguous. */
    private static Set<String> declaredBulkIds(List<JsonNode> operations) {
        Set<String> seen = new HashSet<>();
        Set<String> declared = new HashSet<>();
        for (JsonNode operation : operations) {
            String bulkId = BulkOperation.bulkIdOf(operation);
            if (bulkId == null) {
                continue;
            }
            if (!seen.add(bulkId)) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE, "bulkId " + bulkId
                        + " is used by more than one operation; bulkIds must be unique within a request");
            }
            if ("POST".equals(BulkOperation.methodOf(operation))) {
                declared.add(bulkId);
            }
        }
        return declared;
    }

    private static ScimException syntax(String detail) {
        return ScimException.badRequest(ScimType.INVALID_SYNTAX, detail);
    }
}
