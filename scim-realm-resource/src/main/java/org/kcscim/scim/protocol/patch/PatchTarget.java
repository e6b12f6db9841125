package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.filter.PatchPath;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;

/**
 * One operation narrowed to one place in the resource: a path-less operation becomes one target per member of its
 * value, a whole-extension operation one per attribute of the extension (RFC 7644 §3.5.2.1, §3.5.2.3).
 *
 * @param type     the operation
 * @param path     a validated path; a whole-extension path only for removing the extension
 * @param resolved what the path designates, with the sub-attribute after a value filter; null for an extension
 * @param value    the value, a {@code NullNode} for JSON null, Java null when the operation has none
 * @param pathGiven whether the operation named this place in its {@code path}, rather than as a member of a
 *                  path-less value (which is written as a resource body is, so with the body's stricter types)
 */
record PatchTarget(PatchOperation.Type type, PatchPath path, ResolvedAttribute resolved, JsonNode value,
                   boolean pathGiven) {

    boolean hasValue() {
        return value != null;
    }

    /** True when the value is absent or JSON null: the target is to be unassigned. */
    boolean clears() {
        return value == null || value.isNull();
    }

    /** The path as the client wrote it, for error details. */
    String describe() {
        return path.toString();
    }
}
