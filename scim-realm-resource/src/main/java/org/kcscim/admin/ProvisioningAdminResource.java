package org.kcscim.admin;

import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** {@code /admin/realms/{realm}/provisioning}: the locators of the extension's admin REST API. */
public class ProvisioningAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public ProvisioningAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                                     AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @Path("configurations")
    public ConfigurationsAdminResource configurations() {
        return new ConfigurationsAdminResource(session, realm, auth, adminEvent);
    }

    @Path("mappings")
    public MappingsAdminResource mappings() {
        return new MappingsAdminResource(session, realm, auth, adminEvent);
    }

    @Path("enforcement")
    public EnforcementAdminResource enforcement() {
        return new EnforcementAdminResource(session, realm, auth, adminEvent);
    }

    @Path("roles")
    public RolesAdminResource roles() {
        return new RolesAdminResource(session, realm, auth);
    }
}
