package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.ENTERPRISE;
import static org.kcscim.it.hostile.HostileFixture.PATCH_OP;

/**
 * PATCH requests (RFC 7644 §3.5.2) wrong in their structure ({@code invalidSyntax}), their paths
 * ({@code invalidPath}), their targets ({@code mutability}, {@code noTarget}) or their values
 * ({@code invalidValue}), on the fixture user and group; and requests whose first operations are valid and a
 * later one is not, which must change nothing.
 */
final class PatchCases {

    private PatchCases() {
    }

    /** A PatchOp body with these operations (JSON objects). */
    static String patch(String... operations) {
        return "{" + BodyTarget.schemas(PATCH_OP) + ",\"Operations\":[" + String.join(",", operations) + "]}";
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        String user = "Users/" + fixture.userId();
        String group = "Groups/" + fixture.groupId();
        String member = fixture.memberId();

        Map<String, String> structure = new LinkedHashMap<>();
        structure.put("no Operations", "{" + BodyTarget.schemas(PATCH_OP) + "}");
        structure.put("Operations as a string", "{" + BodyTarget.schemas(PATCH_OP) + ",\"Operations\":\"replace\"}");
        structure.put("Operations as an object", "{" + BodyTarget.schemas(PATCH_OP)
                + ",\"Operations\":{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}}");
        structure.put("Operations as a number", "{" + BodyTarget.schemas(PATCH_OP) + ",\"Operations\":42}");
        structure.put("Operations null", "{" + BodyTarget.schemas(PATCH_OP) + ",\"Operations\":null}");
        structure.put("Operations empty", patch());
        structure.put("an operation that is a number", patch("42"));
        structure.put("an operation that is a string", patch("\"replace\""));
        structure.put("an operation that is null", patch("null"));
        structure.put("no op", patch("{\"path\":\"displayName\",\"value\":\"x\"}"));
        structure.put("op empty", patch("{\"op\":\"\",\"path\":\"displayName\",\"value\":\"x\"}"));
        structure.put("op delete", patch("{\"op\":\"delete\",\"path\":\"displayName\"}"));
        structure.put("op move (JSON Patch)", patch("{\"op\":\"move\",\"from\":\"nickName\",\"path\":\"displayName\"}"));
        structure.put("op test (JSON Patch)", patch("{\"op\":\"test\",\"path\":\"displayName\",\"value\":\"x\"}"));
        structure.put("op as a number", patch("{\"op\":42,\"path\":\"displayName\",\"value\":\"x\"}"));
        structure.put("op null", patch("{\"op\":null,\"path\":\"displayName\",\"value\":\"x\"}"));
        structure.put("op as an array", patch("{\"op\":[\"add\"],\"path\":\"displayName\",\"value\":\"x\"}"));
        structure.put("op with a trailing space", patch("{\"op\":\"add \",\"path\":\"displayName\",\"value\":\"x\"}"));
        structure.put("add without value", patch("{\"op\":\"add\",\"path\":\"displayName\"}"));
        structure.put("replace without value", patch("{\"op\":\"replace\",\"path\":\"displayName\"}"));
        structure.forEach((what, body) -> cases.add(patching(fixture, user, what, body, "invalidSyntax")));
        for (String what : List.of("no Operations", "op delete", "add without value")) {
            cases.add(patching(fixture, group, what, structure.get(what), "invalidSyntax"));
        }
        cases.add(patching(fixture, user, "1001 operations", patch(repeat(
                "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}", 1001)), "invalidValue"));
        cases.add(patching(fixture, user, "remove without path", patch("{\"op\":\"remove\"}"), "noTarget"));
        cases.add(patching(fixture, group, "remove without path", patch("{\"op\":\"remove\"}"), "noTarget"));

        cases.add(patching(fixture, user, "path as a number", op("replace", "42", "\"x\""), "invalidPath"));
        cases.add(patching(fixture, user, "path as an object", op("replace", "{}", "\"x\""), "invalidPath"));
        cases.add(patching(fixture, user, "path as an array", op("replace", "[\"displayName\"]", "\"x\""), "invalidPath"));
        List<String> badPaths = List.of("", " ", "emails[", "emails[type eq]", "emails[type eq \\\"work\\\"",
                "emails]", "emails[type eq \\\"work\\\"].", ".displayName", "displayName.", "name..givenName",
                "emails[type eq \\\"work\\\"][value eq \\\"x\\\"]", "emails[type xx \\\"work\\\"]", "urn:",
                "urn:ietf:params:scim:schemas:core:2.0:User:", "1displayName", "display name",
                "emails[type eq \\\"work\\\"].value.x", "emails[]", "emails[type eq \\\"work\\\"]]",
                "displayName eq \\\"x\\\"", "emails[type eq \\\"work\\\" and]", "emails[(type eq \\\"work\\\"]",
                "a".repeat(1100), "name." + "a".repeat(100_000));
        for (String path : badPaths) {
            String shown = path.length() > 40 ? path.length() + " characters" : "'" + path.replace("\\\"", "\"") + "'";
            cases.add(patching(fixture, user, "path " + shown, op("replace", "\"" + path + "\"", "\"x\""), "invalidPath"));
        }
        List<String> unknownPaths = List.of("nope", "name.nope", "emails[type eq \\\"work\\\"].nope",
                ENTERPRISE + ":nope", "urn:hostile:unknown:2.0:Thing:attr", "emails[nope eq \\\"x\\\"].value", "members");
        for (String path : unknownPaths) {
            cases.add(patching(fixture, user, "unknown attribute '" + path.replace("\\\"", "\"") + "'",
                    op("replace", "\"" + path + "\"", "\"x\""), "invalidPath"));
        }

        Map<String, String> readOnly = new LinkedHashMap<>();
        readOnly.put("replace id", op("replace", "\"id\"", "\"" + UUID.randomUUID() + "\""));
        readOnly.put("remove id", op("remove", "\"id\"", null));
        readOnly.put("replace meta", op("replace", "\"meta\"", "{\"resourceType\":\"Group\"}"));
        readOnly.put("replace meta.version", op("replace", "\"meta.version\"", "\"W/\\\"1\\\"\""));
        readOnly.put("replace meta.created", op("replace", "\"meta.created\"", "\"2001-01-01T00:00:00Z\""));
        readOnly.put("add groups", op("add", "\"groups\"", "[{\"value\":\"" + fixture.groupId() + "\"}]"));
        readOnly.put("remove groups", op("remove", "\"groups\"", null));
        readOnly.put("replace manager.displayName", op("replace", "\"" + ENTERPRISE + ":manager.displayName\"", "\"Boss\""));
        readOnly.put("replace id without path", patch("{\"op\":\"replace\",\"value\":{\"id\":\"" + UUID.randomUUID() + "\"}}"));
        readOnly.put("add groups without path", patch("{\"op\":\"add\",\"value\":{\"groups\":[{\"value\":\""
                + fixture.groupId() + "\"}]}}"));
        readOnly.forEach((what, body) -> cases.add(patching(fixture, user, what, body, "mutability")));

        Map<String, String> noTarget = new LinkedHashMap<>();
        noTarget.put("replace emails[type eq \"nope\"].value", op("replace", "\"emails[type eq \\\"nope\\\"].value\"", "\"x@example.com\""));
        noTarget.put("replace addresses[type eq \"nope\"].locality", op("replace", "\"addresses[type eq \\\"nope\\\"].locality\"", "\"Paris\""));
        noTarget.put("replace phoneNumbers[value eq \"0\"]", op("replace", "\"phoneNumbers[value eq \\\"0\\\"]\"", "{\"value\":\"1\"}"));
        noTarget.forEach((what, body) -> cases.add(patching(fixture, user, what, body, "noTarget")));

        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName a number", op("replace", "\"displayName\"", "42"));
        values.put("displayName an object", op("replace", "\"displayName\"", "{\"value\":\"x\"}"));
        values.put("active a word", op("replace", "\"active\"", "\"maybe\""));
        values.put("active a number", op("replace", "\"active\"", "1"));
        values.put("name a string", op("replace", "\"name\"", "\"x\""));
        values.put("name.givenName an object", op("replace", "\"name.givenName\"", "{}"));
        values.put("emails a string", op("add", "\"emails\"", "\"x@example.com\""));
        values.put("emails an array of numbers", op("add", "\"emails\"", "[42]"));
        values.put("an email value a number", op("replace", "\"emails[type eq \\\"work\\\"].value\"", "42"));
        values.put("an email primary a word", op("replace", "\"emails[type eq \\\"work\\\"].primary\"", "\"maybe\""));
        values.put("enterprise department a number", op("replace", "\"" + ENTERPRISE + ":department\"", "42"));
        values.put("enterprise manager a number", op("replace", "\"" + ENTERPRISE + ":manager\"", "42"));
        values.put("no path and a string value", patch("{\"op\":\"replace\",\"value\":\"x\"}"));
        values.put("no path and an array value", patch("{\"op\":\"replace\",\"value\":[{\"displayName\":\"x\"}]}"));
        values.put("no path and active a word", patch("{\"op\":\"replace\",\"value\":{\"active\":\"maybe\"}}"));
        values.put("no path and emails a string", patch("{\"op\":\"add\",\"value\":{\"emails\":\"x\"}}"));
        values.put("no path and name a string", patch("{\"op\":\"replace\",\"value\":{\"name\":\"x\"}}"));
        values.forEach((what, body) -> cases.add(patching(fixture, user, what, body, "invalidValue")));

        String rename = "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Half applied\"}";
        cases.add(patching(fixture, user, "a valid operation, then an unknown path",
                patch(rename, "{\"op\":\"replace\",\"path\":\"nope\",\"value\":\"x\"}"), "invalidPath"));
        cases.add(patching(fixture, user, "a valid operation, then a bad value",
                patch(rename, "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}"), "invalidValue"));
        cases.add(patching(fixture, user, "a valid operation, then a read-only target",
                patch(rename, "{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}"), "mutability"));
        cases.add(patching(fixture, user, "a valid operation, then a filter that matches nothing",
                patch(rename, "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"nope\\\"].value\",\"value\":\"x\"}"), "noTarget"));

        Map<String, String> groupPaths = new LinkedHashMap<>();
        groupPaths.put("unknown attribute 'nope'", op("replace", "\"nope\"", "\"x\""));
        groupPaths.put("unknown attribute in a member filter", op("remove", "\"members[nope eq \\\"x\\\"]\"", null));
        groupPaths.put("unknown member sub-attribute", op("replace", "\"members.nope\"", "\"x\""));
        groupPaths.put("path 'members['", op("remove", "\"members[\"", null));
        groupPaths.put("a User attribute", op("replace", "\"userName\"", "\"x\""));
        groupPaths.forEach((what, body) -> cases.add(patching(fixture, group, what, body, "invalidPath")));
        String selected = "members[value eq \\\"" + member + "\\\"]";
        Map<String, String> groupReadOnly = new LinkedHashMap<>();
        groupReadOnly.put("replace id", op("replace", "\"id\"", "\"" + UUID.randomUUID() + "\""));
        groupReadOnly.put("replace meta", op("replace", "\"meta\"", "{}"));
        groupReadOnly.put("replace a member's display (read-only)", op("replace", "\"" + selected + ".display\"", "\"x\""));
        groupReadOnly.put("replace a member's value (immutable)", op("replace", "\"" + selected + ".value\"", "\"" + fixture.userId() + "\""));
        groupReadOnly.put("replace a member's type (immutable)", op("replace", "\"" + selected + ".type\"", "\"User\""));
        groupReadOnly.forEach((what, body) -> cases.add(patching(fixture, group, what, body, "mutability")));
        Map<String, String> members = new LinkedHashMap<>();
        members.put("add a group as member", op("add", "\"members\"", "[{\"value\":\"" + fixture.groupId() + "\"}]"));
        members.put("add a member of type Group", op("add", "\"members\"", "[{\"value\":\"" + fixture.userId() + "\",\"type\":\"Group\"}]"));
        members.put("replace the members by a group", op("replace", "\"members\"", "[{\"value\":\"" + fixture.groupId() + "\"}]"));
        members.put("add a member that is nobody", op("add", "\"members\"", "[{\"value\":\"" + UUID.randomUUID() + "\"}]"));
        members.put("add another configuration's user", op("add", "\"members\"", "[{\"value\":\"" + fixture.foreignUserId() + "\"}]"));
        members.put("add members as a string", op("add", "\"members\"", "\"" + fixture.userId() + "\""));
        members.put("add a member without value", op("add", "\"members\"", "[{\"display\":\"x\"}]"));
        members.put("add a member that is a number", op("add", "\"members\"", "[42]"));
        members.put("add a member whose value is a number", op("add", "\"members\"", "[{\"value\":42}]"));
        members.put("displayName a number", op("replace", "\"displayName\"", "42"));
        members.put("displayName an array", op("replace", "\"displayName\"", "[\"x\"]"));
        members.put("the member removed, then a group added", patch(
                "{\"op\":\"remove\",\"path\":\"" + selected + "\"}",
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + fixture.groupId() + "\"}]}"));
        members.forEach((what, body) -> cases.add(patching(fixture, group, what, body, "invalidValue")));
        cases.add(patching(fixture, group, "a rename, then an unknown path", patch(
                "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Half applied\"}",
                "{\"op\":\"add\",\"path\":\"nope\",\"value\":\"x\"}"), "invalidPath"));
        return cases;
    }

    /** One operation; {@code path} and {@code value} are JSON texts, null to leave them out. */
    static String op(String op, String path, String value) {
        return patch("{\"op\":\"" + op + "\"" + (path == null ? "" : ",\"path\":" + path)
                + (value == null ? "" : ",\"value\":" + value) + "}");
    }

    private static HostileCase patching(HostileFixture fixture, String target, String what, String body, String scimType) {
        return HostileCase.of(what, fixture.request("PATCH", target).json(body).build(), error(400, scimType));
    }

    private static String repeat(String operation, int times) {
        return String.join(",", Collections.nCopies(times, operation));
    }
}
