package org.kcscim.authenticator;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kcscim.compatibility.KeycloakCompatibility;
import org.kcscim.enforcement.RefusalDetails;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.resources.LoginActionsService;

import java.util.Set;

/**
 * Refuses a sign-in: exactly one login error event ({@code access_denied}) whose details say which
 * configuration, which means was tried, which are allowed and why, and an answer that says only that access
 * is denied: a 403 page in a browser, an OAuth error at the token endpoint.
 */
final class Refusal {

    private static final Set<String> BROKER_FLOW_PATHS =
            Set.of(LoginActionsService.FIRST_BROKER_LOGIN_PATH, LoginActionsService.POST_BROKER_LOGIN_PATH);

    private Refusal() {
    }

    static void refuse(AuthenticationFlowContext context, ProvisionedUser user, SignInPolicy.Verdict verdict) {
        EventBuilder event = context.getEvent()
                .user(user.user())
                .detail(Details.USERNAME, user.user().getUsername())
                .detail(RefusalDetails.CONFIGURATION, user.configuration().settings().name())
                .detail(RefusalDetails.CONFIGURATION_ID, user.configuration().id())
                .detail(RefusalDetails.ATTEMPTED_MEANS, verdict.attempted().toString())
                .detail(RefusalDetails.ALLOWED_MEANS, verdict.allowedMeans().isEmpty()
                        ? RefusalDetails.NO_MEANS : String.join(",", verdict.allowedMeans()))
                .detail(RefusalDetails.REASON, verdict.reason());
        if (BROKER_FLOW_PATHS.contains(context.getFlowPath())
                && KeycloakCompatibility.running().sendsBrokerFlowEvents()) {
            // Keycloak sends the event of a broker flow itself once the flow returns, whatever it then holds:
            // sending it here too would record the refusal twice
            Event pending = event.getEvent();
            if (!pending.getType().name().endsWith("_ERROR")) {
                pending.setType(EventType.valueOf(pending.getType().name() + "_ERROR"));
            }
            pending.setError(Errors.ACCESS_DENIED);
        } else {
            event.error(Errors.ACCESS_DENIED);
        }
        context.failure(AuthenticationFlowError.ACCESS_DENIED, answer(context));
    }

    private static Response answer(AuthenticationFlowContext context) {
        if (SignInMeans.DIRECT_GRANT_PATH.equals(context.getFlowPath())) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new OAuth2ErrorRepresentation(Errors.ACCESS_DENIED, "Access denied"))
                    .build();
        }
        return context.form().setError(Messages.ACCESS_DENIED).createErrorPage(Response.Status.FORBIDDEN);
    }
}
