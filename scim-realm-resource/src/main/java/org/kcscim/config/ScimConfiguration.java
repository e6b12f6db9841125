package org.kcscim.config;

import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

/**
 * A SCIM configuration: the link between one directory and one home realm, identified by its API key.
 *
 * @param realmId the home realm, where the directory's users and groups are created
 */
public record ScimConfiguration(
        String id,
        String realmId,
        ConfigurationSettings settings,
        long createdAt,
        long updatedAt,
        StoredApiKey apiKey) {

    public String name() {
        return settings.name();
    }

    public boolean active() {
        return settings.active();
    }

    /** The User resource type as this configuration's directory sees it: with the extensions it declares. */
    public ResourceTypeDefinition userType() {
        return ResourceTypeDefinition.user(settings.schemaExtensions().stream().map(SchemaExtension::definition)
                .toList());
    }
}
