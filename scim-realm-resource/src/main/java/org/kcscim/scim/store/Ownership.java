package org.kcscim.scim.store;

import org.kcscim.config.ScimConfiguration;
import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

import java.util.function.Predicate;

/**
 * Which users and groups a configuration may see and change: those it provisioned (tagged with its id), never
 * service accounts, and, when adoption is allowed, unowned users it is handed by userName. Users and groups
 * left by a deleted configuration of the realm may be taken over by another one, so that deleting a
 * configuration and connecting the directory again loses nothing.
 */
public final class Ownership {

    /** Set on a user released by a "disable" DELETE, so that the same configuration can provision it again. */
    static final String RELEASED_BY = StoredNames.PREFIX + "releasedBy";

    private final ScimConfiguration configuration;
    private final Predicate<String> configurationExists;

    /** For checks of ownership only: it never takes anything over. */
    public Ownership(ScimConfiguration configuration) {
        this(configuration, id -> true);
    }

    /** @param configurationExists whether a configuration id names a configuration of the realm */
    public Ownership(ScimConfiguration configuration, Predicate<String> configurationExists) {
        this.configuration = configuration;
        this.configurationExists = configurationExists;
    }

    public boolean owns(UserModel user) {
        return user != null && user.getServiceAccountClientLink() == null
                && configuration.id().equals(user.getFirstAttribute(StoredNames.OWNER));
    }

    public boolean owns(GroupModel group) {
        return group != null && configuration.id().equals(group.getFirstAttribute(StoredNames.OWNER));
    }

    /**
     * A person this configuration may take over: one a deleted configuration left, or an unowned one, by the
     * adoption setting or because this configuration released them.
     */
    public boolean mayAdopt(UserModel user) {
        if (user == null || user.getServiceAccountClientLink() != null) {
            return false;
        }
        String owner = user.getFirstAttribute(StoredNames.OWNER);
        if (owner != null) {
            return isOrphanedBy(owner);
        }
        return configuration.settings().adoptExistingUsers()
                || configuration.id().equals(user.getFirstAttribute(RELEASED_BY));
    }

    /** A group a deleted configuration left; groups made by hand are never taken over. */
    public boolean mayAdopt(GroupModel group) {
        String owner = group == null ? null : group.getFirstAttribute(StoredNames.OWNER);
        return owner != null && isOrphanedBy(owner);
    }

    private boolean isOrphanedBy(String owner) {
        return !owner.equals(configuration.id()) && !configurationExists.test(owner);
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
