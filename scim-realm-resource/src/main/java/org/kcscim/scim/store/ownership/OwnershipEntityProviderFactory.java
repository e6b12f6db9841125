package org.kcscim.scim.store.ownership;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link OwnershipEntityProvider}; its id names the changelog's own bookkeeping table in Keycloak. */
public final class OwnershipEntityProviderFactory implements JpaEntityProviderFactory {

    static final String ID = "kcscim-ownership";

    private static final OwnershipEntityProvider PROVIDER = new OwnershipEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
