package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.CoreSchemas;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Encodes the part of a SCIM resource that has no native Keycloak field as attributes named by
 * {@link StoredNames}, and decodes it back, typed by the schema. Pure: no Keycloak types, so the encoding is
 * unit-tested on its own.
 */
public final class AttributeCodec {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ResourceTypeDefinition type;
    /** Top-level attributes ({@code name} or {@code name.sub}) kept elsewhere: native fields, computed ones. */
    private final Set<String> notStored;

    public AttributeCodec(ResourceTypeDefinition type, Set<String> notStored) {
        this.type = type;
        this.notStored = notStored;
    }

    /**
     * Whether an attribute name is one this codec writes, so that a replace clears exactly the SCIM data and
     * leaves alone the other {@code kcscim.*} attributes (ownership, the roles mappings granted...).
     */
    public boolean writes(String key) {
        for (AttributeDefinition attribute : CoreSchemas.COMMON) {
            if (writes(null, attribute, key)) {
                return true;
            }
        }
        for (SchemaDefinition schema : type.schemas()) {
            for (AttributeDefinition attribute : schema.attributes()) {
                if (writes(schema, attribute, key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean writes(SchemaDefinition schema, AttributeDefinition attribute, String key) {
        if (notStored.contains(attribute.name())) {
            return false;
        }
        if (attribute.multiValued() && attribute.isComplex()) {
            return key.startsWith(StoredNames.entryPrefix(schema, attribute));
        }
        if (attribute.isComplex()) {
            return attribute.subAttributes().stream()
                    .filter(sub -> !notStored.contains(attribute.name() + "." + sub.name()))
                    .anyMatch(sub -> key.equals(StoredNames.subOfSingular(schema, attribute, sub)));
        }
        return key.equals(StoredNames.singular(schema, attribute));
    }

    /** Attribute name to values, for every stored value of {@code resource}; absent or null values yield nothing. */
    public Map<String, List<String>> encode(ObjectNode resource) {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        for (AttributeDefinition attribute : CoreSchemas.COMMON) {
            encodeAttribute(null, attribute, resource.get(attribute.name()), stored);
        }
        for (SchemaDefinition schema : type.schemas()) {
            JsonNode container = schema == type.schema() ? resource : resource.get(schema.id());
            if (container == null || !container.isObject()) {
                continue;
            }
            for (AttributeDefinition attribute : schema.attributes()) {
                encodeAttribute(schema, attribute, container.get(attribute.name()), stored);
            }
        }
        return stored;
    }

    private void encodeAttribute(SchemaDefinition schema, AttributeDefinition attribute, JsonNode value,
                                 Map<String, List<String>> stored) {
        if (value == null || value.isNull() || notStored.contains(attribute.name())) {
            return;
        }
        if (attribute.multiValued() && !attribute.isComplex()) {
            // A custom extension's list of simple values (issue 15): one row per value
            List<String> values = new ArrayList<>();
            for (JsonNode element : value.isArray() ? value : JSON.arrayNode().add(value)) {
                String text = text(element);
                if (text != null) {
                    values.add(text);
                }
            }
            if (!values.isEmpty()) {
                stored.put(StoredNames.singular(schema, attribute), values);
            }
        } else if (attribute.multiValued()) {
            List<String> indexes = new ArrayList<>();
            int index = 0;
            for (JsonNode entry : value) {
                if (!entry.isObject()) {
                    continue;
                }
                boolean any = false;
                for (AttributeDefinition sub : attribute.subAttributes()) {
                    String text = text(entry.get(sub.name()));
                    if (text != null) {
                        stored.put(StoredNames.entry(schema, attribute, index, sub), List.of(text));
                        any = true;
                    }
                }
                if (any) {
                    indexes.add(Integer.toString(index++));
                }
            }
            if (!indexes.isEmpty()) {
                stored.put(StoredNames.anchor(schema, attribute), indexes);
            }
        } else if (attribute.isComplex()) {
            for (AttributeDefinition sub : attribute.subAttributes()) {
                String text = text(value.get(sub.name()));
                if (text != null && !notStored.contains(attribute.name() + "." + sub.name())) {
                    stored.put(StoredNames.subOfSingular(schema, attribute, sub), List.of(text));
                }
            }
        } else {
            String text = text(value);
            if (text != null) {
                stored.put(StoredNames.singular(schema, attribute), List.of(text));
            }
        }
    }

    /** Rebuilds the stored part of a resource: core attributes at the top, extensions under their URN. */
    public ObjectNode decode(Map<String, List<String>> attributes) {
        ObjectNode resource = JSON.objectNode();
        for (AttributeDefinition attribute : CoreSchemas.COMMON) {
            decodeAttribute(null, attribute, attributes, resource);
        }
        for (SchemaDefinition schema : type.schemas()) {
            ObjectNode container = schema == type.schema() ? resource : JSON.objectNode();
            for (AttributeDefinition attribute : schema.attributes()) {
                decodeAttribute(schema, attribute, attributes, container);
            }
            if (container != resource && !container.isEmpty()) {
                resource.set(schema.id(), container);
            }
        }
        return resource;
    }

    private void decodeAttribute(SchemaDefinition schema, AttributeDefinition attribute,
                                 Map<String, List<String>> attributes, ObjectNode target) {
        if (notStored.contains(attribute.name())) {
            return;
        }
        if (attribute.multiValued() && !attribute.isComplex()) {
            List<String> values = attributes.get(StoredNames.singular(schema, attribute));
            if (values != null && !values.isEmpty()) {
                ArrayNode array = target.putArray(attribute.name());
                values.forEach(text -> array.add(typed(attribute, text)));
            }
        } else if (attribute.multiValued()) {
            List<String> indexes = attributes.get(StoredNames.anchor(schema, attribute));
            if (indexes == null) {
                return;
            }
            // Entries come back in the order they were written
            TreeMap<Integer, ObjectNode> entries = new TreeMap<>();
            for (String index : indexes) {
                int i = parseIndex(index);
                if (i < 0) {
                    continue;
                }
                ObjectNode entry = JSON.objectNode();
                for (AttributeDefinition sub : attribute.subAttributes()) {
                    List<String> values = attributes.get(StoredNames.entry(schema, attribute, i, sub));
                    if (values != null && !values.isEmpty()) {
                        entry.set(sub.name(), typed(sub, values.get(0)));
                    }
                }
                if (!entry.isEmpty()) {
                    entries.put(i, entry);
                }
            }
            if (!entries.isEmpty()) {
                ArrayNode array = target.putArray(attribute.name());
                entries.values().forEach(array::add);
            }
        } else if (attribute.isComplex()) {
            ObjectNode complex = JSON.objectNode();
            for (AttributeDefinition sub : attribute.subAttributes()) {
                List<String> values = attributes.get(StoredNames.subOfSingular(schema, attribute, sub));
                if (values != null && !values.isEmpty()) {
                    complex.set(sub.name(), typed(sub, values.get(0)));
                }
            }
            if (!complex.isEmpty()) {
                target.set(attribute.name(), complex);
            }
        } else {
            List<String> values = attributes.get(StoredNames.singular(schema, attribute));
            if (values != null && !values.isEmpty()) {
                target.set(attribute.name(), typed(attribute, values.get(0)));
            }
        }
    }

    private static int parseIndex(String index) {
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    /** The JSON value of a stored text, typed as the attribute's schema says. */
    public static JsonNode typed(AttributeDefinition attribute, String text) {
        switch (attribute.type()) {
            case BOOLEAN:
                return JSON.booleanNode(Boolean.parseBoolean(text));
            case INTEGER:
                try {
                    return JSON.numberNode(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    return JSON.textNode(text);
                }
            case DECIMAL:
                try {
                    return JSON.numberNode(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return JSON.textNode(text);
                }
            default:
                return JSON.textNode(text);
        }
    }
}
