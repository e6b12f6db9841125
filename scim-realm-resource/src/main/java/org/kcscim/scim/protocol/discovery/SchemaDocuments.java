package org.kcscim.scim.protocol.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.message.ScimSchemaUris;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.AttributeType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.util.List;

/**
 * Renders schema and resource type definitions as the {@code /Schemas} and {@code /ResourceTypes} documents of
 * RFC 7643 §6 and §7, with relative {@code meta.location}s for {@link DiscoveryCatalog} to complete. The
 * documents are generated from the same definitions the server validates against, so they cannot disagree.
 */
public final class SchemaDocuments {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaDocuments() {
    }

    public static DiscoveryCatalog catalog(List<ResourceTypeDefinition> types) {
        List<ObjectNode> resourceTypes = types.stream().map(SchemaDocuments::resourceType).toList();
        List<ObjectNode> schemas = types.stream()
                .flatMap(type -> type.schemas().stream())
                .distinct()
                .map(SchemaDocuments::schema)
                .toList();
        return new DiscoveryCatalog(resourceTypes, schemas);
    }

    static ObjectNode resourceType(ResourceTypeDefinition type) {
        ObjectNode doc = JSON.objectNode();
        doc.putArray("schemas").add(ScimSchemaUris.RESOURCE_TYPE);
        doc.put("id", type.id());
        doc.put("name", type.name());
        doc.put("endpoint", type.endpoint());
        doc.put("description", type.description());
        doc.put("schema", type.schema().id());
        ArrayNode extensions = doc.putArray("schemaExtensions");
        for (SchemaDefinition extension : type.extensions()) {
            extensions.addObject().put("schema", extension.id()).put("required", false);
        }
        doc.putObject("meta").put("resourceType", "ResourceType").put("location", "ResourceTypes/" + type.id());
        return doc;
    }

    static ObjectNode schema(SchemaDefinition schema) {
        ObjectNode doc = JSON.objectNode();
        doc.putArray("schemas").add(ScimSchemaUris.SCHEMA);
        doc.put("id", schema.id());
        doc.put("name", schema.name());
        doc.put("description", schema.description());
        ArrayNode attributes = doc.putArray("attributes");
        schema.attributes().forEach(attribute -> attributes.add(attribute(attribute)));
        doc.putObject("meta").put("resourceType", "Schema").put("location", "Schemas/" + schema.id());
        return doc;
    }

    private static ObjectNode attribute(AttributeDefinition attribute) {
        ObjectNode doc = JSON.objectNode();
        doc.put("name", attribute.name());
        doc.put("type", attribute.type().keyword());
        doc.put("multiValued", attribute.multiValued());
        doc.put("description", attribute.description());
        doc.put("required", attribute.required());
        if (!attribute.canonicalValues().isEmpty()) {
            attribute.canonicalValues().forEach(doc.putArray("canonicalValues")::add);
        }
        doc.put("caseExact", attribute.caseExact());
        doc.put("mutability", attribute.mutability().keyword());
        doc.put("returned", attribute.returned().keyword());
        doc.put("uniqueness", attribute.uniqueness().keyword());
        if (attribute.type() == AttributeType.REFERENCE) {
            attribute.referenceTypes().forEach(doc.putArray("referenceTypes")::add);
        }
        if (attribute.isComplex()) {
            ArrayNode subs = doc.putArray("subAttributes");
            attribute.subAttributes().forEach(sub -> subs.add(attribute(sub)));
        }
        return doc;
    }
}
