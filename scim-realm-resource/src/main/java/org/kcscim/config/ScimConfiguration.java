package org.kcscim.config;

import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.Objects;

/**
 * A SCIM configuration: the link between one directory and one home realm, identified by its API key.
 * Immutable. A class rather than a record only so that it can keep {@link #userType()}, which one SCIM request
 * asks for many times, once computed; equality and {@code toString} cover the six values alone, as a record's would.
 */
public final class ScimConfiguration {

    private final String id;
    private final String realmId;
    private final ConfigurationSettings settings;
    private final long createdAt;
    private final long updatedAt;
    private final StoredApiKey apiKey;

    /**
     * Computed on first use, not in the constructor: authentication reads every configuration of the realm and
     * needs none of their types. Racing threads would each store an equal immutable value, so no lock.
     */
    private ResourceTypeDefinition userType;

    public ScimConfiguration(String id, String realmId, ConfigurationSettings settings, long createdAt,
                             long updatedAt, StoredApiKey apiKey) {
        this.id = id;
        this.realmId = realmId;
        this.settings = settings;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.apiKey = apiKey;
    }

    public String id() {
        return id;
    }

    /** The home realm, where the directory's users and groups are created. */
    public String realmId() {
        return realmId;
    }

    public ConfigurationSettings settings() {
        return settings;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public StoredApiKey apiKey() {
        return apiKey;
    }

    public String name() {
        return settings.name();
    }

    public boolean active() {
        return settings.active();
    }

    /** The User resource type as this configuration's directory sees it: with the extensions it declares. */
    public ResourceTypeDefinition userType() {
        ResourceTypeDefinition type = userType;
        if (type == null) {
            type = ResourceTypeDefinition.user(settings.schemaExtensions().stream().map(SchemaExtension::definition)
                    .toList());
            userType = type;
        }
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ScimConfiguration that
                && Objects.equals(id, that.id)
                && Objects.equals(realmId, that.realmId)
                && Objects.equals(settings, that.settings)
                && createdAt == that.createdAt
                && updatedAt == that.updatedAt
                && Objects.equals(apiKey, that.apiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, realmId, settings, createdAt, updatedAt, apiKey);
    }

    @Override
    public String toString() {
        return "ScimConfiguration[id=" + id + ", realmId=" + realmId + ", settings=" + settings + ", createdAt="
                + createdAt + ", updatedAt=" + updatedAt + ", apiKey=" + apiKey + "]";
    }
}
