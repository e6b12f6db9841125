package org.kcscim.scim.endpoint;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The extension's public root in a realm: {@code /realms/{realm}/provisioning}. */
public class ProvisioningRealmResource {

    private final KeycloakSession session;

    public ProvisioningRealmResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * The SCIM service root. This runs before the HTTP layer reads a request body, so what must be refused without
     * reading one is refused here:
     * <ul>
     *   <li>anything from a client address that failed to authenticate too often: a 429, held back for a moment
     *       ({@link ThrottledPath}), before even the key is looked at;</li>
     *   <li>a body whose {@code Content-Type} cannot even be parsed: the HTTP layer would fail to pick a reader for
     *       it, with a 500, before any SCIM code ran (415, once the caller is authenticated);</li>
     *   <li>a body whose {@code Content-Length} says it is larger than any SCIM body may be: it is not read (413,
     *       once the caller is authenticated).</li>
     * </ul>
     */
    @Path("scim/v2")
    public Object scim() {
        RealmModel realm = session.getContext().getRealm();
        String method = session.getContext().getHttpRequest().getHttpMethod();
        HttpHeaders headers = session.getContext().getRequestHeaders();
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        boolean parseableType = contentType == null || RequestMediaType.isParseable(contentType);
        if (!parseableType) {
            ResponseSecurityHeaders.setInsteadOfKeycloak(session, realm);
        }
        FormParserBypass.apply(method, contentType);
        ScimResponder responder = new ScimResponder(session, realm);

        // Honours Keycloak's proxy-headers option: behind a proxy this is the client's address, not the proxy's
        String address = session.getContext().getConnection().getRemoteAddr();
        long retryAfter = ProvisioningRealmResourceProviderFactory.throttle(session).retryAfterSeconds(address);
        if (retryAfter > 0) {
            Response answer = responder.error(new AuthenticationThrottledException(retryAfter));
            return new ThrottledPath(ProvisioningRealmResourceProviderFactory.heldAnswers(session).hold(answer));
        }
        if (ScimRequestBody.isSentWith(method)) {
            if (!parseableType) {
                return new ScimV2Resource.UnservedPath(responder, RequestMediaType.notJson(contentType));
            }
            if (declaredLength(headers) > ScimRequestBody.LARGEST) {
                return new ScimV2Resource.UnservedPath(responder, new ScimException(413, ScimType.TOO_LARGE,
                        "The body is larger than " + ScimRequestBody.LARGEST + " bytes"));
            }
        }
        return new ScimV2Resource(session, realm, responder);
    }

    /** The {@code Content-Length} the client declared, or -1 when it declared none (or none that is a number). */
    private static long declaredLength(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
