package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;

/**
 * {@link ResourceQuery} over the users a configuration provisioned: users of the realm, not service accounts,
 * carrying the configuration's owner tag.
 */
public final class UserQuery extends ResourceQuery {

    /**
     * @param em      Keycloak's entity manager ({@code session.getProvider(JpaConnectionProvider.class)})
     * @param ownerId the configuration, as in the {@code kcscim.owner} attribute
     */
    public UserQuery(EntityManager em, String realmId, String ownerId) {
        super(em, ResourceKind.USER, realmId, ownerId);
    }
}
