package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.BULK_REQUEST;
import static org.kcscim.it.hostile.HostileFixture.ENTERPRISE;
import static org.kcscim.it.hostile.HostileFixture.GROUP_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.PATCH_OP;
import static org.kcscim.it.hostile.HostileFixture.SEARCH_REQUEST;
import static org.kcscim.it.hostile.HostileFixture.USER_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.freshName;

/**
 * The {@code schemas} member. For resources: not an array of strings is 400 {@code invalidSyntax}; an array
 * without the resource's core schema is 400 {@code invalidValue} (absent is accepted: see LeniencyCases). For
 * the messages (PatchOp, SearchRequest, BulkRequest) every way of not naming the message's schema, absent
 * included, is 400 {@code invalidSyntax}, as RFC 7644 requires the URN in each of them.
 */
final class SchemasCases {

    private SchemasCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        String userRest = ",\"userName\":\"" + BodyTarget.FRESH + "\"";
        String fixtureUserRest = ",\"userName\":\"hostile-fixture\",\"displayName\":\"Replaced\"";
        String groupRest = ",\"displayName\":\"" + BodyTarget.FRESH + "\"";
        String fixtureGroupRest = ",\"displayName\":\"Replaced\"";
        resource(cases, fixture, "POST", "Users", userRest, USER_SCHEMA, GROUP_SCHEMA, ENTERPRISE);
        resource(cases, fixture, "PUT", "Users/" + fixture.userId(), fixtureUserRest, USER_SCHEMA, GROUP_SCHEMA, ENTERPRISE);
        resource(cases, fixture, "POST", "Groups", groupRest, GROUP_SCHEMA, USER_SCHEMA,
                "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group");
        resource(cases, fixture, "PUT", "Groups/" + fixture.groupId(), fixtureGroupRest, GROUP_SCHEMA, USER_SCHEMA,
                "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group");

        String operations = ",\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Patched\"}]";
        message(cases, fixture, "PATCH", "Users/" + fixture.userId(), operations, PATCH_OP);
        message(cases, fixture, "PATCH", "Groups/" + fixture.groupId(), operations, PATCH_OP);
        for (String search : List.of("Users/.search", "Groups/.search", ".search")) {
            message(cases, fixture, "POST", search, ",\"count\":1", SEARCH_REQUEST);
        }
        message(cases, fixture, "POST", "Bulk", ",\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\","
                + "\"bulkId\":\"s1\",\"data\":{" + BodyTarget.schemas(USER_SCHEMA) + userRest + "}}]", BULK_REQUEST);
        return cases;
    }

    /** The body with a new name where {@link BodyTarget#FRESH} stands. */
    private static String fresh(String body) {
        return body.replace(BodyTarget.FRESH, freshName("hostile-schemas"));
    }

    private static void resource(List<HostileCase> cases, HostileFixture fixture, String method, String target,
                                 String rest, String core, String otherCore, String extensionOnly) {
        Map<String, String> syntax = new LinkedHashMap<>();
        syntax.put("schemas as a string", "\"schemas\":\"" + core + "\"");
        syntax.put("schemas as an object", "\"schemas\":{\"" + core + "\":true}");
        syntax.put("schemas as an array of numbers", "\"schemas\":[42]");
        syntax.put("schemas with the core URN and a number", "\"schemas\":[\"" + core + "\",42]");
        syntax.forEach((what, member) -> cases.add(HostileCase.of(what,
                fixture.request(method, target).json(fresh("{" + member + rest + "}")).build(), error(400, "invalidSyntax"))));
        Map<String, String> value = new LinkedHashMap<>();
        value.put("schemas empty", "\"schemas\":[]");
        value.put("schemas with an unknown URN only", "\"schemas\":[\"urn:hostile:unknown:2.0:Thing\"]");
        value.put("schemas naming the other core schema", "\"schemas\":[\"" + otherCore + "\"]");
        value.put("schemas naming only an extension", "\"schemas\":[\"" + extensionOnly + "\"]");
        value.forEach((what, member) -> cases.add(HostileCase.of(what,
                fixture.request(method, target).json(fresh("{" + member + rest + "}")).build(), error(400, "invalidValue"))));
    }

    private static void message(List<HostileCase> cases, HostileFixture fixture, String method, String target,
                                String rest, String urn) {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("no schemas", "\"urn:hostile:none\":1");
        broken.put("schemas as a string", "\"schemas\":\"" + urn + "\"");
        broken.put("schemas as an array of numbers", "\"schemas\":[42]");
        broken.put("schemas empty", "\"schemas\":[]");
        broken.put("schemas with an unknown URN only", "\"schemas\":[\"urn:hostile:unknown:2.0:Message\"]");
        broken.put("schemas naming the User schema", "\"schemas\":[\"" + USER_SCHEMA + "\"]");
        broken.forEach((what, member) -> cases.add(HostileCase.of(what,
                fixture.request(method, target).json(fresh("{" + member + rest + "}")).build(), error(400, "invalidSyntax"))));
    }
}
