package org.kcscim.scim.store.ownership;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/** Adds the ownership table to Keycloak's persistence unit, with the Liquibase changelog that creates and fills it. */
final class OwnershipEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/kcscim-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(UserOwnerEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return OwnershipEntityProviderFactory.ID;
    }

    @Override
    public void close() {
    }
}
