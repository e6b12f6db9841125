package org.kcscim.scim.endpoint;

import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.http.HttpResponse;
import org.keycloak.models.BrowserSecurityHeaders;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.List;
import java.util.Map;

/**
 * Keeps a malformed request {@code Content-Type} from turning a SCIM answer into a 500. Keycloak's response filter
 * that adds the browser security headers parses the request's media type and fails on one it cannot parse (an
 * empty header, {@code garbage}), after the resource has answered. For such a request that filter is told to skip,
 * and the headers it would have added to a REST answer are set here instead, with the realm's values.
 */
final class ResponseSecurityHeaders {

    private static final List<BrowserSecurityHeaders> REST_HEADERS = List.of(
            BrowserSecurityHeaders.STRICT_TRANSPORT_SECURITY,
            BrowserSecurityHeaders.X_FRAME_OPTIONS,
            BrowserSecurityHeaders.X_CONTENT_TYPE_OPTIONS,
            BrowserSecurityHeaders.REFERRER_POLICY,
            BrowserSecurityHeaders.X_ROBOTS_TAG);

    private ResponseSecurityHeaders() {
    }

    /** For a request whose {@code Content-Type} Keycloak cannot parse: its filter skips, and the headers are set here. */
    static void setInsteadOfKeycloak(KeycloakSession session, RealmModel realm) {
        SecurityHeadersProvider provider = session.getProvider(SecurityHeadersProvider.class);
        if (provider != null) {
            provider.options().skipHeaders();
        }
        HttpResponse response = session.getContext().getHttpResponse();
        Map<String, String> configured = realm.getBrowserSecurityHeaders();
        for (BrowserSecurityHeaders header : REST_HEADERS) {
            String value = configured.getOrDefault(header.getKey(), header.getDefaultValue());
            if (value != null && !value.isEmpty()) {
                response.setHeader(header.getHeaderName(), value);
            }
        }
    }
}
