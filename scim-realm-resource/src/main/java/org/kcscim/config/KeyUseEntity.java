package org.kcscim.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * When a configuration's API key last authenticated a request: one row per configuration, 0 until its key is first
 * used, kept out of the configuration's component because writing a component makes every node of a cluster reload
 * the realm's cache.
 * <p>
 * The changelog ({@code META-INF/kcscim-changelog.xml}) deletes the row with its component (a foreign key with
 * {@code ON DELETE CASCADE}), so a configuration deleted by any path, or with its realm, leaves nothing behind.
 */
@Entity
@Table(name = "KCSCIM_KEY_USE")
public class KeyUseEntity {

    /** The id of the configuration's component. */
    @Id
    @Column(name = "CONFIGURATION_ID", length = 36)
    private String configurationId;

    /** Epoch milliseconds. */
    @Column(name = "LAST_USED_AT", nullable = false)
    private long lastUsedAt;

    protected KeyUseEntity() {
    }

    public KeyUseEntity(String configurationId, long lastUsedAt) {
        this.configurationId = configurationId;
        this.lastUsedAt = lastUsedAt;
    }

    public String getConfigurationId() {
        return configurationId;
    }

    public long getLastUsedAt() {
        return lastUsedAt;
    }
}
