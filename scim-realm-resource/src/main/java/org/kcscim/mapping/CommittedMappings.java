package org.kcscim.mapping;

import jakarta.persistence.EntityManager;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group's mappings and role bookkeeping as committed in the database, read past Keycloak's caches and the
 * transaction's own entity cache. Reconciliation reads them under the group's row lock: a concurrent mapping
 * change committed while it waited must be seen, and a cached view taken before the wait may miss it.
 */
final class CommittedMappings {

    private final EntityManager em;
    private final RealmModel realm;

    CommittedMappings(EntityManager em, RealmModel realm) {
        this.em = em;
        this.realm = realm;
    }

    /** Every mapping of the realm. */
    List<Mapping> all() {
        // Scalar projections, so that no entity loaded earlier in the transaction answers with its old state
        List<Object[]> components = em.createQuery(
                        "select c.id, c.name, c.providerId, c.parentId, c.subType from ComponentEntity c"
                                + " where c.realm.id = :realm and c.providerType = :type", Object[].class)
                .setParameter("realm", realm.getId())
                .setParameter("type", MappingProvider.class.getName())
                .getResultList();
        if (components.isEmpty()) {
            return List.of();
        }
        Map<String, ComponentModel> byId = new LinkedHashMap<>();
        for (Object[] row : components) {
            ComponentModel component = new ComponentModel();
            component.setId((String) row[0]);
            component.setName((String) row[1]);
            component.setProviderId((String) row[2]);
            component.setParentId((String) row[3]);
            component.setSubType((String) row[4]);
            component.setProviderType(MappingProvider.class.getName());
            component.setConfig(new MultivaluedHashMap<>());
            byId.put(component.getId(), component);
        }
        em.createQuery("select cc.component.id, cc.name, cc.value from ComponentConfigEntity cc"
                        + " where cc.component.id in :ids", Object[].class)
                .setParameter("ids", byId.keySet())
                .getResultList()
                .forEach(row -> byId.get((String) row[0]).getConfig().add((String) row[1], (String) row[2]));
        return byId.values().stream().map(MappingStore::fromComponent).toList();
    }

    /** The values of one of the group's attributes. */
    List<String> attribute(String groupId, String name) {
        return em.createQuery("select a.value from GroupAttributeEntity a where a.group.id = :group and a.name = :name",
                        String.class)
                .setParameter("group", groupId)
                .setParameter("name", name)
                .getResultList();
    }

    /** The ids of the roles mapped to the group itself. */
    List<String> directRoleIds(String groupId) {
        return em.createQuery("select m.roleId from GroupRoleMappingEntity m where m.group.id = :group", String.class)
                .setParameter("group", groupId)
                .getResultList();
    }
}
