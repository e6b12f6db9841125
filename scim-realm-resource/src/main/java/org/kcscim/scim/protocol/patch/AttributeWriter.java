package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.Mutability;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Applies one {@link PatchTarget} to a resource held as JSON (RFC 7644 §3.5.2): finds the object that holds the
 * attribute (the resource, or the extension object named by its schema URN), delegates multi-valued attributes to
 * {@link MultiValuedWriter}, and then checks mutability (RFC 7643 §7) by comparing the attribute before and after:
 * <ul>
 *   <li>readOnly ({@code id}, {@code meta}, {@code groups}, {@code manager.displayName}): an operation whose path
 *       names one, and any change, is 400 {@code mutability}; a member of a path-less value that leaves the value
 *       as it was passes, because Okta renames a group with a path-less replace that repeats the group's
 *       {@code id};</li>
 *   <li>immutable: may be given a value while it has none; afterwards, any change is 400 {@code mutability};</li>
 *   <li>writeOnly ({@code password}): written like any other; the store takes it out (see {@link PatchResult}).</li>
 * </ul>
 * Singular attributes: add and replace set a simple value and merge a complex one, sub-attribute by
 * sub-attribute, leaving the others as they are (RFC 7644 §3.5.2.1, §3.5.2.3); remove, or a JSON null value,
 * unassigns. Whatever becomes empty (a complex value without sub-attributes, an extension without attributes) is
 * dropped, since RFC 7643 §2.5 makes it equivalent to unassigned.
 */
final class AttributeWriter {

    private AttributeWriter() {
    }

    static void apply(ObjectNode resource, PatchTarget target, ResourceTypeDefinition type) {
        if (target.path().isExtension()) {
            JsonFields.remove(resource, target.path().extensionUrn().orElseThrow());
            return;
        }
        ResolvedAttribute resolved = target.resolved();
        AttributeDefinition attribute = resolved.attribute();
        ObjectNode holder = holder(resource, resolved, type, target.type() != PatchOperation.Type.REMOVE);
        if (holder == null) {
            return;
        }
        JsonNode before = copy(JsonFields.get(holder, attribute.name()));
        if (attribute.multiValued()) {
            MultiValuedWriter.apply(holder, target);
        } else if (resolved.subAttribute() == null) {
            writeAttribute(holder, target);
        } else {
            writeSubAttribute(holder, target);
        }
        checkMutability(target, before, JsonFields.get(holder, attribute.name()));
        if (holder != resource && holder.isEmpty()) {
            JsonFields.remove(resource, resolved.schema().id());
        }
    }

    /**
     * The object the attribute lives in: the resource for core and common attributes, the extension object for
     * extension attributes (RFC 7643 §3.3), created when {@code create} and absent.
     */
    private static ObjectNode holder(ObjectNode resource, ResolvedAttribute resolved, ResourceTypeDefinition type,
                                     boolean create) {
        if (resolved.isCommon() || resolved.schema().id().equals(type.schema().id())) {
            return resource;
        }
        String urn = resolved.schema().id();
        JsonNode existing = JsonFields.get(resource, urn);
        if (existing != null && existing.isObject()) {
            return (ObjectNode) existing;
        }
        if (!create) {
            return null;
        }
        ObjectNode created = JsonNodeFactory.instance.objectNode();
        JsonFields.put(resource, urn, created);
        return created;
    }

    private static void writeAttribute(ObjectNode holder, PatchTarget target) {
        AttributeDefinition attribute = target.resolved().attribute();
        if (target.type() == PatchOperation.Type.REMOVE || target.clears()) {
            JsonFields.remove(holder, attribute.name());
            return;
        }
        JsonNode value = ValueCoercion.value(attribute, target.value(), target.describe());
        if (!attribute.isComplex()) {
            JsonFields.put(holder, attribute.name(), value);
            return;
        }
        ObjectNode merged = complexAt(holder, attribute);
        merge(merged, (ObjectNode) value, attribute, target.describe());
        putOrDrop(holder, attribute.name(), merged);
    }

