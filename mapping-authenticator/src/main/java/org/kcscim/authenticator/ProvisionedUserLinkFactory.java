package org.kcscim.authenticator;

import org.kcscim.enforcement.EnforcementAuthenticators;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;

/** Registers {@link ProvisionedUserLink} in the flow editor. */
public class ProvisionedUserLinkFactory implements AuthenticatorFactory {

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
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.ALTERNATIVE, Requirement.REQUIRED, Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return LINK;
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
