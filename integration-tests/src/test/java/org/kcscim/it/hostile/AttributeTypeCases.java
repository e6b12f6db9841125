package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.ENTERPRISE;
import static org.kcscim.it.hostile.HostileFixture.GROUP_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.USER_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.freshName;

/**
 * Every attribute of the core User, the Enterprise extension and the Group with a value of the wrong JSON type,
 * in a create (and a sample in a replace): 400 {@code invalidValue}, nothing created or changed. A group member
 * that is a group, nobody, or another configuration's user is refused the same way.
 */
final class AttributeTypeCases {

    private static final String INVALID = "invalidValue";
    private static final Map<String, String> NOT_STRINGS = values("42", "a number", "true", "a boolean",
            "{\"value\":\"x\"}", "an object", "[\"x\"]", "an array");
    private static final Map<String, String> NOT_BOOLEANS = values("42", "a number", "\"maybe\"", "a string",
            "{}", "an object", "[true]", "an array");
    private static final Map<String, String> NOT_COMPLEX = values("\"x\"", "a string", "42", "a number",
            "true", "a boolean", "[\"x\"]", "an array");
    private static final Map<String, String> NOT_MULTI_VALUED = values("\"x\"", "a string", "42", "a number",
            "{\"value\":\"x\"}", "an object", "[\"x\"]", "an array of strings", "[42]", "an array of numbers");

    private AttributeTypeCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        for (String name : List.of("userName", "externalId", "displayName", "nickName", "profileUrl", "title",
                "userType", "preferredLanguage", "locale", "timezone", "password")) {
            NOT_STRINGS.forEach((value, kind) -> cases.add(createUser(fixture, name, kind, "\"" + name + "\":" + value)));
        }
        NOT_COMPLEX.forEach((value, kind) -> cases.add(createUser(fixture, "name", kind, "\"name\":" + value)));
        for (String sub : List.of("formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix")) {
            cases.add(createUser(fixture, "name." + sub, "a number", "\"name\":{\"" + sub + "\":42}"));
            cases.add(createUser(fixture, "name." + sub, "an object", "\"name\":{\"" + sub + "\":{}}"));
        }
        NOT_BOOLEANS.forEach((value, kind) -> cases.add(createUser(fixture, "active", kind, "\"active\":" + value)));
        for (String name : List.of("emails", "phoneNumbers", "ims", "photos", "addresses", "entitlements", "roles",
                "x509Certificates")) {
            NOT_MULTI_VALUED.forEach((value, kind) -> cases.add(createUser(fixture, name, kind, "\"" + name + "\":" + value)));
        }
        Map<String, String> subAttributes = new LinkedHashMap<>();
        subAttributes.put("emails.value", "\"emails\":[{\"value\":42}]");
        subAttributes.put("emails.type", "\"emails\":[{\"value\":\"a@example.com\",\"type\":{}}]");
        subAttributes.put("emails.primary", "\"emails\":[{\"value\":\"a@example.com\",\"primary\":\"maybe\"}]");
        subAttributes.put("emails.display", "\"emails\":[{\"value\":\"a@example.com\",\"display\":[]}]");
        subAttributes.put("phoneNumbers.value", "\"phoneNumbers\":[{\"value\":true}]");
        subAttributes.put("ims.value", "\"ims\":[{\"value\":{}}]");
        subAttributes.put("photos.value", "\"photos\":[{\"value\":42}]");
        subAttributes.put("addresses.streetAddress", "\"addresses\":[{\"streetAddress\":42}]");
        subAttributes.put("addresses.primary", "\"addresses\":[{\"locality\":\"x\",\"primary\":\"maybe\"}]");
        subAttributes.put("addresses.country", "\"addresses\":[{\"country\":[]}]");
        subAttributes.put("entitlements.value", "\"entitlements\":[{\"value\":42}]");
        subAttributes.put("roles.primary", "\"roles\":[{\"value\":\"r\",\"primary\":42}]");
        subAttributes.put("x509Certificates.value", "\"x509Certificates\":[{\"value\":42}]");
        subAttributes.forEach((name, member) -> cases.add(createUser(fixture, name, "the wrong type", member)));

        for (String value : List.of("\"x\"", "42", "[]")) {
            cases.add(createUser(fixture, "the Enterprise extension", value, "\"" + ENTERPRISE + "\":" + value));
        }
        for (String name : List.of("employeeNumber", "costCenter", "organization", "division", "department")) {
            cases.add(createUser(fixture, "enterprise " + name, "a number", enterprise("\"" + name + "\":42")));
            cases.add(createUser(fixture, "enterprise " + name, "an object", enterprise("\"" + name + "\":{}")));
        }
        for (String value : List.of("42", "true", "[]")) {
            cases.add(createUser(fixture, "enterprise manager", value, enterprise("\"manager\":" + value)));
        }
        cases.add(createUser(fixture, "enterprise manager.value", "a number", enterprise("\"manager\":{\"value\":42}")));
        cases.add(createUser(fixture, "enterprise manager.value", "an object", enterprise("\"manager\":{\"value\":{}}")));

