package org.kcscim.config;

import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.util.List;

/**
 * A custom User schema extension declared by a configuration (RFC 7643 §3.3), such as the one Entra ID sends
 * an application's custom attributes in.
 *
 * @param id the extension's URN
 */
public record SchemaExtension(String id, List<ExtensionAttribute> attributes) {

    public SchemaExtension {
        attributes = List.copyOf(attributes);
    }

    /** The schema as the protocol layer resolves paths against it and discovery documents it. */
    public SchemaDefinition definition() {
        List<AttributeDefinition> definitions = attributes.stream().map(ExtensionAttribute::definition).toList();
        return new SchemaDefinition(id, shortName(), "Extension declared by the SCIM configuration", definitions);
    }

    /** The URN's last part ({@code User}) prefixed by its vendor part when there is one, for a readable name. */
    private String shortName() {
        String[] parts = id.split(":");
        return parts.length >= 3 ? parts[parts.length - 3] + " " + parts[parts.length - 1] : id;
    }
}
