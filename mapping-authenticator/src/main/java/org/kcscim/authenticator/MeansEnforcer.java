package org.kcscim.authenticator;

import org.jboss.logging.Logger;
import org.kcscim.mapping.AuthMeans;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.Optional;

/**
 * The step that lets a provisioned user through only by a means one of their mappings allows. It runs
 * after the user is identified; users no SCIM configuration owns pass untouched.
 */
final class MeansEnforcer implements Authenticator {

    private static final Logger LOG = Logger.getLogger(MeansEnforcer.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        boolean startsSession = SignInMeans.startsSession(context);
        Optional<ProvisionedUser> provisioned = ProvisionedUser.of(context.getSession(), context.getRealm(), user);
        if (provisioned.isEmpty()) {
            // Remembered for everyone, so that a user provisioned later is checked by the means of this session;
            // a single sign-on of someone left alone needs no lookup of the SSO session
            if (startsSession) {
                remember(context, SignInMeans.of(context));
            }
            context.success();
            return;
        }
        AuthMeans means = SignInMeans.of(context);
        if (startsSession) {
            remember(context, means);
        }
        SignInPolicy.Verdict verdict = SignInPolicy.decide(means, provisioned.get().mappings());
        if (verdict.allowed()) {
            context.success();
            return;
        }
        LOG.debugf("Refused sign-in of %s by %s in realm %s: %s", user.getUsername(), means,
                context.getRealm().getName(), verdict.reason());
        Refusal.refuse(context, provisioned.get(), verdict);
    }

    private static void remember(AuthenticationFlowContext context, AuthMeans means) {
        context.getAuthenticationSession().setUserSessionNote(SignInMeans.SESSION_NOTE, means.toString());
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        // Placed after the steps that identify the user; with none, there is nobody to check
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
