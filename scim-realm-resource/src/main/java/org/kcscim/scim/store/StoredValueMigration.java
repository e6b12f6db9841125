package org.kcscim.scim.store;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.kcscim.config.ScimConfiguration;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.cache.UserCache;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Moves the values a configuration's users already hold when its attribute mappings change (issue 15): a newly
 * mapped value goes from its hidden {@code kcscim.*} row to the user-profile attribute, an unmapped one back.
 * Set-based: one {@code UPDATE} of the attribute rows' names per moved attribute and batch of owned users, each
 * batch its own short transaction, so no lock is held for long. Entries of multi-valued attributes ({@code phoneNumbers[type eq "work"].value}) move through
 * {@link EntryValueMoves}.
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

    /** Moves the values; returns how many users' rows were looked at. */
    public long migrate(ScimConfiguration before, ScimConfiguration after) {
        MappingChange change = MappingChange.between(before, after);
        if (change.isEmpty()) {
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
                    move(change, new UserAttributeRows(em, ids));
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
                configurationId, users, change.size(), (System.nanoTime() - started) / 1_000_000);
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
     * Values leaving a user attribute go first and values arriving last, so that one change may free a user
     * attribute and give it to another SCIM attribute.
     */
    private static void move(MappingChange change, UserAttributeRows rows) {
        EntryValueMoves entries = new EntryValueMoves(rows);
        change.toHidden().forEach(entries::toHidden);
        change.renames().forEach(rows::rename);
        change.toUser().forEach(entries::toUser);
    }
}
