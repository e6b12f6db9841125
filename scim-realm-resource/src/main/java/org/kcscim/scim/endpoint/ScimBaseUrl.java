package org.kcscim.scim.endpoint;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.urls.UrlType;

/** The absolute SCIM service root of a home realm, as directories must be told it. */
public final class ScimBaseUrl {

    private ScimBaseUrl() {
    }

    /**
     * Built on the frontend URL, so that behind a proxy or with a configured hostname the address is the public
     * one, also when the admin console asks through an admin hostname.
     */
    public static String of(KeycloakSession session, RealmModel realm) {
        return session.getContext().getUri(UrlType.FRONTEND).getBaseUriBuilder()
                .path("realms").path(realm.getName())
                .path(ProvisioningRealmResourceProviderFactory.ID).path("scim").path("v2")
                .build().toString();
    }
}
