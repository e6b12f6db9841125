package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.GROUP_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.USER_SCHEMA;

/**
 * Bodies that are well-typed but break a rule of the resource: a required attribute empty, blank, null or
 * missing, by POST, PUT or PATCH (400 {@code invalidValue}); a name another resource has (409
 * {@code uniqueness}); a stale {@code If-Match} (412).
 */
final class ResourceRuleCases {

    private ResourceRuleCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        String user = "Users/" + fixture.userId();
        String group = "Groups/" + fixture.groupId();
        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("empty", ":\"\"");
        missing.put("blank", ":\"   \"");
        missing.put("null", ":null");
        missing.put("missing", null);
        missing.forEach((what, value) -> {
            String userBody = "{" + BodyTarget.schemas(USER_SCHEMA) + ",\"displayName\":\"Nobody\""
                    + (value == null ? "" : ",\"userName\"" + value) + "}";
            String groupBody = "{" + BodyTarget.schemas(GROUP_SCHEMA) + ",\"externalId\":\"nobody\""
                    + (value == null ? "" : ",\"displayName\"" + value) + "}";
            cases.add(HostileCase.of("userName " + what, fixture.request("POST", "Users").json(userBody).build(),
                    error(400, "invalidValue")));
            cases.add(HostileCase.of("userName " + what, fixture.request("PUT", user).json(userBody).build(),
                    error(400, "invalidValue")));
            cases.add(HostileCase.of("displayName " + what, fixture.request("POST", "Groups").json(groupBody).build(),
                    error(400, "invalidValue")));
            cases.add(HostileCase.of("displayName " + what, fixture.request("PUT", group).json(groupBody).build(),
                    error(400, "invalidValue")));
        });
        Map<String, String> userPatches = new LinkedHashMap<>();
        userPatches.put("userName replaced by an empty string", "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"\"}");
        userPatches.put("userName replaced by blanks", "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"  \"}");
        userPatches.put("userName replaced by null", "{\"op\":\"replace\",\"path\":\"userName\",\"value\":null}");
        userPatches.put("userName removed", "{\"op\":\"remove\",\"path\":\"userName\"}");
        userPatches.put("userName emptied without path", "{\"op\":\"replace\",\"value\":{\"userName\":\"\"}}");
        userPatches.put("userName nulled without path", "{\"op\":\"replace\",\"value\":{\"userName\":null}}");
        userPatches.forEach((what, operation) -> cases.add(HostileCase.of(what,
                fixture.request("PATCH", user).json(PatchCases.patch(operation)).build(), error(400, "invalidValue"))));
        Map<String, String> groupPatches = new LinkedHashMap<>();
        groupPatches.put("displayName replaced by an empty string", "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"\"}");
        groupPatches.put("displayName replaced by blanks", "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\" \"}");
        groupPatches.put("displayName replaced by null", "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":null}");
        groupPatches.put("displayName removed", "{\"op\":\"remove\",\"path\":\"displayName\"}");
        groupPatches.put("displayName emptied without path", "{\"op\":\"replace\",\"value\":{\"displayName\":\"\"}}");
        groupPatches.put("displayName added empty", "{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"\"}");
        groupPatches.forEach((what, operation) -> cases.add(HostileCase.of(what,
                fixture.request("PATCH", group).json(PatchCases.patch(operation)).build(), error(400, "invalidValue"))));

        // Names that are taken
        cases.add(HostileCase.of("the fixture's userName", fixture.request("POST", "Users")
                .json("{" + BodyTarget.schemas(USER_SCHEMA) + ",\"userName\":\"hostile-fixture\"}").build(),
                error(409, "uniqueness")));
        cases.add(HostileCase.of("the fixture's userName in other case", fixture.request("POST", "Users")
                .json("{" + BodyTarget.schemas(USER_SCHEMA) + ",\"userName\":\"HOSTILE-Fixture\"}").build(),
                error(409, "uniqueness")));
        cases.add(HostileCase.of("replaced with the member's userName", fixture.request("PUT", user)
                .json("{" + BodyTarget.schemas(USER_SCHEMA) + ",\"userName\":\"hostile-member\"}").build(),
                error(409, "uniqueness")));
        cases.add(HostileCase.of("patched to the member's userName", fixture.request("PATCH", user)
                .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"hostile-member\"}")).build(),
                error(409, "uniqueness")));
        cases.add(HostileCase.of("the fixture group's name", fixture.request("POST", "Groups")
                .json("{" + BodyTarget.schemas(GROUP_SCHEMA) + ",\"displayName\":\"hostile-fixture-group\"}").build(),
                error(409, "uniqueness")));
        cases.add(HostileCase.of("the fixture group's name in other case", fixture.request("POST", "Groups")
                .json("{" + BodyTarget.schemas(GROUP_SCHEMA) + ",\"displayName\":\"Hostile-Fixture-GROUP\"}").build(),
                error(409, "uniqueness")));
        cases.add(HostileCase.of("the other configuration's group name", fixture.request("POST", "Groups")
                .json("{" + BodyTarget.schemas(GROUP_SCHEMA) + ",\"displayName\":\"foreign-group\"}").build(),
                error(409, "uniqueness")));
        cases.add(HostileCase.of("renamed to the other configuration's group name", fixture.request("PATCH", group)
                .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"foreign-group\"}")).build(),
                error(409, "uniqueness")));

        // Versions that are not the resource's
        String stale = "W/\"0\"";
        cases.add(HostileCase.of("If-Match of another version", fixture.request("PUT", user).header("If-Match", stale)
                .json(HostileFixture.fullUser("hostile-fixture")).build(), error(412)));
        cases.add(HostileCase.of("If-Match of another version", fixture.request("PATCH", user).header("If-Match", stale)
                .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Stale\"}")).build(), error(412)));
        cases.add(HostileCase.of("If-Match of another version", fixture.request("DELETE", user).header("If-Match", stale)
                .build(), error(412)));
        cases.add(HostileCase.of("If-Match of another version", fixture.request("PUT", group).header("If-Match", stale)
                .json("{" + BodyTarget.schemas(GROUP_SCHEMA) + ",\"displayName\":\"hostile-fixture-group\"}").build(), error(412)));
        cases.add(HostileCase.of("If-Match of another version", fixture.request("PATCH", group).header("If-Match", stale)
                .json(PatchCases.patch("{\"op\":\"remove\",\"path\":\"members\"}")).build(), error(412)));
        cases.add(HostileCase.of("If-Match of another version", fixture.request("DELETE", group).header("If-Match", stale)
                .build(), error(412)));
        cases.add(HostileCase.of("If-Match that is not an entity tag", fixture.request("PATCH", user)
                .header("If-Match", "garbage \"(")
                .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Stale\"}")).build(), error(412)));
        return cases;
    }
}
