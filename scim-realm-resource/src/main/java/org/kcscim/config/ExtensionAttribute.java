package org.kcscim.config;

import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.AttributeType;

/** One attribute of a {@link SchemaExtension}: always simple (never complex), read-write, returned by default. */
public record ExtensionAttribute(String name, AttributeType type, boolean multiValued, boolean required,
                                 boolean caseExact) {

    AttributeDefinition definition() {
        AttributeDefinition.Builder builder = AttributeDefinition.attribute(name, type)
                .description("Custom attribute declared by the SCIM configuration");
        if (multiValued) {
            builder.multiValued();
        }
        if (required) {
            builder.required();
        }
        if (caseExact) {
            builder.caseExact();
        }
        return builder.build();
    }
}
