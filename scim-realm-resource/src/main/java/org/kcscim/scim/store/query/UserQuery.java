package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.MappedAttributes;

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
        super(em, ResourceKind.USER, UserTargets.INSTANCE, realmId, ownerId);
    }

    /**
     * With the configuration's own User type and attribute mappings (issue 15): its extension attributes can be
     * filtered, and a mapped value is looked up in its user-profile attribute.
     */
    public UserQuery(EntityManager em, String realmId, String ownerId, ResourceTypeDefinition type,
                     MappedAttributes mapped) {
        super(em, ResourceKind.USER, new UserTargets(type, mapped), realmId, ownerId);
    }
}
