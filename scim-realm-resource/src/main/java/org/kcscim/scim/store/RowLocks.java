package org.kcscim.scim.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.jpa.entities.GroupEntity;
import org.keycloak.models.jpa.entities.UserEntity;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Serialises concurrent writes to one user or group: a write first takes the resource's database row lock, for the
 * rest of its transaction, before it reads anything it will write back. Two writes then run one after the other
 * instead of interleaving their attribute rows, which deadlocked (a directory sends several PATCHes to one group at
 * once) or let one overwrite the other. Several groups are always locked in id order, so no two writers wait for
 * each other in a cycle.
 */
public final class RowLocks {

    private RowLocks() {
    }

    public static void user(KeycloakSession session, String id) {
        if (ResourceIds.isPlausible(id)) {
            entityManager(session).find(UserEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    public static void group(KeycloakSession session, String id) {
        if (ResourceIds.isPlausible(id)) {
            entityManager(session).find(GroupEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    public static void groups(KeycloakSession session, Collection<String> ids) {
        new TreeSet<>(ids).forEach(id -> group(session, id));
    }

    private static EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
