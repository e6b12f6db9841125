package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The bulkIds of one bulk request and the resources they came to stand for (RFC 7644 §3.7.2).
 * <p>
 * A reference is {@value #PREFIX} followed by a bulkId, anywhere inside a string of an operation's {@code data}
 * or {@code path}: a member's {@code value}, a resource path {@code /Users/bulkId:u1}, or a PATCH value filter
 * {@code members[value eq "bulkId:u1"]}. The bulkId ends at the first character that cannot be part of one
 * (see {@link #isValidBulkId}), which is why bulkIds are restricted to URI-unreserved characters.
 * <p>
 * Operations run in request order, so a reference can only be to a POST that ran before it. A reference to
 * <ul>
 *   <li>a POST that created its resource becomes that resource's id;</li>
 *   <li>a POST of this request that failed, or that comes later, is 409 Conflict: the resource it names does not
 *       exist (yet), which is also the answer §3.7.2 gives for references it cannot resolve;</li>
 *   <li>a bulkId that no POST of this request declares is 400 {@code invalidValue}: the value is meaningless.</li>
 * </ul>
 * Forward and circular references therefore fail instead of being reordered.
 */
public final class BulkIdReferences {

    public static final String PREFIX = "bulkId:";

    private final Set<String> declared;
    private final Map<String, String> created = new HashMap<>();
    private final Set<String> failed = new HashSet<>();

    /** @param declared the bulkIds of the request's POST operations */
    public BulkIdReferences(Set<String> declared) {
        this.declared = Set.copyOf(declared);
    }

    /** Letters, digits and {@code - . _ ~} (RFC 3986 unreserved): safe in a path and easy to find in text. */
    public static boolean isValidBulkId(String bulkId) {
        return !bulkId.isEmpty() && bulkId.chars().allMatch(BulkIdReferences::isBulkIdCharacter);
    }

    /** The POST that declared {@code bulkId} created the resource {@code id}. */
    public void created(String bulkId, String id) {
        created.put(bulkId, id);
    }

    /** The POST that declared {@code bulkId} failed: references to it cannot be resolved. */
    public void failed(String bulkId) {
        failed.add(bulkId);
    }

    /**
     * {@code text} with every reference replaced by the id of the resource it stands for.
     *
     * @throws ScimException 409 for a reference to a POST that failed or has not run, 400 {@code invalidValue}
     *                       for one that no POST declares
     */
    public String resolve(String text) {
        int at = text.indexOf(PREFIX);
        if (at < 0) {
            return text;
        }
        StringBuilder resolved = new StringBuilder(text.length());
        int copied = 0;
        while (at >= 0) {
            int start = at + PREFIX.length();
            int end = start;
            while (end < text.length() && isBulkIdCharacter(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                resolved.append(text, copied, at).append(idOf(text.substring(start, end)));
            } else {
                // "bulkId:" with nothing after it names nothing: it stays as written
                resolved.append(text, copied, end);
            }
            copied = end;
            at = text.indexOf(PREFIX, end);
        }
        return resolved.append(text, copied, text.length()).toString();
    }

    /** A copy of {@code value} with every string resolved as {@link #resolve(String)} does; names stay as they are. */
    public JsonNode resolve(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            String resolved = resolve(text);
            return resolved.equals(text) ? value : TextNode.valueOf(resolved);
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(value.size());
            value.forEach(element -> copy.add(resolve(element)));
            return copy;
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), resolve(field.getValue()));
            }
            return copy;
        }
        return value;
    }

    private String idOf(String bulkId) {
        String id = created.get(bulkId);
        if (id != null) {
            return id;
        }
        if (failed.contains(bulkId)) {
            throw new ScimException(409, null, PREFIX + bulkId + " cannot be resolved: the operation that"
                    + " declares it failed");
        }
        if (declared.contains(bulkId)) {
            throw new ScimException(409, null, PREFIX + bulkId + " cannot be resolved: the operation that"
                    + " declares it comes later, and operations run in the order given");
        }
        throw ScimException.badRequest(ScimType.INVALID_VALUE, PREFIX + bulkId
                + " cannot be resolved: no POST operation of this request has that bulkId");
    }

    private static boolean isBulkIdCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