    private static void writeSubAttribute(ObjectNode holder, PatchTarget target) {
        AttributeDefinition attribute = target.resolved().attribute();
        AttributeDefinition sub = target.resolved().subAttribute();
        ObjectNode complex = complexAt(holder, attribute);
        if (target.type() == PatchOperation.Type.REMOVE || target.clears()) {
            JsonFields.remove(complex, sub.name());
        } else {
            JsonFields.put(complex, sub.name(), ValueCoercion.simple(sub, target.value(), target.describe()));
        }
        putOrDrop(holder, attribute.name(), complex);
    }

    /** The current value of a singular complex attribute, or a new object for it to become. */
    private static ObjectNode complexAt(ObjectNode holder, AttributeDefinition attribute) {
        JsonNode existing = JsonFields.get(holder, attribute.name());
        return existing != null && existing.isObject() ? (ObjectNode) existing : JsonNodeFactory.instance.objectNode();
    }

    /**
     * Merges coerced sub-attributes into {@code into}: a null unassigns, anything else replaces. Giving an immutable
     * sub-attribute that has a value another one is 400 {@code mutability}.
     */
    static void merge(ObjectNode into, ObjectNode values, AttributeDefinition attribute, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = values.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            AttributeDefinition sub = attribute.subAttribute(field.getKey()).orElseThrow();
            JsonNode current = JsonFields.get(into, sub.name());
            if (sub.mutability() == Mutability.IMMUTABLE && !JsonFields.isUnassigned(current)
                    && !current.equals(field.getValue())) {
                throw mutability(path + "." + sub.name(), Mutability.IMMUTABLE);
            }
            if (field.getValue().isNull()) {
                JsonFields.remove(into, sub.name());
            } else {
                JsonFields.put(into, sub.name(), field.getValue());
            }
        }
    }

    private static void putOrDrop(ObjectNode holder, String name, JsonNode value) {
        if (JsonFields.isUnassigned(value)) {
            JsonFields.remove(holder, name);
        } else {
            JsonFields.put(holder, name, value);
        }
    }

    private static void checkMutability(PatchTarget target, JsonNode before, JsonNode after) {
        ResolvedAttribute resolved = target.resolved();
        boolean readOnly = resolved.attribute().mutability() == Mutability.READ_ONLY
                || resolved.target().mutability() == Mutability.READ_ONLY;
        if (readOnly && target.pathGiven()) {
            // An operation aimed at a readOnly attribute by its path is a mistake even when it would change nothing
            // (the server may not even hold the value, as for a user's groups); only members of a path-less value
            // are let through unchanged, for Okta's rename
            throw mutability(target.describe(), Mutability.READ_ONLY);
        }
        boolean changed = !Objects.equals(unassignedAsNull(before), unassignedAsNull(after));
        if (!changed) {
            return;
        }
        if (readOnly) {
            throw mutability(target.describe(), Mutability.READ_ONLY);
        }
        boolean immutable = resolved.attribute().mutability() == Mutability.IMMUTABLE
                || resolved.target().mutability() == Mutability.IMMUTABLE;
        if (immutable && !JsonFields.isUnassigned(before)) {
            throw mutability(target.describe(), Mutability.IMMUTABLE);
        }
    }

    private static JsonNode unassignedAsNull(JsonNode value) {
        return JsonFields.isUnassigned(value) ? null : value;
    }

    private static JsonNode copy(JsonNode value) {
        return value == null ? null : value.deepCopy();
    }

    private static ScimException mutability(String path, Mutability mutability) {
        return ScimException.badRequest(ScimType.MUTABILITY, "'" + path + "' is " + mutability.keyword()
                + (mutability == Mutability.READ_ONLY ? " and cannot be changed" : " and cannot be changed once set"));
    }
}
