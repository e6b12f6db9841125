package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.util.Optional;

/**
 * The rule that a resource keeps its required attributes ({@code userName}, group {@code displayName}; RFC 7643
 * §2.2 {@code required}), checked on the result of every write, POST, PUT and PATCH alike: an attribute that is
 * absent, null, empty or blank is 400 {@code invalidValue} (a group renamed to "" used to reach the
 * store and fail there). Required attributes of an extension count only when the resource has that extension.
 */
final class RequiredAttributes {

    private RequiredAttributes() {
    }

    /** Whether {@link #check} would pass. */
    static boolean satisfied(ObjectNode resource, ResourceTypeDefinition type) {
        return firstMissing(resource, type).isEmpty();
    }

    static void check(ObjectNode resource, ResourceTypeDefinition type) {
        firstMissing(resource, type).ifPresent(name -> {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "'" + name + "' is required and cannot be empty,"
                    + " blank, null or removed");
        });
    }

    private static Optional<String> firstMissing(ObjectNode resource, ResourceTypeDefinition type) {
        Optional<String> missing = firstMissingIn(resource, type.schema());
        for (SchemaDefinition extension : type.extensions()) {
            if (missing.isEmpty() && JsonFields.get(resource, extension.id()) instanceof ObjectNode object) {
                missing = firstMissingIn(object, extension);
            }
        }
        return missing;
    }

    private static Optional<String> firstMissingIn(ObjectNode holder, SchemaDefinition schema) {
        return schema.attributes().stream()
                .filter(attribute -> attribute.required() && isMissing(JsonFields.get(holder, attribute.name())))
                .map(AttributeDefinition::name)
                .findFirst();
    }

    private static boolean isMissing(JsonNode value) {
        return JsonFields.isUnassigned(value) || (value.isTextual() && value.textValue().isBlank());
    }
}
