package org.kcscim.scim.store;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.kcscim.config.MappedPath;
import org.kcscim.config.ScimConfiguration;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.cache.UserCache;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moves the values a configuration's users already hold when its attribute mappings change (issue 15): a newly
 * mapped value goes from its hidden {@code kcscim.*} row to the user-profile attribute, an unmapped one back.
 * Set-based: one {@code UPDATE} of the attribute rows' names per moved attribute and batch of owned users, each
 * batch its own short transaction, so no lock is held for long and nothing is loaded into memory.
 * <p>
 * Entries of multi-valued attributes ({@code phoneNumbers[type eq "work"].value}) are not moved: their hidden
 * rows are named by the entry's position, which SQL cannot pick out portably. They move on the user's next write.
 */
public final class StoredValueMigration {

    private static final Logger LOG = Logger.getLogger(StoredValueMigration.class);
    static final int BATCH = 500;

    private final KeycloakSessionFactory sessions;
    private final int batchSize;

    public StoredValueMigration(KeycloakSession session) {
        this(session.getKeycloakSessionFactory(), BATCH);
    }

    StoredValueMigration(KeycloakSessionFactory sessions, int batchSize) {
        this.sessions = sessions;
        this.batchSize = batchSize;
    }

    /** Row renames from one version of the configuration to the next: old name to new name. */
    static Map<String, String> renames(ScimConfiguration before, ScimConfiguration after) {
        Map<String, String> oldHome = homes(before);
        Map<String, String> newHome = homes(after);
        Map<String, String> renames = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : newHome.entrySet()) {
            String from = oldHome.getOrDefault(entry.getKey(), entry.getKey());
            if (!from.equals(entry.getValue())) {
                renames.put(from, entry.getValue());
            }
        }
        for (Map.Entry<String, String> entry : oldHome.entrySet()) {
            if (!newHome.containsKey(entry.getKey())) {
                renames.put(entry.getValue(), entry.getKey());
            }
        }
        return renames;
    }

    /** For each mapped singular value: its hidden row name to the user attribute that holds it instead. */
    private static Map<String, String> homes(ScimConfiguration configuration) {
        Map<String, String> homes = new LinkedHashMap<>();
        for (MappedAttributes.Mapped mapped : MappedAttributes.of(configuration).all()) {
            MappedPath path = mapped.path();
            if (path.isEntry()) {
                continue;
            }
            String hidden = path.sub() == null ? StoredNames.singular(path.schema(), path.attribute())
                    : StoredNames.subOfSingular(path.schema(), path.attribute(), path.sub());
            homes.put(hidden, mapped.userAttribute());
        }
        return homes;
    }

    /** Moves the values; returns how many users' rows were looked at. */
    public long migrate(ScimConfiguration before, ScimConfiguration after) {
        Map<String, String> renames = renames(before, after);
        if (renames.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        String configurationId = after.id();
        String last = "";
        long users = 0;
        while (true) {
            String from = last;
            List<String> batch = KeycloakModelUtils.runJobInTransactionWithResult(sessions, session -> {
                EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
                List<String> ids = ids(em, configurationId, from);
                if (!ids.isEmpty()) {
                    renames.forEach((oldName, newName) -> move(em, ids, oldName, newName));
                }
                return ids;
            });
            if (batch.isEmpty()) {
                break;
            }
            users += batch.size();
            last = batch.get(batch.size() - 1);
        }
        KeycloakModelUtils.runJobInTransaction(sessions, session -> evictUsers(session, after.realmId()));
        LOG.infof("SCIM configuration %s: attribute values of %d users moved for %d changed mappings in %d ms",
                configurationId, users, renames.size(), (System.nanoTime() - started) / 1_000_000);
        return users;
    }

    /**
     * The rows changed under Keycloak's user cache, so what it holds of this realm's users is stale: evicted on
     * every node (the eviction is a cluster invalidation). No cache provider means caching is off.
     */
    private static void evictUsers(KeycloakSession session, String realmId) {
        UserCache cache = session.getProvider(UserCache.class);
        RealmModel realm = session.realms().getRealm(realmId);
        if (cache != null && realm != null) {
            cache.evict(realm);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(EntityManager em, String configurationId, String after) {
        return new ArrayList<>(em.createNativeQuery("SELECT USER_ID FROM KCSCIM_USER_OWNER WHERE CONFIGURATION_ID = ?1"
                        + " AND USER_ID > ?2 ORDER BY USER_ID")
                .setParameter(1, configurationId).setParameter(2, after).setMaxResults(batchSize)
                .getResultList().stream().map(Objects::toString).toList());
    }

    /**
     * The directory is the authority on what it sends: a value an administrator set meanwhile under the new name
     * gives way to the moved one, rather than both becoming one multi-valued attribute.
     */
    private static void move(EntityManager em, List<String> ids, String oldName, String newName) {
        em.createNativeQuery("DELETE FROM USER_ATTRIBUTE WHERE NAME = ?1 AND USER_ID IN (?2) AND USER_ID IN"
                        + " (SELECT moved.USER_ID FROM USER_ATTRIBUTE moved WHERE moved.NAME = ?3 AND moved.USER_ID IN (?2))")
                .setParameter(1, newName).setParameter(2, ids).setParameter(3, oldName).executeUpdate();
        em.createNativeQuery("UPDATE USER_ATTRIBUTE SET NAME = ?1 WHERE NAME = ?2 AND USER_ID IN (?3)")
                .setParameter(1, newName).setParameter(2, oldName).setParameter(3, ids).executeUpdate();
    }
}
