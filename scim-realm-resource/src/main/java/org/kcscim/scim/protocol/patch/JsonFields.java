package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Member access on JSON objects with SCIM's case-insensitive attribute names (RFC 7643 §2.1): reads find
 * {@code Emails} under {@code emails}, and writes leave exactly one member, spelled the canonical way.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The member named {@code name} in any case, or null. */
    static JsonNode get(ObjectNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            if (candidate.equalsIgnoreCase(name)) {
                return object.get(candidate);
            }
        }
        return null;
    }

    /**
     * Sets {@code canonicalName}, dropping members that differ from it only in case. A member already spelled that
     * way keeps its place, so a patched resource lists its attributes in the order it had.
     */
    static void put(ObjectNode object, String canonicalName, JsonNode value) {
        List<String> otherSpellings = spellings(object, canonicalName);
        otherSpellings.remove(canonicalName);
        object.remove(otherSpellings);
        object.set(canonicalName, value);
    }

    /** Removes the member named {@code name} in any case. */
    static void remove(ObjectNode object, String name) {
        object.remove(spellings(object, name));
    }

    /** The names of the members of {@code object} that equal {@code name} ignoring case. */
    private static List<String> spellings(ObjectNode object, String name) {
        List<String> spellings = new ArrayList<>();
        object.fieldNames().forEachRemaining(candidate -> {
            if (candidate.equalsIgnoreCase(name)) {
                spellings.add(candidate);
            }
        });
        return spellings;
    }

    /**
     * Whether a value counts as unassigned: absent, null, an empty array or an empty object. RFC 7643 §2.5 makes
     * these equivalent, so the engine drops such members instead of leaving {@code "emails": []} behind.
     */
    static boolean isUnassigned(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isContainerNode() && value.isEmpty());
    }
}
