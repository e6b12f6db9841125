package org.kcscim.scim.store.ownership;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import java.util.Objects;
import java.util.Optional;

/** Reads and writes the ownership table: which configuration, if any, provisioned a user. */
public final class UserOwners {

    private final EntityManager em;

    public UserOwners(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    public static UserOwners of(KeycloakSession session) {
        return new UserOwners(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    /** The id of the configuration that owns the user, if any. */
    public Optional<String> ownerOf(String userId) {
        UserOwnerEntity row = em.find(UserOwnerEntity.class, userId);
        return row == null ? Optional.empty() : Optional.of(row.getConfigurationId());
    }

    /** Records that {@code configurationId} owns the user, replacing an earlier owner. */
    public void claim(UserModel user, String configurationId) {
        UserOwnerEntity row = em.find(UserOwnerEntity.class, user.getId());
        if (row == null) {
            claimNew(user, configurationId);
        } else {
            row.setConfigurationId(configurationId);
        }
    }

    /** Records the owner of a user created in this transaction, without looking for an earlier one. */
    public void claimNew(UserModel user, String configurationId) {
        Long created = user.getCreatedTimestamp();
        em.persist(new UserOwnerEntity(user.getId(), configurationId, created == null ? 0L : created));
    }

    /** Forgets the user's owner. */
    public void release(String userId) {
        UserOwnerEntity row = em.find(UserOwnerEntity.class, userId);
        if (row != null) {
            em.remove(row);
        }
    }
}
