package org.kcscim.scim.endpoint;

import jakarta.persistence.EntityManager;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.scim.store.GroupStore;
import org.kcscim.scim.store.ScimUrls;
import org.kcscim.scim.store.UserStore;
import org.kcscim.scim.store.query.GroupMemberQuery;
import org.kcscim.scim.store.query.GroupQuery;
import org.kcscim.scim.store.query.UserQuery;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** What one authenticated SCIM request works with: its configuration, stores and queries. */
record ScimSession(KeycloakSession session, RealmModel realm, ScimConfiguration configuration, ScimUrls urls,
                   UserStore users, GroupStore groups, UserQuery userQuery, GroupQuery groupQuery) {

    static ScimSession of(KeycloakSession session, RealmModel realm, ScimConfiguration configuration) {
        ScimUrls urls = new ScimUrls(ScimBaseUrl.of(session, realm));
        EntityManager entityManager = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        UserStore users = new UserStore(session, realm, configuration, urls);
        GroupStore groups = new GroupStore(session, realm, configuration, urls, users, new GroupMemberQuery(entityManager));
        return new ScimSession(session, realm, configuration, urls, users, groups,
                new UserQuery(entityManager, realm.getId(), configuration.id()),
                new GroupQuery(entityManager, realm.getId(), configuration.id()));
    }
}
