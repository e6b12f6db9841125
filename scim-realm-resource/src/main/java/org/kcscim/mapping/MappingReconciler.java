package org.kcscim.mapping;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.kcscim.scim.store.RowLocks;
import org.kcscim.scim.store.StoredNames;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies the effect of mappings to groups (DESIGN §6): a group holds the union, over the mappings that name it,
 * of their roles resolved in their accounts, as Keycloak group role mappings, so that tokens and admin
 * permissions see them. The group remembers which role mappings the extension added, and only those are ever
 * removed: a role an administrator granted by hand stays, even when a mapping grants it too.
 */
public class MappingReconciler {

    /** Ids of the role mappings the extension added to a group. */
    static final String MANAGED_ROLES = StoredNames.PREFIX + "managedRoles";

    private static final Logger LOG = Logger.getLogger(MappingReconciler.class);

    private final KeycloakSession session;
    private final RealmModel home;
    private final RoleResolver resolver;

    public MappingReconciler(KeycloakSession session, RealmModel home) {
        this.session = session;
        this.home = home;
        this.resolver = new RoleResolver(home);
    }

    /**
     * Takes the database row lock of each group, in id order, for the rest of the transaction: two mapping
     * changes on one group then reconcile one after the other instead of overwriting each other's bookkeeping.
     * Call it before reading anything of the groups.
     */
    public void lock(Collection<String> groupIds) {
        RowLocks.groups(session, groupIds);
    }

    private EntityManager entityManager() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public void reconcile(Collection<String> groupIds) {
        CommittedMappings committed = new CommittedMappings(entityManager(), home);
        // Read once, after every group of the change is locked: no mapping naming them can change meanwhile
        List<Mapping> all = committed.all();
        for (String groupId : new LinkedHashSet<>(groupIds)) {
            GroupModel group = session.groups().getGroupById(home, groupId);
            if (group != null) {
                reconcile(group, all, committed);
            }
        }
    }

    private void reconcile(GroupModel group, List<Mapping> all, CommittedMappings committed) {
        Set<RoleModel> desired = new LinkedHashSet<>();
        all.stream()
                .filter(mapping -> mapping.settings().groupIds().contains(group.getId()))
                .forEach(mapping -> desired.addAll(resolve(mapping)));
        Set<String> managed = new LinkedHashSet<>(committed.attribute(group.getId(), MANAGED_ROLES));
        Set<String> held = new HashSet<>(committed.directRoleIds(group.getId()));
        Set<String> nowManaged = new LinkedHashSet<>();
        for (RoleModel role : desired) {
            boolean isHeld = held.contains(role.getId());
            if (managed.contains(role.getId())) {
                if (!isHeld) {
                    // Removed by hand while a mapping still grants it: the mapping wins
                    group.grantRole(role);
                }
                nowManaged.add(role.getId());
            } else if (!isHeld) {
                group.grantRole(role);
                nowManaged.add(role.getId());
            }
            // A role the group already held by hand stays the administrator's: not managed, never revoked
        }
        for (String roleId : managed) {
            if (!nowManaged.contains(roleId) && held.contains(roleId)) {
                RoleModel role = session.roles().getRoleById(home, roleId);
                if (role != null) {
                    group.deleteRoleMapping(role);
                }
            }
        }
        if (nowManaged.isEmpty()) {
            if (!managed.isEmpty()) {
                group.removeAttribute(MANAGED_ROLES);
            }
        } else if (!nowManaged.equals(managed)) {
            group.setAttribute(MANAGED_ROLES, List.copyOf(nowManaged));
        }
    }

    private List<RoleModel> resolve(Mapping mapping) {
        return mapping.settings().accountRealmIds().stream()
                .map(id -> session.realms().getRealm(id))
                .filter(Objects::nonNull)
                .flatMap(account -> mapping.settings().roles().stream().map(role -> {
                    var grant = resolver.resolve(role, account);
                    if (grant.isEmpty()) {
                        // A role deleted after the mapping was saved: the rest of the mapping still applies
                        LOG.warnf("Mapping %s: role %s no longer resolves in realm %s", mapping.name(), role,
                                account.getName());
                    }
                    return grant.map(RoleResolver.Grant::resolved).orElse(null);
                }))
                .filter(Objects::nonNull)
                .toList();
    }
}
