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
 * Each failure counts against the client's address ({@link FailedAuthenticationThrottle}); an address that failed
 * too often never gets here (see {@link ProvisioningRealmResource#scim()}).
 */
final class ScimRequestAuthenticator {

    private static final String BEARER = "bearer ";
    /** Far above a real key's length: a longer header fails without any key work that grows with it. */
    static final int MAX_HEADER_LENGTH = 1024;

    private ScimRequestAuthenticator() {
    }

    static ScimConfiguration authenticate(KeycloakSession session, RealmModel realm) {
        // Honours Keycloak's proxy-headers option: behind a proxy this is the client's address, not the proxy's
        String address = session.getContext().getConnection().getRemoteAddr();
        FailedAuthenticationThrottle throttle = ProvisioningRealmResourceProviderFactory.throttle(session);
        String header = session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.AUTHORIZATION);
        String key = header == null || header.length() > MAX_HEADER_LENGTH ? null : bearerToken(header);
        if (key != null) {
            var configuration = new ScimConfigurationStore(session, realm).authenticate(key);
            if (configuration.isPresent()) {
                return configuration.get();
            }
        }
        throttle.recordFailure(address);
        FailedAuthenticationLog.record(realm.getName(), address);
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
