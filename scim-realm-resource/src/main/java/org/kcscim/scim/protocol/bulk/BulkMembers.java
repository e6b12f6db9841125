package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.Iterator;

/**
 * Member access on the objects of a bulk request. Attribute names are case-insensitive in SCIM (RFC 7643 §2.1),
 * so {@code operations} finds {@code Operations}; an explicit JSON {@code null} counts as absent.
 */
final class BulkMembers {

    private BulkMembers() {
    }

    /** The member named {@code name} in any case, or null when it is absent or null. */
    static JsonNode get(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext() && value == null; ) {
                String candidate = names.next();
                if (candidate.equalsIgnoreCase(name)) {
                    value = object.get(candidate);
                }
            }
        }
        return value == null || value.isNull() ? null : value;
    }

    /** A string member, or null when absent; 400 {@code invalidSyntax} when it is there but not a string. */
    static String text(JsonNode object, String name, String where) {
        JsonNode value = get(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, where + name + " must be a string");
        }
        return value.textValue();
    }

    /** A string member when it is one, else null: for echoing what a malformed operation said. */
    static String textOrNull(JsonNode object, String name) {
        JsonNode value = object == null || !object.isObject() ? null : get(object, name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
