package org.kcscim.scim.endpoint;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.kcscim.scim.protocol.error.ScimException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The extension's public root in a realm: {@code /realms/{realm}/provisioning}. */
public class ProvisioningRealmResource {

    private final KeycloakSession session;

    public ProvisioningRealmResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * The SCIM service root. A body whose {@code Content-Type} cannot even be parsed never reaches an endpoint that
     * reads a body: the HTTP layer would fail to pick a reader for it, with a 500, before any SCIM code ran.
     * Such a request goes to a root that answers every path with a SCIM 415 instead.
     */
    @Path("scim/v2")
    public Object scim() {
        RealmModel realm = session.getContext().getRealm();
        String method = session.getContext().getHttpRequest().getHttpMethod();
        String contentType = session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && FormParserBypass.carriesBody(method) && !RequestMediaType.isParseable(contentType)) {
            return new ScimV2Resource.UnservedPath(new ScimResponder(session, realm), new ScimException(415, null,
                    "Content-Type must be application/scim+json or application/json"));
        }
        FormParserBypass.apply(method, contentType);
        return new ScimV2Resource(session, realm);
    }
}
