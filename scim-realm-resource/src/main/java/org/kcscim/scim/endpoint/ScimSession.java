package org.kcscim.scim.endpoint;

import jakarta.persistence.EntityManager;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.GroupStore;
import org.kcscim.scim.store.MappedAttributes;
import org.kcscim.scim.store.ScimUrls;
import org.kcscim.scim.store.UserStore;
import org.kcscim.scim.store.query.GroupMemberQuery;
import org.kcscim.scim.store.query.GroupQuery;
import org.kcscim.scim.store.query.UserQuery;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** What one authenticated SCIM request works with: its configuration, stores and queries. */
public record ScimSession(KeycloakSession session, RealmModel realm, ScimConfiguration configuration, ScimUrls urls,
                          UserStore users, GroupStore groups, UserQuery userQuery, GroupQuery groupQuery) {

    /** The User resource type of the configuration, with the extensions it declares. */
    public ResourceTypeDefinition userType() {
        return configuration.userType();
    }

    static ScimSession of(KeycloakSession session, RealmModel realm, ScimConfiguration configuration) {
        return of(session, realm, configuration, ScimBaseUrl.of(session, realm));
    }

    /**
     * With the service root given: a session of Keycloak's that serves no HTTP request of its own (a bulk
     * operation's) has no request URL to build it from.
     */
    public static ScimSession of(KeycloakSession session, RealmModel realm, ScimConfiguration configuration,
                                 String baseUrl) {
        ScimUrls urls = new ScimUrls(baseUrl);
        EntityManager entityManager = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        MappedAttributes mapped = MappedAttributes.of(configuration);
        UserStore users = new UserStore(session, realm, configuration, urls, mapped);
        GroupStore groups = new GroupStore(session, realm, configuration, urls, users, new GroupMemberQuery(entityManager));
        return new ScimSession(session, realm, configuration, urls, users, groups,
                new UserQuery(entityManager, realm.getId(), configuration.id(), configuration.userType(), mapped),
                new GroupQuery(entityManager, realm.getId(), configuration.id()));
    }
}
