package org.kcscim.scim.protocol.schema;

import java.util.Optional;

/**
 * What an attribute path designates in a resource type: the schema it belongs to (null for the common
 * attributes), the top-level attribute, and the sub-attribute when the path names one.
 */
public record ResolvedAttribute(SchemaDefinition schema, AttributeDefinition attribute, AttributeDefinition subAttribute) {

    /** The attribute the path ends at: the sub-attribute if any, otherwise the top-level one. */
    public AttributeDefinition target() {
        return subAttribute != null ? subAttribute : attribute;
    }

    public Optional<AttributeDefinition> sub() {
        return Optional.ofNullable(subAttribute);
    }

    /** True for {@code id}, {@code externalId} and {@code meta}, which no schema declares. */
    public boolean isCommon() {
        return schema == null;
    }
}
