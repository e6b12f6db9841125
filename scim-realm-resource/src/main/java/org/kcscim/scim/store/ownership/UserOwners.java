package org.kcscim.scim.store.ownership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads and writes the ownership table: which configuration, if any, provisioned a user. */
public final class UserOwners {

    /** Ids per IN list: below Oracle's limit of 1000 expressions per list. */
    private static final int IN_LIST_SIZE = 500;

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

    /** Which of {@code userIds} {@code configurationId} owns, in one query per {@value #IN_LIST_SIZE} ids. */
    public Set<String> ownedAmong(String configurationId, Collection<String> userIds) {
        List<String> ids = new ArrayList<>(new HashSet<>(userIds));
        Set<String> owned = new HashSet<>();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
            CriteriaQuery<String> query = cb.createQuery(String.class);
            Root<UserOwnerEntity> row = query.from(UserOwnerEntity.class);
            query.select(row.get("userId")).where(cb.equal(row.get("configurationId"), configurationId),
                    row.get("userId").in(ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE))));
            owned.addAll(em.createQuery(query).getResultList());
        }
        return owned;
    }
}
