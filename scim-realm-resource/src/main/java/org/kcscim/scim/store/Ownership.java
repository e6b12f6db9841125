package org.kcscim.scim.store;

import org.kcscim.config.ScimConfiguration;
import org.kcscim.scim.store.ownership.UserOwners;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which users and groups a configuration may see and change: those it provisioned (users in the ownership table,
 * groups tagged with its id), never
 * service accounts, and, when adoption is allowed, unowned users it is handed by userName. Users and groups
 * left by a deleted configuration of the realm may be taken over by another one, so that deleting a
 * configuration and connecting the directory again loses nothing.
 */
public final class Ownership {

    /** Set on a user released by a "disable" DELETE, so that the same configuration can provision it again. */
    static final String RELEASED_BY = StoredNames.PREFIX + "releasedBy";

    private final UserOwners userOwners;
    private final ScimConfiguration configuration;
    private final Predicate<String> configurationExists;

    /** For checks of ownership only: it never takes anything over. */
    public Ownership(KeycloakSession session, ScimConfiguration configuration) {
        this(session, configuration, id -> true);
    }

    /** @param configurationExists whether a configuration id names a configuration of the realm */
    public Ownership(KeycloakSession session, ScimConfiguration configuration, Predicate<String> configurationExists) {
        this.userOwners = UserOwners.of(session);
        this.configuration = configuration;
        this.configurationExists = configurationExists;
    }

    public boolean owns(UserModel user) {
        return user != null && user.getServiceAccountClientLink() == null
                && ownerOf(user).filter(configuration.id()::equals).isPresent();
    }

    /** The configuration that provisioned the user, whether it still exists or not. */
    private Optional<String> ownerOf(UserModel user) {
        return userOwners.ownerOf(user.getId());
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
        Optional<String> owner = ownerOf(user);
        if (owner.isPresent()) {
            return isOrphanedBy(owner.get());
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
        userOwners.claim(user, configuration.id());
        if (user.getFirstAttribute(RELEASED_BY) != null) {
            user.removeAttribute(RELEASED_BY);
        }
    }

    /** {@link #claim} for a user created in this transaction, which nobody can own yet. */
    public void claimNew(UserModel user) {
        userOwners.claimNew(user, configuration.id());
    }

    public void release(UserModel user) {
        userOwners.release(user.getId());
        user.setSingleAttribute(RELEASED_BY, configuration.id());
    }

    public void claim(GroupModel group) {
        group.setSingleAttribute(StoredNames.OWNER, configuration.id());
    }
}
