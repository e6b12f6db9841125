package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

/**
 * The rule that a resource keeps its required attributes ({@code userName}, group {@code displayName}; RFC 7643
 * §2.2 {@code required}), checked on the result of every write, POST, PUT and PATCH alike: an attribute that is
 * absent, null, empty or blank is 400 {@code invalidValue} (issue 10; a group renamed to "" used to reach the
 * store and fail there). Required attributes of an extension count only when the resource has that extension.
 */
final class RequiredAttributes {

    private RequiredAttributes() {
    }

    static void check(ObjectNode resource, ResourceTypeDefinition type) {
        requireIn(resource, type.schema());
        for (SchemaDefinition extension : type.extensions()) {
            if (JsonFields.get(resource, extension.id()) instanceof ObjectNode object) {
                requireIn(object, extension);
            }
        }
    }

    private static void requireIn(ObjectNode holder, SchemaDefinition schema) {
        for (AttributeDefinition attribute : schema.attributes()) {
            if (attribute.required() && isMissing(JsonFields.get(holder, attribute.name()))) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE, "'" + attribute.name() + "' is required and"
                        + " cannot be empty, blank, null or removed");
            }
        }
    }

    private static boolean isMissing(JsonNode value) {
        return JsonFields.isUnassigned(value) || (value.isTextual() && value.textValue().isBlank());
    }
}
