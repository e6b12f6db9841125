package org.kcscim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.config.AttributeMapping;
import org.kcscim.config.AttributeSettingsJson;
import org.kcscim.config.ExtensionAttribute;
import org.kcscim.config.SchemaExtension;
import org.kcscim.scim.protocol.schema.AttributeType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code schemaExtensions} and {@code attributeMappings} of a configuration's JSON for their shape: arrays of
 * objects with known properties of the right JSON types. What they mean is {@link AttributeSettingsValidation}'s
 * job. Errors name the entry, such as {@code attributeMappings[1].userAttribute}.
 */
final class AttributeSettingsInput {

    static final String EXTENSIONS = "schemaExtensions";
    static final String MAPPINGS = "attributeMappings";

    private AttributeSettingsInput() {
    }

    static Optional<List<SchemaExtension>> extensions(JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            errors.add(new FieldError(EXTENSIONS, "Must be an array of schema extensions"));
            return Optional.empty();
        }
        List<SchemaExtension> extensions = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String field = EXTENSIONS + "[" + i + "]";
            JsonNode extension = value.get(i);
            if (!extension.isObject()) {
                errors.add(new FieldError(field, "Must be an object with id and attributes"));
                continue;
            }
            unknown(extension, Set.of("id", "attributes"), field, errors);
            String id = text(extension.get("id"), field + ".id", errors);
            JsonNode attributesNode = extension.path("attributes");
            List<ExtensionAttribute> attributes = new ArrayList<>();
            if (!attributesNode.isArray()) {
                errors.add(new FieldError(field + ".attributes", "Must be an array of attributes"));
            } else {
                for (int j = 0; j < attributesNode.size(); j++) {
                    attribute(attributesNode.get(j), field + ".attributes[" + j + "]", errors).ifPresent(attributes::add);
                }
            }
            extensions.add(new SchemaExtension(id, attributes));
        }
        return Optional.of(extensions);
    }

    static Optional<List<AttributeMapping>> mappings(JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            errors.add(new FieldError(MAPPINGS, "Must be an array of attribute mappings"));
            return Optional.empty();
        }
        List<AttributeMapping> mappings = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String field = MAPPINGS + "[" + i + "]";
            JsonNode mapping = value.get(i);
            if (!mapping.isObject()) {
                errors.add(new FieldError(field, "Must be an object with scimPath and userAttribute"));
                continue;
            }
            unknown(mapping, Set.of("scimPath", "userAttribute"), field, errors);
            mappings.add(new AttributeMapping(text(mapping.get("scimPath"), field + ".scimPath", errors),
                    text(mapping.get("userAttribute"), field + ".userAttribute", errors)));
        }
        return Optional.of(mappings);
    }

    private static Optional<ExtensionAttribute> attribute(JsonNode attribute, String field, List<FieldError> errors) {
        if (!attribute.isObject()) {
            errors.add(new FieldError(field, "Must be an object with name and type"));
            return Optional.empty();
        }
        unknown(attribute, Set.of("name", "type", "multiValued", "required", "caseExact"), field, errors);
        String name = text(attribute.get("name"), field + ".name", errors);
        JsonNode typeNode = attribute.get("type");
        AttributeType type = AttributeType.STRING;
        if (typeNode != null && !typeNode.isNull()) {
            Optional<AttributeType> known = typeNode.isTextual() ? AttributeSettingsJson.type(typeNode.asText())
                    : Optional.empty();
            if (known.isEmpty()) {
                errors.add(new FieldError(field + ".type", "Must be one of string, boolean, integer, decimal, dateTime,"
                        + " reference"));
            } else {
                type = known.get();
            }
        }
        return Optional.of(new ExtensionAttribute(name, type, bool(attribute, "multiValued", field, errors),
                bool(attribute, "required", field, errors), bool(attribute, "caseExact", field, errors)));
    }

    private static boolean bool(JsonNode object, String name, String field, List<FieldError> errors) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field + "." + name, "Must be true or false"));
            return false;
        }
        return value.booleanValue();
    }

    private static String text(JsonNode value, String field, List<FieldError> errors) {
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            errors.add(new FieldError(field, "Is required, as a string"));
            return "";
        }
        return value.asText().strip();
    }

    private static void unknown(JsonNode object, Set<String> known, String field, List<FieldError> errors) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new FieldError(field + "." + name, "Unknown property"));
            }
        }
    }
}
