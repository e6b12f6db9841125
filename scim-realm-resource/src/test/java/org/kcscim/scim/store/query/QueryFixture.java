package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;
import org.keycloak.models.GroupModel;
import org.keycloak.models.jpa.entities.GroupAttributeEntity;
import org.keycloak.models.jpa.entities.GroupEntity;
import org.keycloak.models.jpa.entities.UserAttributeEntity;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.jpa.entities.UserGroupMembershipEntity;
import org.keycloak.representations.idm.MembershipType;
import org.kcscim.scim.store.StoredNames;
import org.kcscim.scim.store.ownership.UserOwnerEntity;

import java.util.UUID;

/**
 * The users and groups the query tests run against, written through Keycloak's entities as the stores would
 * write them. Realm {@code r1}, configuration {@code cfgA}; ids are short and sort in the order of their names.
 * Rows prefixed {@code x}/{@code y} are outside the scope of {@code cfgA} in {@code r1} and must never show up.
 */
final class QueryFixture {

    static final String REALM = "r1";
    static final String OWNER = "cfgA";
    /** A value too long for VALUE, so Keycloak keeps it in LONG_VALUE with hashes. */
    static final String LONG_DISPLAY_NAME = "x".repeat(300) + "Y";

    private final EntityManager em;

    private QueryFixture(EntityManager em) {
        this.em = em;
    }

    static void load(EntityManager em) {
        new QueryFixture(em).users();
        new QueryFixture(em).groups();
    }

    private void users() {
        UserEntity alice = user("u1", REALM, "alice", "Alice", "Smith", "alice@example.com", true, 1000L, OWNER);
        attribute(alice, "kcscim.externalId", "EXT-1");
        attribute(alice, "kcscim.title", "Engineer");
        attribute(alice, StoredNames.LAST_MODIFIED, "0000000005000");
        attribute(alice, "kcscim.enterprise.department", "R&D");
        emails(alice, new String[][]{{"alice@example.com", "work", "true"}, {"Alice@Home.org", "home", null}});
        // Under the mapping phoneNumbers[type eq "work"].value -> phone, the work entry's value is in "phone"
        phoneNumbers(alice, new String[][]{{null, "work"}, {"555-0199", "mobile"}});
        attribute(alice, "phone", "555-0100");

        UserEntity bob = user("u2", REALM, "bob", "Bob", "Jones", "bob@example.com", false, 2000L, OWNER);
        attribute(bob, "kcscim.externalId", "ext-2");
        attribute(bob, "kcscim.title", "100% Manager");
        attribute(bob, StoredNames.LAST_MODIFIED, "0000000004000");
        attribute(bob, "kcscim.enterprise.department", "Sales");
        emails(bob, new String[][]{{"bob@example.com", "home", null}});
        phoneNumbers(bob, new String[][]{{"555-0100", "home"}});

        UserEntity carol = user("u3", REALM, "carol", null, null, "carol@example.com", true, 3000L, OWNER);
        attribute(carol, "kcscim.title", "a_b");
        attribute(carol, "kcscim.displayName", LONG_DISPLAY_NAME);
        emails(carol, new String[][]{{"carol@work.net", "work", null}, {"carol@example.com", "home", "true"}});
        // Set by an administrator in Keycloak: no entry yet, the value makes one
        attribute(carol, "phone", "555-0300");

        UserEntity dave = user("u4", REALM, "dave", "Dave", null, null, true, 4000L, OWNER);
        attribute(dave, "kcscim.nickName", "a!b");
        attribute(dave, "kcscim.displayName", "");
        phoneNumbers(dave, new String[][]{{null, "Work"}});

        user("x1", REALM, "eve", "Eve", null, null, true, 500L, "cfgB");
        // The ownership table never holds a service account or a user of another realm: claims refuse them
        UserEntity service = user("x2", REALM, "service-account-app", null, null, null, true, 600L, null);
        service.setServiceAccountClientLink("app");
        user("x3", "r2", "frank", "Frank", null, null, true, 700L, null);
        user("x4", REALM, "gina", "Gina", null, null, true, 800L, null);
    }

