package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.ScimConfigurationStore;
import org.kcscim.config.UserDeleteAction;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;

import java.util.List;
import java.util.Optional;

/** Creates, reads, replaces and deletes the users of one configuration in its home realm. */
public final class UserStore {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ScimConfiguration configuration;
    private final Ownership ownership;
    private final ScimUrls urls;
    private final ScimAudit audit;
    private final UserMapper mapper;
    private final UserProfileCheck profile;

    /** {@code mapped}: the configuration's {@link MappedAttributes#of mapped attributes}, shared with its queries. */
    public UserStore(KeycloakSession session, RealmModel realm, ScimConfiguration configuration, ScimUrls urls,
                     MappedAttributes mapped) {
        this.session = session;
        this.realm = realm;
        this.configuration = configuration;
        ScimConfigurationStore configurations = new ScimConfigurationStore(session, realm);
        this.ownership = new Ownership(session, configuration, id -> configurations.find(id).isPresent());
        this.urls = urls;
        this.audit = new ScimAudit(session, realm, configuration);
        this.mapper = new UserMapper(configuration.userType(), mapped);
        this.profile = new UserProfileCheck(session, mapped);
    }

    /** The user with this id if the configuration owns it; anything else is indistinguishable from absent. */
    public Optional<UserModel> find(String id) {
        UserModel user = ResourceIds.isPlausible(id) ? session.users().getUserById(realm, id) : null;
        return ownership.owns(user) ? Optional.of(user) : Optional.empty();
    }

    /**
     * A user whose id the configuration's own query returned in this transaction, so owned without asking again;
     * empty only if someone else deleted the user since.
     */
    public Optional<UserModel> listed(String id) {
        return Optional.ofNullable(session.users().getUserById(realm, id));
    }

    public UserModel require(String id) {
        return find(id).orElseThrow(() -> ScimException.notFound("No user " + id));
    }

    /** {@link #require}, after taking the user's row lock: the first step of every write to an existing user. */
    public UserModel requireForWrite(String id) {
        RowLocks.user(session, id);
        return require(id);
    }

    /**
     * The unowned user with this userName, adopted on the spot when the configuration may adopt it, so that a
     * directory that matches people by userName finds them and can then address them by id.
     */
    public Optional<UserModel> adoptByUserName(String userName) {
        UserModel user = session.users().getUserByUsername(realm, userName);
        if (!ownership.mayAdopt(user)) {
            return Optional.empty();
        }
        ownership.claim(user);
        audit.record(OperationType.UPDATE, ResourceType.USER, "users/" + user.getId(), () -> render(user));
        return Optional.of(user);
    }

    public ObjectNode render(UserModel user) {
        List<GroupRef> groups = user.getGroupsStream()
                .filter(ownership::owns)
                .map(group -> new GroupRef(group.getId(), group.getName()))
                .toList();
        return mapper.render(user, groups, urls);
    }

    public UserModel create(ObjectNode resource, String password) {
        String userName = resource.path("userName").asText();
        UserModel existing = session.users().getUserByUsername(realm, userName);
        UserModel user;
        if (existing == null) {
            requireFreeEmail(resource, null);
            user = session.users().addUser(realm, userName);
            ownership.claimNew(user);
        } else if (ownership.mayAdopt(existing)) {
            requireFreeEmail(resource, existing);
            user = existing;
            ownership.claim(user);
        } else {
            throw new ScimException(409, ScimType.UNIQUENESS, "userName " + userName + " is already taken");
        }
        mapper.write(user, resource, System.currentTimeMillis());
        profile.require(user);
        setPassword(user, password);
        audit.record(OperationType.CREATE, ResourceType.USER, "users/" + user.getId(), () -> render(user));
        return user;
    }

    public void replace(UserModel user, ObjectNode resource, String password) {
        String userName = resource.path("userName").asText();
        if (!userName.equalsIgnoreCase(user.getUsername())) {
            UserModel holder = session.users().getUserByUsername(realm, userName);
            if (holder != null && !holder.getId().equals(user.getId())) {
                throw new ScimException(409, ScimType.UNIQUENESS, "userName " + userName + " is already taken");
            }
        }
        requireFreeEmail(resource, user);
        mapper.write(user, resource, System.currentTimeMillis());
        profile.require(user);
        setPassword(user, password);
        audit.record(OperationType.UPDATE, ResourceType.USER, "users/" + user.getId(), () -> render(user));
    }

    /** Deletes the Keycloak user, or disables and releases it, as the configuration says. */
    public void delete(UserModel user) {
        if (configuration.settings().userDeleteAction() == UserDeleteAction.DISABLE) {
            user.setEnabled(false);
            List<GroupModel> owned = user.getGroupsStream().filter(ownership::owns).toList();
            owned.forEach(user::leaveGroup);
            ownership.release(user);
            audit.record(OperationType.UPDATE, ResourceType.USER, "users/" + user.getId(), null);
        } else {
            String id = user.getId();
            session.users().removeUser(realm, user);
            audit.record(OperationType.DELETE, ResourceType.USER, "users/" + id, null);
        }
    }

    private void requireFreeEmail(ObjectNode resource, UserModel self) {
        String email = UserMapper.primaryEmail(resource.path("emails"));
        if (email == null || realm.isDuplicateEmailsAllowed()) {
            return;
        }
        UserModel holder = session.users().getUserByEmail(realm, email);
        if (holder != null && (self == null || !holder.getId().equals(self.getId()))) {
            throw new ScimException(409, ScimType.UNIQUENESS, "The email " + email + " belongs to another user");
        }
    }

    private void setPassword(UserModel user, String password) {
        if (password == null) {
            return;
        }
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, password);
        if (error != null) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "The password does not meet the realm's password policy (" + error.getMessage() + ")");
        }
        user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
    }
}
