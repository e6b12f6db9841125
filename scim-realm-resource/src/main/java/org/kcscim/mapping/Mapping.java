package org.kcscim.mapping;

/** A mapping: provisioned groups of one configuration, the roles they get in some realms, and how they sign in. */
public record Mapping(String id, String configurationId, MappingSettings settings, long createdAt, long updatedAt) {

    public String name() {
        return settings.name();
    }
}
