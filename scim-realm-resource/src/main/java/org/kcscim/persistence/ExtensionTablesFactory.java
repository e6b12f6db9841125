package org.kcscim.persistence;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link ExtensionTables} with Keycloak's JPA entity provider SPI. */
public final class ExtensionTablesFactory implements JpaEntityProviderFactory {

    /**
     * Keycloak names the changelog's bookkeeping table after this id ({@code DATABASECHANGELOG_KCSCIM_OWN}, from
     * its first ten letters) and looks there for the changesets that already ran. The id dates from when the
     * ownership table was the only one; another id would make existing databases run the whole changelog again,
     * so it stays.
     */
    static final String ID = "kcscim-ownership";

    private static final ExtensionTables PROVIDER = new ExtensionTables();

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
