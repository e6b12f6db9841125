package org.kcscim.persistence;

import org.kcscim.config.KeyUseEntity;
import org.kcscim.scim.store.ownership.UserOwnerEntity;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/**
 * Adds the extension's own tables to Keycloak's persistence unit, with the Liquibase changelog that creates and
 * fills them. Keycloak applies the changelog at startup, in its own Liquibase run and under its lock.
 */
final class ExtensionTables implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/kcscim-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(UserOwnerEntity.class, KeyUseEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return ExtensionTablesFactory.ID;
    }

    @Override
    public void close() {
    }
}
