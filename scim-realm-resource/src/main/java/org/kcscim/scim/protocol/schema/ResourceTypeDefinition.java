package org.kcscim.scim.protocol.schema;

import org.kcscim.scim.protocol.path.AttributePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource type (RFC 7643 §6): its endpoint, core schema and schema extensions, and the resolution of
 * attribute paths against them, which filters, PATCH paths and attribute selection all share.
 */
public record ResourceTypeDefinition(String id, String name, String endpoint, String description,
                                     SchemaDefinition schema, List<SchemaDefinition> extensions) {

    public static final ResourceTypeDefinition USER = new ResourceTypeDefinition("User", "User", "/Users",
            "User Account", CoreSchemas.USER, List.of(CoreSchemas.ENTERPRISE_USER));
    public static final ResourceTypeDefinition GROUP = new ResourceTypeDefinition("Group", "Group", "/Groups",
            "Group", CoreSchemas.GROUP, List.of());

    public ResourceTypeDefinition {
        extensions = List.copyOf(extensions);
    }

    /**
     * The User resource type of one configuration: the Enterprise extension, then the custom extensions it
     * declares (issue 15). Without custom extensions it is {@link #USER} itself.
     */
    public static ResourceTypeDefinition user(List<SchemaDefinition> customExtensions) {
        if (customExtensions.isEmpty()) {
            return USER;
        }
        List<SchemaDefinition> all = new ArrayList<>(USER.extensions());
        all.addAll(customExtensions);
        return new ResourceTypeDefinition(USER.id(), USER.name(), USER.endpoint(), USER.description(), USER.schema(),
                all);
    }

    /** True for the User type, whatever extensions it has. */
    public boolean isUser() {
        return schema == CoreSchemas.USER;
    }

    /** The core schema first, then the extensions. */
    public List<SchemaDefinition> schemas() {
        List<SchemaDefinition> all = new ArrayList<>();
        all.add(schema);
        all.addAll(extensions);
        return all;
    }

    /** The schema or extension with this URN, compared ignoring case. */
    public Optional<SchemaDefinition> schema(String urn) {
        return schemas().stream().filter(candidate -> candidate.id().equalsIgnoreCase(urn)).findFirst();
    }

    /**
     * Resolves a path. Unqualified names are looked up among the common attributes and then in the core schema
     * (RFC 7644 §3.10); extension attributes need their schema URN. Empty when nothing matches, including a
     * sub-attribute of an attribute that has none.
     */
    public Optional<ResolvedAttribute> resolve(AttributePath path) {
        SchemaDefinition owner = null;
        Optional<AttributeDefinition> attribute;
        if (path.schemaUrn() == null) {
            attribute = CoreSchemas.COMMON.stream().filter(a -> a.name().equalsIgnoreCase(path.name())).findFirst();
            if (attribute.isEmpty()) {
                owner = schema;
                attribute = schema.attribute(path.name());
            }
        } else {
            owner = schema(path.schemaUrn()).orElse(null);
            attribute = owner == null ? Optional.empty() : owner.attribute(path.name());
        }
        if (attribute.isEmpty()) {
            return Optional.empty();
        }
        if (path.subAttribute() == null) {
            return Optional.of(new ResolvedAttribute(owner, attribute.get(), null));
        }
        SchemaDefinition schemaOfAttribute = owner;
        AttributeDefinition top = attribute.get();
        return top.subAttribute(path.subAttribute()).map(sub -> new ResolvedAttribute(schemaOfAttribute, top, sub));
    }
}
