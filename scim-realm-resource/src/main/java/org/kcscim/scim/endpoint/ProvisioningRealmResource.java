package org.kcscim.scim.endpoint;

import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;

/** The extension's public root in a realm: {@code /realms/{realm}/provisioning}. */
public class ProvisioningRealmResource {

    private final KeycloakSession session;

    public ProvisioningRealmResource(KeycloakSession session) {
        this.session = session;
    }

    @Path("scim/v2")
    public ScimV2Resource scim() {
        return new ScimV2Resource(session, session.getContext().getRealm());
    }
}
