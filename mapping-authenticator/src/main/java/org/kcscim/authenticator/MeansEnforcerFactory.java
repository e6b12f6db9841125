package org.kcscim.authenticator;

import org.kcscim.enforcement.EnforcementAuthenticators;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Registers {@link MeansEnforcer} in the flow editor. */
public class MeansEnforcerFactory extends SimpleAuthenticatorFactory {

    private static final MeansEnforcer ENFORCER = new MeansEnforcer();

    @Override
    public String getId() {
        return EnforcementAuthenticators.MEANS_ENFORCER;
    }

    @Override
    public String getDisplayType() {
        return "SCIM mappings: allowed sign-in means";
    }

    @Override
    public String getHelpText() {
        return "Lets a user provisioned by a SCIM configuration sign in only by a means (Keycloak's own sign-in or "
                + "an identity provider) that one of the mappings of their groups allows; otherwise access is denied "
                + "and a login error event says why. Users not provisioned by SCIM pass. Place it as a required step "
                + "after the steps that identify the user, or install it with POST "
                + "/admin/realms/{realm}/provisioning/enforcement.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED};
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return ENFORCER;
    }
}
