package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The users a directory provisions, numbered: user {@code i} has predictable names, so any query can aim at it. */
final class SeedUsers {

    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedUsers() {
    }

    static String userName(int i) {
        return "u-" + i;
    }

    static String externalId(int i) {
        return "ext-" + i;
    }

    static String email(int i) {
        return userName(i) + "@example.test";
    }

    /** The digits reversed: sorted by family name, users come in another order than sorted by userName. */
    static String familyName(int i) {
        return "Family" + new StringBuilder(String.valueOf(i)).reverse();
    }

    /** Every tenth user has the same title: an equality filter that matches many. */
    static String title(int i) {
        return "Title " + (i % 10);
    }

    /** Every twentieth user is in the same department. */
    static String department(int i) {
        return "Department " + (i % 20);
    }

    /** The user as Entra ID sends it: core and enterprise attributes, one primary work email. */
    static ObjectNode scimUser(String userName, String externalId, int i) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add(CORE_USER).add(ENTERPRISE);
        user.put("userName", userName);
        user.put("externalId", externalId);
        user.putObject("name").put("givenName", "Given" + i).put("familyName", familyName(i));
        user.putArray("emails").addObject()
                .put("value", userName + "@example.test")
                .put("type", "work")
                .put("primary", true);
        user.put("title", title(i));
        user.put("active", true);
        user.putObject(ENTERPRISE).put("department", department(i));
        return user;
    }

    static ObjectNode scimUser(int i) {
        return scimUser(userName(i), externalId(i), i);
    }

    /** The same person for the admin API: its native fields. */
    static ObjectNode adminUser(String userName, int i) {
        ObjectNode user = JSON.createObjectNode();
        user.put("username", userName);
        user.put("email", userName + "@example.test");
        user.put("firstName", "Given" + i);
        user.put("lastName", familyName(i));
        user.put("enabled", true);
        return user;
    }

    static ObjectNode group(String displayName) {
        ObjectNode group = JSON.createObjectNode();
        group.putArray("schemas").add(CORE_GROUP);
        group.put("displayName", displayName);
        group.putArray("members");
        return group;
    }

    /** A PATCH that adds these users to a group, as Entra ID and Okta send it. */
    static ObjectNode addMembers(Iterable<String> userIds) {
        ObjectNode patch = JSON.createObjectNode();
        patch.putArray("schemas").add(PATCH_OP);
        var value = patch.putArray("Operations").addObject().put("op", "add").put("path", "members")
                .putArray("value");
        userIds.forEach(id -> value.addObject().put("value", id));
        return patch;
    }

    static ObjectNode removeMember(String userId) {
        ObjectNode patch = JSON.createObjectNode();
        patch.putArray("schemas").add(PATCH_OP);
        patch.putArray("Operations").addObject().put("op", "remove")
                .put("path", "members[value eq \"" + userId + "\"]");
        return patch;
    }
}
