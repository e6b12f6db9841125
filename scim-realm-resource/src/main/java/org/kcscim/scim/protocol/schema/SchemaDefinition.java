package org.kcscim.scim.protocol.schema;

import java.util.List;
import java.util.Optional;

/** A SCIM schema (RFC 7643 §7): its URN, names and top-level attributes. */
public record SchemaDefinition(String id, String name, String description, List<AttributeDefinition> attributes) {

    public SchemaDefinition {
        attributes = List.copyOf(attributes);
    }

    /** The top-level attribute named {@code name}, compared ignoring case. */
    public Optional<AttributeDefinition> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equalsIgnoreCase(name)).findFirst();
    }
}
