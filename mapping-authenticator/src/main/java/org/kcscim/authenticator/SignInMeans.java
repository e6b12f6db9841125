package org.kcscim.authenticator;

import org.kcscim.mapping.AuthMeans;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.events.Details;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.Optional;

/**
 * Tells by which means the sign-in in progress identified the user: the identity provider whose post-login
 * flow runs, the means the SSO session started with when the user came back with Keycloak's cookie, and
 * otherwise the realm's own sign-in ({@code local}).
 */
final class SignInMeans {

    /** User session note holding the means the session started with; carried to the session by Keycloak. */
    static final String SESSION_NOTE = "kcscim.means";

    /** The flow path of the token endpoint's direct grant. */
    static final String DIRECT_GRANT_PATH = "token";

    private SignInMeans() {
    }

    static AuthMeans of(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (LoginActionsService.POST_BROKER_LOGIN_PATH.equals(context.getFlowPath())) {
            SerializedBrokeredIdentityContext brokered = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                    authSession, PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT);
            if (brokered != null && brokered.getIdentityProviderId() != null) {
                return new AuthMeans(brokered.getIdentityProviderId());
            }
        }
        if (AuthenticatorUtil.isSSOAuthentication(authSession)) {
            return ssoSession(context).map(SignInMeans::startedWith).orElse(AuthMeans.LOCAL);
        }
        return AuthMeans.LOCAL;
    }

    /** Whether the sign-in started the session now, so that its means is to be remembered for later SSO. */
    static boolean startsSession(AuthenticationFlowContext context) {
        return !AuthenticatorUtil.isSSOAuthentication(context.getAuthenticationSession());
    }

    private static Optional<UserSessionModel> ssoSession(AuthenticationFlowContext context) {
        // getSession(), not session(): AuthResult is a record with session() only after 26.4; getSession() is on all
        AuthenticationManager.AuthResult cookie = AuthenticationManager.authenticateIdentityCookie(
                context.getSession(), context.getRealm(), true);
        return Optional.ofNullable(cookie).map(AuthenticationManager.AuthResult::getSession);
    }

    private static AuthMeans startedWith(UserSessionModel userSession) {
        Optional<AuthMeans> remembered = AuthMeans.parse(userSession.getNote(SESSION_NOTE));
        if (remembered.isPresent()) {
            return remembered.get();
        }
        // A session from before the enforcement was installed: Keycloak's own note tells a brokered login
        String provider = userSession.getNote(Details.IDENTITY_PROVIDER);
        return provider == null ? AuthMeans.LOCAL : new AuthMeans(provider);
    }
}
