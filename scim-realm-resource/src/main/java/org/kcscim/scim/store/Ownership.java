package org.kcscim.scim.store;

import org.kcscim.config.ScimConfiguration;
import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

/**
 * Which users and groups a configuration may see and change: those it provisioned (tagged with its id), never
 * service accounts, and, when adoption is allowed, unowned users it is handed by userName.
 */
public final class Ownership {

    /** Set on a user released by a "disable" DELETE, so that the same configuration can provision it again. */
    static final String RELEASED_BY = StoredNames.PREFIX + "releasedBy";

    private final ScimConfiguration configuration;

    public Ownership(ScimConfiguration configuration) {
        this.configuration = configuration;
    }

    public boolean owns(UserModel user) {
        return user != null && user.getServiceAccountClientLink() == null
                && configuration.id().equals(user.getFirstAttribute(StoredNames.OWNER));
    }

    public boolean owns(GroupModel group) {
        return group != null && configuration.id().equals(group.getFirstAttribute(StoredNames.OWNER));
    }

    /** An unowned person this configuration may take over: by the adoption setting, or because it released them. */
    public boolean mayAdopt(UserModel user) {
        if (user == null || user.getServiceAccountClientLink() != null || user.getFirstAttribute(StoredNames.OWNER) != null) {
            return false;
        }
        return configuration.settings().adoptExistingUsers()
                || configuration.id().equals(user.getFirstAttribute(RELEASED_BY));
    }

    public void claim(UserModel user) {
        user.setSingleAttribute(StoredNames.OWNER, configuration.id());
        user.removeAttribute(RELEASED_BY);
    }

    public void release(UserModel user) {
        user.removeAttribute(StoredNames.OWNER);
        user.setSingleAttribute(RELEASED_BY, configuration.id());
    }

    public void claim(GroupModel group) {
        group.setSingleAttribute(StoredNames.OWNER, configuration.id());
    }
}
