package org.kcscim.scim.endpoint;

import jakarta.ws.rs.core.HttpHeaders;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.ScimConfigurationStore;
import org.kcscim.scim.protocol.error.ScimException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Turns the {@code Authorization: Bearer} header of a SCIM request into the configuration it belongs to.
 * Only configurations of the realm in the URL are candidates, so a key never works on another realm's URL.
 */
final class ScimRequestAuthenticator {

    private static final String BEARER = "bearer ";

    private ScimRequestAuthenticator() {
    }

    static ScimConfiguration authenticate(KeycloakSession session, RealmModel realm) {
        String header = session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.AUTHORIZATION);
        String key = bearerToken(header);
        if (key != null) {
            var configuration = new ScimConfigurationStore(session, realm).authenticate(key);
            if (configuration.isPresent()) {
                return configuration.get();
            }
        }
        FailedAuthenticationLog.record(realm.getName(), session.getContext().getConnection().getRemoteAddr());
        throw ScimException.unauthorized();
    }

    private static String bearerToken(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
