package org.kcscim.authenticator;

import org.kcscim.mapping.AuthMeans;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.Optional;

/**
 * In a first broker login, recognises the provisioned user the identity provider vouches for (same username,
 * else same e-mail) and signs them in as that user, so that Keycloak links the two without asking anything.
 * It links only when one of the user's mappings allows that identity provider, and refuses otherwise: a
 * provider nobody allowed must not become a way into a provisioned account. Anyone else goes on to the
 * realm's usual first-login steps.
 */
final class ProvisionedUserLink implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        SerializedBrokeredIdentityContext brokered = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                context.getAuthenticationSession(), AbstractIdpAuthenticator.BROKERED_CONTEXT_NOTE);
        if (brokered == null || brokered.getIdentityProviderId() == null) {
            context.attempted();
            return;
        }
        String alias = brokered.getIdentityProviderId();
        Optional<ProvisionedUser> match = provisioned(context, byUsername(context, brokered.getModelUsername()), alias)
                .or(() -> provisioned(context, byEmail(context, brokered.getEmail()), alias));
        if (match.isEmpty()) {
            context.attempted();
            return;
        }
        SignInPolicy.Verdict verdict = SignInPolicy.decide(new AuthMeans(alias), match.get().mappings());
        if (!verdict.allowed()) {
            Refusal.refuse(context, match.get(), verdict);
            return;
        }
        context.setUser(match.get().user());
        context.success();
    }

    private static UserModel byUsername(AuthenticationFlowContext context, String username) {
        return username == null ? null : context.getSession().users().getUserByUsername(context.getRealm(), username);
    }

    private static UserModel byEmail(AuthenticationFlowContext context, String email) {
        if (email == null) {
            return null;
        }
        try {
            return context.getSession().users().getUserByEmail(context.getRealm(), email);
        } catch (ModelDuplicateException sharedByMany) {
            // Realms that allow duplicate e-mails: an e-mail then identifies nobody
            return null;
        }
    }

    /** A provisioned, enabled user not yet linked to another account of this identity provider. */
    private static Optional<ProvisionedUser> provisioned(AuthenticationFlowContext context, UserModel user, String alias) {
        if (user == null || !user.isEnabled()
                || context.getSession().users().getFederatedIdentity(context.getRealm(), user, alias) != null) {
            return Optional.empty();
        }
        return ProvisionedUser.of(context.getSession(), context.getRealm(), user);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return false;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
