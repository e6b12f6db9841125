package org.kcscim.authenticator;

import org.kcscim.enforcement.EnforcementAuthenticators;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Registers {@link ProvisionedUserLink} in the flow editor. */
public class ProvisionedUserLinkFactory extends SimpleAuthenticatorFactory {

    private static final ProvisionedUserLink LINK = new ProvisionedUserLink();

    @Override
    public String getId() {
        return EnforcementAuthenticators.PROVISIONED_USER_LINK;
    }

    @Override
    public String getDisplayType() {
        return "SCIM mappings: link the provisioned user";
    }

    @Override
    public String getHelpText() {
        return "For a first login through an identity provider: when the provider's user has the username, or else "
                + "the e-mail, of a user provisioned by SCIM whose mappings allow this identity provider, signs in as "
                + "that user and links the two without asking; when the mappings do not allow it, access is denied. "
                + "Anyone else goes on to the next alternative. Place it first, as an alternative to the usual steps.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.ALTERNATIVE, Requirement.REQUIRED, Requirement.DISABLED};
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return LINK;
    }
}
