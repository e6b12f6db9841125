package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.ScimConfigurationStore;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.patch.MembershipChange;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.jpa.entities.GroupEntity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, reads, replaces and deletes the groups of one configuration, at the top level of its home realm.
 * Members change one membership row at a time through Keycloak's model, which keeps its caches right and lets
 * concurrent changes to one group coexist.
 */
public final class GroupStore {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Ownership ownership;
    private final UserStore users;
    private final GroupMembers members;
    private final ScimUrls urls;
    private final ScimAudit audit;

    public GroupStore(KeycloakSession session, RealmModel realm, ScimConfiguration configuration, ScimUrls urls,
                      UserStore users, GroupMembers members) {
        this.session = session;
        this.realm = realm;
        ScimConfigurationStore configurations = new ScimConfigurationStore(session, realm);
        this.ownership = new Ownership(session, configuration, id -> configurations.find(id).isPresent());
        this.users = users;
        this.members = members;
        this.urls = urls;
        this.audit = new ScimAudit(session, realm, configuration);
    }

    public Optional<GroupModel> find(String id) {
        GroupModel group = ResourceIds.isPlausible(id) ? session.groups().getGroupById(realm, id) : null;
        return ownership.owns(group) ? Optional.of(group) : Optional.empty();
    }

    public GroupModel require(String id) {
        return find(id).orElseThrow(() -> ScimException.notFound("No group " + id));
    }

    /** {@link #require}, after taking the group's row lock: the first step of every write to an existing group. */
    public GroupModel requireForWrite(String id) {
        RowLocks.group(session, id);
        return require(id);
    }

    /** The resource; members are read only when {@code withMembers}, and then in one query. */
    public ObjectNode render(GroupModel group, boolean withMembers) {
        return GroupMapper.render(group, withMembers ? members.of(group.getId()) : null, urls);
    }

    public GroupModel create(ObjectNode resource, List<String> memberIds) {
        String name = resource.path("displayName").asText();
        Optional<GroupModel> left = named(name).filter(ownership::mayAdopt);
        if (left.isPresent()) {
            return adopt(left.get(), resource, memberIds);
        }
        requireFreeName(name, null);
        List<UserModel> newMembers = owned(memberIds);
        long now = System.currentTimeMillis();
        GroupModel group = session.groups().createGroup(realm, name);
        ownership.claim(group);
        group.setSingleAttribute(StoredNames.CREATED, Timestamps.stored(now));
        GroupMapper.write(group, resource, now);
        newMembers.forEach(user -> user.joinGroup(group));
        audit.record(OperationType.CREATE, ResourceType.GROUP, "groups/" + group.getId(), () -> render(group, false));
        recordMembership(group, OperationType.CREATE, newMembers);
        return group;
    }

    /** A group a deleted configuration left, taken over as if created now: its attributes and members replaced. */
    private GroupModel adopt(GroupModel group, ObjectNode resource, List<String> memberIds) {
        owned(memberIds);
        ownership.claim(group);
        GroupMapper.write(group, resource, System.currentTimeMillis());
        applyMembership(group, List.of(MembershipChange.replaceAll(memberIds)));
        audit.record(OperationType.CREATE, ResourceType.GROUP, "groups/" + group.getId(), () -> render(group, false));
        return group;
    }

    /** PUT: name and attributes replaced, and the members become exactly {@code memberIds}. */
    public void replace(GroupModel group, ObjectNode resource, List<String> memberIds) {
        requireFreeName(resource.path("displayName").asText(), group);
        GroupMapper.write(group, resource, System.currentTimeMillis());
        applyMembership(group, List.of(MembershipChange.replaceAll(memberIds)));
        audit.record(OperationType.UPDATE, ResourceType.GROUP, "groups/" + group.getId(), () -> render(group, false));
    }

