package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;

/**
 * {@link ResourceQuery} over the groups a configuration provisioned: top-level realm groups (not subgroups, not
 * organization groups) carrying the configuration's owner tag.
 */
public final class GroupQuery extends ResourceQuery {

    /**
     * @param em      Keycloak's entity manager ({@code session.getProvider(JpaConnectionProvider.class)})
     * @param ownerId the configuration, as in the {@code kcscim.owner} attribute
     */
    public GroupQuery(EntityManager em, String realmId, String ownerId) {
        super(em, ResourceKind.GROUP, GroupTargets.INSTANCE, realmId, ownerId);
    }
}
