package org.kcscim.scim.store.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The record that a SCIM configuration provisioned a user: one row per owned user, in a table of its own so that
 * listing and counting a configuration's users reads one narrow index instead of Keycloak's attribute rows.
 * <p>
 * The changelog ({@code META-INF/kcscim-changelog.xml}) indexes (configuration, creation time, user), the
 * default order of a listing, and deletes the row with its user (a foreign key with {@code ON DELETE CASCADE}),
 * so a user removed by Keycloak itself, or with its realm, leaves nothing behind.
 */
@Entity
@Table(name = "KCSCIM_USER_OWNER")
public class UserOwnerEntity {

    @Id
    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "CONFIGURATION_ID", length = 36, nullable = false)
    private String configurationId;

    /** The user's creation time (0 when Keycloak has none), copied here so that the default order is indexed. */
    @Column(name = "CREATED_TIMESTAMP", nullable = false)
    private long createdTimestamp;

    protected UserOwnerEntity() {
    }

    public UserOwnerEntity(String userId, String configurationId, long createdTimestamp) {
        this.userId = userId;
        this.configurationId = configurationId;
        this.createdTimestamp = createdTimestamp;
    }

    public String getUserId() {
        return userId;
    }

    public String getConfigurationId() {
        return configurationId;
    }

    public void setConfigurationId(String configurationId) {
        this.configurationId = configurationId;
    }

    public long getCreatedTimestamp() {
        return createdTimestamp;
    }
}
