package org.kcscim.scim.endpoint;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts {@link ProvisioningRealmResource} at {@code /realms/{realm}/provisioning}. The id is not {@code scim}:
 * Keycloak 26.7 serves its own preview SCIM API under that one.
 */
public class ProvisioningRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "provisioning";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new ProvisioningRealmResource(session);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public String getId() {
        return ID;
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
}
