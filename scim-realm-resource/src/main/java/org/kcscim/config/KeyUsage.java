package org.kcscim.config;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reads and writes the key-use table: when each configuration's API key last authenticated a request. */
public final class KeyUsage {

    /**
     * How stale a stamp may be. The admin screen shows it to tell whether a directory still calls, which a minute
     * does not change, and it bounds the writes a steady SCIM load causes to one per configuration and minute.
     */
    public static final Duration RESOLUTION = Duration.ofMinutes(1);

    private final EntityManager em;

    public KeyUsage(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    public static KeyUsage of(KeycloakSession session) {
        return new KeyUsage(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    /**
     * Gives a new configuration its row, "never used", so that every later stamp is an UPDATE: two nodes serving a
     * directory's first requests at once then never race to insert it.
     */
    public void register(String configurationId) {
        // The configuration's component first: the row's foreign key needs it, whatever order Hibernate would pick
        em.flush();
        em.persist(new KeyUseEntity(configurationId, 0));
    }

    /**
     * Stamps {@code now} as the configuration's last key use, unless its stamp is at most {@link #RESOLUTION} old,
     * as it is when another node has just written it. The stamp is one short UPDATE, so that a request never
     * waits long on another node's lock of the row. Only a configuration without a row (created by an older
     * version of the extension during a rolling upgrade) gets one inserted; when two nodes insert it at once, one
     * of them fails with a duplicate key, and it is for the caller to drop that failure.
     */
    public void stamp(String configurationId, long now) {
        int updated = em.createQuery("update KeyUseEntity k set k.lastUsedAt = :now"
                        + " where k.configurationId = :id and k.lastUsedAt < :staleBefore")
                .setParameter("now", now)
                .setParameter("id", configurationId)
                .setParameter("staleBefore", now - RESOLUTION.toMillis())
                .executeUpdate();
        if (updated == 0 && em.find(KeyUseEntity.class, configurationId) == null) {
            em.persist(new KeyUseEntity(configurationId, now));
            // A lost race then fails in this call, where the caller drops it, rather than in a later commit
            em.flush();
        }
    }

    /** Epoch milliseconds of the configuration's last key use, 0 when its key was never used. */
    public long lastUse(String configurationId) {
        KeyUseEntity row = em.find(KeyUseEntity.class, configurationId);
        return row == null ? 0 : row.getLastUsedAt();
    }

    /** The last key uses of these configurations, read in one query; one without a row yet is absent. */
    public Map<String, Long> lastUses(Collection<String> configurationIds) {
        if (configurationIds.isEmpty()) {
            return Map.of();
        }
        List<KeyUseEntity> rows = em.createQuery(
                        "select k from KeyUseEntity k where k.configurationId in :ids", KeyUseEntity.class)
                .setParameter("ids", configurationIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(KeyUseEntity::getConfigurationId, KeyUseEntity::getLastUsedAt));
    }
}
