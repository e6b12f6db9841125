package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a resource's extension objects and its {@code schemas} in step (RFC 7643 §3: {@code schemas} names the
 * schemas whose attributes are present), after a PATCH and after {@code attributes}/{@code excludedAttributes}.
 */
public final class ExtensionObjects {

    private ExtensionObjects() {
    }

    /** Removes the extension objects left without a value, and their URNs from {@code schemas}. */
    public static void dropEmpty(ObjectNode resource, ResourceTypeDefinition type) {
        List<String> schemas = schemas(resource);
        List<String> before = List.copyOf(schemas);
        for (SchemaDefinition extension : type.extensions()) {
            if (JsonFields.isUnassigned(JsonFields.get(resource, extension.id()))) {
                JsonFields.remove(resource, extension.id());
                schemas.removeIf(extension.id()::equalsIgnoreCase);
            }
        }
        putIfChanged(resource, before, schemas);
    }

    /** {@link #dropEmpty}, then lists every extension that has attributes, and the core schema first. */
    static void sync(ObjectNode resource, ResourceTypeDefinition type) {
        dropEmpty(resource, type);
        List<String> schemas = schemas(resource);
        List<String> before = List.copyOf(schemas);
        for (SchemaDefinition extension : type.extensions()) {
            boolean present = !JsonFields.isUnassigned(JsonFields.get(resource, extension.id()));
            if (present && schemas.stream().noneMatch(extension.id()::equalsIgnoreCase)) {
                schemas.add(extension.id());
            }
        }
        if (schemas.stream().noneMatch(type.schema().id()::equalsIgnoreCase) && !schemas.isEmpty()) {
            schemas.add(0, type.schema().id());
        }
        putIfChanged(resource, before, schemas);
    }

    private static List<String> schemas(ObjectNode resource) {
        JsonNode current = JsonFields.get(resource, "schemas");
        List<String> schemas = new ArrayList<>();
        if (current != null && current.isArray()) {
            current.forEach(schema -> schemas.add(schema.asText()));
        }
        return schemas;
    }

    private static void putIfChanged(ObjectNode resource, List<String> before, List<String> schemas) {
        if (!schemas.equals(before)) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            schemas.forEach(array::add);
            JsonFields.put(resource, "schemas", array);
        }
    }
}