    /** PATCH: the attributes as the engine left them, then the membership changes in order. */
    public void update(GroupModel group, ObjectNode resource, List<MembershipChange> changes) {
        String name = resource.path("displayName").asText();
        if (!name.equals(group.getName())) {
            requireFreeName(name, group);
        }
        GroupMapper.write(group, resource, System.currentTimeMillis());
        applyMembership(group, changes);
        audit.record(OperationType.UPDATE, ResourceType.GROUP, "groups/" + group.getId(), () -> render(group, false));
    }

    public void delete(GroupModel group) {
        String id = group.getId();
        session.groups().removeGroup(realm, group);
        audit.record(OperationType.DELETE, ResourceType.GROUP, "groups/" + id, null);
    }

    private void applyMembership(GroupModel group, List<MembershipChange> changes) {
        for (MembershipChange change : changes) {
            switch (change.kind()) {
                case ADD -> {
                    List<UserModel> added = owned(change.memberIds()).stream()
                            .filter(user -> !user.isMemberOf(group)).toList();
                    added.forEach(user -> user.joinGroup(group));
                    recordMembership(group, OperationType.CREATE, added);
                }
                case REMOVE -> removeMembers(group, change.memberIds());
                case REMOVE_ALL -> removeMembers(group, members.idsNotIn(group.getId(), Set.of()));
                case REPLACE_ALL -> {
                    List<UserModel> wanted = owned(change.memberIds());
                    Set<String> keep = new LinkedHashSet<>(change.memberIds());
                    removeMembers(group, members.idsNotIn(group.getId(), keep));
                    List<UserModel> added = wanted.stream().filter(user -> !user.isMemberOf(group)).toList();
                    added.forEach(user -> user.joinGroup(group));
                    recordMembership(group, OperationType.CREATE, added);
                }
            }
        }
        if (!changes.isEmpty()) {
            GroupMapper.touch(group, System.currentTimeMillis());
        }
    }

    private void removeMembers(GroupModel group, List<String> ids) {
        List<UserModel> removed = ids.stream()
                .map(id -> session.users().getUserById(realm, id))
                .filter(user -> user != null && user.isMemberOf(group))
                .toList();
        removed.forEach(user -> user.leaveGroup(group));
        recordMembership(group, OperationType.DELETE, removed);
    }

    /** The users behind {@code ids}, all of which must be this configuration's, or the request fails whole. */
    private List<UserModel> owned(List<String> ids) {
        return ids.stream()
                .map(id -> users.find(id).orElseThrow(() -> ScimException.badRequest(ScimType.INVALID_VALUE,
                        "No user " + id + " to make a member: members must be users provisioned by this configuration")))
                .toList();
    }

    private Optional<GroupModel> named(String name) {
        return namedIds(name).stream().map(id -> session.groups().getGroupById(realm, id))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private void requireFreeName(String name, GroupModel self) {
        boolean taken = namedIds(name).stream().anyMatch(id -> self == null || !id.equals(self.getId()));
        if (taken) {
            throw new ScimException(409, ScimType.UNIQUENESS, "A group named " + name + " already exists");
        }
    }

    /**
     * The top-level groups of the realm whose name is {@code name} ignoring case, as displayName is compared
     * (RFC 7643 §4.2: not case-exact). Keycloak's own name search is exact, so "Sales" would not find "sales".
     */
    private List<String> namedIds(String name) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("select g.id from GroupEntity g where g.realm = :realm and g.parentId = :top"
                        + " and lower(g.name) = lower(:name) order by g.id", String.class)
                .setParameter("realm", realm.getId())
                .setParameter("top", GroupEntity.TOP_PARENT_ID)
                .setParameter("name", name)
                .setMaxResults(2)
                .getResultList();
    }

    private void recordMembership(GroupModel group, OperationType operation, List<UserModel> changed) {
        for (UserModel user : changed) {
            audit.record(operation, ResourceType.GROUP_MEMBERSHIP,
                    "users/" + user.getId() + "/groups/" + group.getId(), null);
        }
    }
}