        for (String name : List.of("displayName", "externalId")) {
            NOT_STRINGS.forEach((value, kind) -> cases.add(createGroup(fixture, name, kind, "\"" + name + "\":" + value)));
        }
        NOT_MULTI_VALUED.forEach((value, kind) -> cases.add(createGroup(fixture, "members", kind, "\"members\":" + value)));
        cases.add(createGroup(fixture, "members.value", "a number", "\"members\":[{\"value\":42}]"));
        cases.add(createGroup(fixture, "members.value", "an object", "\"members\":[{\"value\":{}}]"));
        cases.add(createGroup(fixture, "members.value", "a boolean", "\"members\":[{\"value\":true}]"));
        cases.add(createGroup(fixture, "members.type", "a number",
                "\"members\":[{\"value\":\"" + fixture.memberId() + "\",\"type\":42}]"));
        cases.add(createGroup(fixture, "members", "a member of type Group",
                "\"members\":[{\"value\":\"" + fixture.memberId() + "\",\"type\":\"Group\"}]"));
        cases.add(createGroup(fixture, "members", "a group's id",
                "\"members\":[{\"value\":\"" + fixture.groupId() + "\"}]"));
        cases.add(createGroup(fixture, "members", "an id that names nobody",
                "\"members\":[{\"value\":\"" + UUID.randomUUID() + "\"}]"));
        cases.add(createGroup(fixture, "members", "another configuration's user",
                "\"members\":[{\"value\":\"" + fixture.foreignUserId() + "\"}]"));

        String user = "Users/" + fixture.userId();
        Map<String, String> replaced = new LinkedHashMap<>();
        replaced.put("userName a number", "\"userName\":42");
        replaced.put("displayName an object", "\"userName\":\"hostile-fixture\",\"displayName\":{}");
        replaced.put("active a string", "\"userName\":\"hostile-fixture\",\"active\":\"maybe\"");
        replaced.put("name a string", "\"userName\":\"hostile-fixture\",\"name\":\"x\"");
        replaced.put("emails a string", "\"userName\":\"hostile-fixture\",\"emails\":\"x\"");
        replaced.put("emails an array of numbers", "\"userName\":\"hostile-fixture\",\"emails\":[42]");
        replaced.put("enterprise department a number", "\"userName\":\"hostile-fixture\"," + enterprise("\"department\":42"));
        replaced.forEach((what, members) -> cases.add(HostileCase.of("replace with " + what,
                fixture.request("PUT", user).json("{" + BodyTarget.schemas(USER_SCHEMA, ENTERPRISE) + "," + members + "}")
                        .build(), error(400, INVALID))));
        String group = "Groups/" + fixture.groupId();
        Map<String, String> groupReplaced = new LinkedHashMap<>();
        groupReplaced.put("displayName a number", "\"displayName\":42");
        groupReplaced.put("members a string", "\"displayName\":\"hostile-fixture-group\",\"members\":\"x\"");
        groupReplaced.put("a group as member", "\"displayName\":\"hostile-fixture-group\",\"members\":[{\"value\":\""
                + fixture.groupId() + "\"}]");
        groupReplaced.forEach((what, members) -> cases.add(HostileCase.of("replace with " + what,
                fixture.request("PUT", group).json("{" + BodyTarget.schemas(GROUP_SCHEMA) + "," + members + "}").build(),
                error(400, INVALID))));
        return cases;
    }

    /** A new user's body: both schemas, a fresh userName, and {@code member}. */
    static String userWith(String member) {
        return "{" + BodyTarget.schemas(USER_SCHEMA, ENTERPRISE) + ",\"userName\":\"" + freshName("hostile-type")
                + "\"," + member + "}";
    }

    static String groupWith(String member) {
        return "{" + BodyTarget.schemas(GROUP_SCHEMA) + ",\"displayName\":\"" + freshName("hostile-type") + "\","
                + member + "}";
    }

    private static String enterprise(String member) {
        return "\"" + ENTERPRISE + "\":{" + member + "}";
    }

    private static HostileCase createUser(HostileFixture fixture, String attribute, String kind, String member) {
        // A later member wins nothing here: the attribute under test is the only one of its name
        String body = member.startsWith("\"userName\"")
                ? "{" + BodyTarget.schemas(USER_SCHEMA, ENTERPRISE) + "," + member + "}"
                : userWith(member);
        return HostileCase.of(attribute + " as " + kind, fixture.request("POST", "Users").json(body).build(),
                error(400, INVALID));
    }

    private static HostileCase createGroup(HostileFixture fixture, String attribute, String kind, String member) {
        String body = member.startsWith("\"displayName\"")
                ? "{" + BodyTarget.schemas(GROUP_SCHEMA) + "," + member + "}"
                : groupWith(member);
        return HostileCase.of(attribute + " as " + kind, fixture.request("POST", "Groups").json(body).build(),
                error(400, INVALID));
    }

    private static Map<String, String> values(String... valueThenKind) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < valueThenKind.length; i += 2) {
            values.put(valueThenKind[i], valueThenKind[i + 1]);
        }
        return values;
    }
}