    private void groups() {
        GroupEntity admins = group("g1", "Admins", GroupEntity.TOP_PARENT_ID, GroupModel.Type.REALM, OWNER);
        attribute(admins, StoredNames.CREATED, "0000000001500");
        attribute(admins, "kcscim.externalId", "G-1");
        member(admins, "u1");
        member(admins, "u2");
        GroupEntity staff = group("g2", "staff", GroupEntity.TOP_PARENT_ID, GroupModel.Type.REALM, OWNER);
        attribute(staff, StoredNames.CREATED, "0000000002500");
        // Differs from g1's only in case, and externalId is case-exact
        attribute(staff, "kcscim.externalId", "g-1");
        member(staff, "u3");
        group("g3", "Empty", GroupEntity.TOP_PARENT_ID, GroupModel.Type.REALM, OWNER);

        group("y1", "sub", "g1", GroupModel.Type.REALM, OWNER);
        group("y2", "organization", GroupEntity.TOP_PARENT_ID, GroupModel.Type.ORGANIZATION, OWNER);
        GroupEntity other = group("y3", "other", GroupEntity.TOP_PARENT_ID, GroupModel.Type.REALM, "cfgB");
        member(other, "u1");
    }

    private UserEntity user(String id, String realm, String username, String firstName, String lastName, String email,
                            boolean enabled, Long created, String owner) {
        UserEntity user = new UserEntity();
        user.setId(id);
        user.setRealmId(realm);
        user.setUsername(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email, false);
        user.setEnabled(enabled);
        user.setCreatedTimestamp(created);
        em.persist(user);
        if (owner != null) {
            em.persist(new UserOwnerEntity(id, owner, created));
        }
        return user;
    }

    private void attribute(UserEntity user, String name, String value) {
        UserAttributeEntity attribute = new UserAttributeEntity();
        attribute.setId(UUID.randomUUID().toString());
        attribute.setUser(user);
        attribute.setName(name);
        attribute.setValue(value);
        em.persist(attribute);
    }

    /** Entries of {@code emails} as the codec writes them: value, type, primary per entry, nulls left out. */
    private void emails(UserEntity user, String[][] entries) {
        for (int index = 0; index < entries.length; index++) {
            attribute(user, "kcscim.emails.#", Integer.toString(index));
            String[] subs = {"value", "type", "primary"};
            for (int sub = 0; sub < subs.length; sub++) {
                if (entries[index][sub] != null) {
                    attribute(user, "kcscim.emails." + index + "." + subs[sub], entries[index][sub]);
                }
            }
        }
    }

    /** Entries of {@code phoneNumbers}: value and type per entry, nulls left out. */
    private void phoneNumbers(UserEntity user, String[][] entries) {
        for (int index = 0; index < entries.length; index++) {
            attribute(user, "kcscim.phoneNumbers.#", Integer.toString(index));
            if (entries[index][0] != null) {
                attribute(user, "kcscim.phoneNumbers." + index + ".value", entries[index][0]);
            }
            attribute(user, "kcscim.phoneNumbers." + index + ".type", entries[index][1]);
        }
    }

    private GroupEntity group(String id, String name, String parentId, GroupModel.Type type, String owner) {
        GroupEntity group = new GroupEntity();
        group.setId(id);
        group.setName(name);
        group.setRealm(REALM);
        group.setParentId(parentId);
        group.setType(type.intValue());
        em.persist(group);
        attribute(group, StoredNames.OWNER, owner);
        return group;
    }

    private void attribute(GroupEntity group, String name, String value) {
        GroupAttributeEntity attribute = new GroupAttributeEntity();
        attribute.setId(UUID.randomUUID().toString());
        attribute.setGroup(group);
        attribute.setName(name);
        attribute.setValue(value);
        em.persist(attribute);
    }

    private void member(GroupEntity group, String userId) {
        UserGroupMembershipEntity membership = new UserGroupMembershipEntity();
        membership.setUser(em.find(UserEntity.class, userId));
        membership.setGroupId(group.getId());
        membership.setMembershipType(MembershipType.UNMANAGED);
        em.persist(membership);
    }
}
