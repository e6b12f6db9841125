package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.ENTERPRISE;
import static org.kcscim.it.hostile.HostileFixture.GROUP_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.SEARCH_REQUEST;
import static org.kcscim.it.hostile.HostileFixture.USER_SCHEMA;

/**
 * Well-formed JSON whose strings hold what no stored value may: U+0000 or an unpaired UTF-16 surrogate, written as
 * {@code \}{@code u} escapes, in values and in keys, in every body that stores or searches: 400 {@code invalidValue}.
 * (PostgreSQL cannot store a NUL at all; a lone surrogate cannot be encoded in UTF-8.)
 */
final class ForbiddenCharacterCases {

    /** The escapes as they appear in the JSON text, with their names. */
    private static final Map<String, String> ESCAPES = escapes();

    private ForbiddenCharacterCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        Map<String, String> userPlaces = new LinkedHashMap<>();
        userPlaces.put("userName", "\"userName\":\"" + BodyTarget.FRESH + "@@\"");
        userPlaces.put("name.givenName", "\"userName\":\"" + BodyTarget.FRESH + "\",\"name\":{\"givenName\":\"Ada@@\"}");
        userPlaces.put("emails.value", "\"userName\":\"" + BodyTarget.FRESH + "\",\"emails\":[{\"value\":\"a@@@example.com\"}]");
        userPlaces.put("enterprise department", "\"userName\":\"" + BodyTarget.FRESH + "\",\""
                + ENTERPRISE + "\":{\"department\":\"D@@\"}");
        userPlaces.put("externalId", "\"userName\":\"" + BodyTarget.FRESH + "\",\"externalId\":\"e@@\"");
        userPlaces.forEach((place, member) -> ESCAPES.forEach((escape, what) -> cases.add(HostileCase.of(
                what + " in " + place,
                fixture.request("POST", "Users").json("{" + BodyTarget.schemas(USER_SCHEMA, ENTERPRISE) + ","
                        + member.replaceFirst("@@", escape.replace("\\", "\\\\"))
                        .replace(BodyTarget.FRESH, HostileFixture.freshName("hostile-chars")) + "}").build(),
                error(400, "invalidValue")))));
        for (String escape : List.of("\\u0000", "\\ud800")) {
            cases.add(HostileCase.of(ESCAPES.get(escape) + " in a key", fixture.request("POST", "Users")
                    .json(AttributeTypeCases.userWith("\"nick" + escape + "Name\":\"x\"")).build(), error(400, "invalidValue")));
        }
        ESCAPES.forEach((escape, what) -> cases.add(HostileCase.of(what + " in displayName",
                fixture.request("POST", "Groups").json("{" + BodyTarget.schemas(GROUP_SCHEMA)
                        + ",\"displayName\":\"hostile-chars" + escape + "\"}").build(), error(400, "invalidValue"))));
        for (String escape : List.of("\\u0000", "\\ud800")) {
            cases.add(HostileCase.of(ESCAPES.get(escape) + " in members.value", fixture.request("POST", "Groups")
                    .json(AttributeTypeCases.groupWith("\"members\":[{\"value\":\"" + fixture.memberId() + escape + "\"}]"))
                    .build(), error(400, "invalidValue")));
        }

        String user = "Users/" + fixture.userId();
        String group = "Groups/" + fixture.groupId();
        for (String escape : List.of("\\u0000", "\\udc00")) {
            String what = ESCAPES.get(escape);
            cases.add(HostileCase.of(what + " in a replaced displayName", fixture.request("PUT", user)
                    .json("{" + BodyTarget.schemas(USER_SCHEMA) + ",\"userName\":\"hostile-fixture\",\"displayName\":\"R"
                            + escape + "\"}").build(), error(400, "invalidValue")));
            cases.add(HostileCase.of(what + " in a replaced group name", fixture.request("PUT", group)
                    .json("{" + BodyTarget.schemas(GROUP_SCHEMA) + ",\"displayName\":\"R" + escape + "\"}").build(),
                    error(400, "invalidValue")));
            cases.add(HostileCase.of(what + " in a patched displayName", fixture.request("PATCH", user)
                    .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"P" + escape + "\"}"))
                    .build(), error(400, "invalidValue")));
            cases.add(HostileCase.of(what + " in a patched userName, without path", fixture.request("PATCH", user)
                    .json(PatchCases.patch("{\"op\":\"replace\",\"value\":{\"userName\":\"hostile-fixture" + escape + "\"}}"))
                    .build(), error(400, "invalidValue")));
            cases.add(HostileCase.of(what + " in a patched group name", fixture.request("PATCH", group)
                    .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"P" + escape + "\"}"))
                    .build(), error(400, "invalidValue")));
            cases.add(HostileCase.of(what + " in an added member", fixture.request("PATCH", group)
                    .json(PatchCases.patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"m" + escape + "\"}]}"))
                    .build(), error(400, "invalidValue")));
            cases.add(HostileCase.of(what + " in a PATCH path", fixture.request("PATCH", user)
                    .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"displayName" + escape + "\",\"value\":\"P\"}"))
                    .build(), error(400, "invalidValue")));
            for (String search : List.of("Users/.search", "Groups/.search", ".search")) {
                cases.add(HostileCase.of(what + " in the filter of a search", fixture.request("POST", search)
                        .json("{" + BodyTarget.schemas(SEARCH_REQUEST) + ",\"filter\":\"externalId eq \\\"x" + escape
                                + "\\\"\"}").build(), error(400, "invalidValue")));
            }
        }
        return cases;
    }

    private static Map<String, String> escapes() {
        Map<String, String> escapes = new LinkedHashMap<>();
        escapes.put("\\u0000", "an escaped NUL");
        escapes.put("\\ud800", "an escaped lone high surrogate");
        escapes.put("\\udc00", "an escaped lone low surrogate");
        escapes.put("\\udc00\\ud800", "an escaped surrogate pair in the wrong order");
        return escapes;
    }
}
