package org.kcscim.it.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.it.support.HttpResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.kcscim.it.hostile.Expectation.accepted;
import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.ENTERPRISE;
import static org.kcscim.it.hostile.HostileFixture.GROUP_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.SEARCH_REQUEST;
import static org.kcscim.it.hostile.HostileFixture.USER_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.freshName;

/**
 * What we accept although the RFCs would let us refuse it, each pinned as a case that succeeds (the README lists
 * them): a resource without {@code schemas}, a UTF-8 BOM before the document, no {@code Content-Type}, unknown
 * schema URNs beside the core one, Entra's string booleans, a manager given as a plain id. Also what the RFCs
 * require us to accept that a careless refusal would break: read-only attributes sent back (ignored), an id in a
 * PUT body that is not the URL's (ignored), characters outside the BMP.
 */
final class LeniencyCases {

    private static final byte[] BOM = BodySyntaxCases.bytes(0xEF, 0xBB, 0xBF);

    private LeniencyCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        String name = freshName("hostile-lenient");
        cases.add(create(fixture, "Users", "no schemas", "{\"userName\":\"" + freshName("hostile-lenient") + "\"}",
                check(user -> user.path("userName").asText().startsWith("hostile-lenient"), "the userName as sent")));
        cases.add(create(fixture, "Groups", "no schemas", "{\"displayName\":\"" + freshName("hostile-lenient") + "\"}",
                check(group -> group.path("displayName").asText().startsWith("hostile-lenient"), "the displayName as sent")));
        cases.add(create(fixture, "Users", "an unknown schema URN beside the core one", "{"
                + BodyTarget.schemas(USER_SCHEMA, "urn:hostile:unknown:2.0:Extra") + ",\"userName\":\"" + name + "\"}",
                check(user -> !user.path("schemas").toString().contains("urn:hostile"), "the unknown URN dropped")));
        cases.add(create(fixture, "Groups", "Entra's group schema beside the core one", "{"
                + BodyTarget.schemas(GROUP_SCHEMA, "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group")
                + ",\"displayName\":\"" + freshName("hostile-lenient") + "\"}", check(group -> true, "")));
        cases.add(create(fixture, "Users", "active as the string \"False\"", AttributeTypeCases.userWith("\"active\":\"False\""),
                check(user -> user.path("active").isBoolean() && !user.path("active").booleanValue(), "active false")));
        cases.add(create(fixture, "Users", "active as the string \"TRUE\"", AttributeTypeCases.userWith("\"active\":\"TRUE\""),
                check(user -> user.path("active").booleanValue(), "active true")));
        cases.add(create(fixture, "Users", "an email primary as the string \"True\"",
                AttributeTypeCases.userWith("\"emails\":[{\"value\":\"p@example.com\",\"primary\":\"True\"}]"),
                check(user -> user.at("/emails/0/primary").booleanValue(), "primary true")));
        cases.add(create(fixture, "Users", "the manager as a plain id", AttributeTypeCases.userWith("\"" + ENTERPRISE
                + "\":{\"manager\":\"" + fixture.memberId() + "\"}"),
                check(user -> user.path(ENTERPRISE).at("/manager/value").asText().equals(fixture.memberId()), "manager.value")));
        cases.add(create(fixture, "Users", "read-only id, meta and groups sent", AttributeTypeCases.userWith(
                "\"id\":\"chosen-by-client\",\"meta\":{\"resourceType\":\"Group\"},\"groups\":[{\"value\":\""
                        + fixture.groupId() + "\"}]"),
                check(user -> !user.path("id").asText().equals("chosen-by-client")
                        && user.at("/meta/resourceType").asText().equals("User")
                        && !user.path("groups").toString().contains(fixture.groupId()), "id, meta and groups ignored")));
        String outsideTheBmp = AttributeTypeCases.userWith("\"displayName\":\"Ada \\ud83d\\ude00\"");
        if ("mariadb".equals(System.getProperty("it.db"))) {
            // Keycloak creates MariaDB's text columns as 3-byte utf8, which cannot hold it: refused, never half-kept
            cases.add(HostileCase.of("a character outside the BMP, which MariaDB's utf8 columns cannot hold",
                    fixture.request("POST", "Users").json(outsideTheBmp).build(), error(400, "invalidValue")));
        } else {
            cases.add(create(fixture, "Users", "a character outside the BMP (an escaped surrogate pair)", outsideTheBmp,
                    check(user -> user.path("displayName").asText().equals("Ada \ud83d\ude00"), "the emoji kept")));
        }

        cases.add(HostileCase.of("a UTF-8 BOM before the document", fixture.request("POST", "Users")
                .bytes(BodySyntaxCases.concat(BOM, BodySyntaxCases.utf8(AttributeTypeCases.userWith("\"title\":\"BOM\""))))
                .build(), accepted(201)).afterwards(fixture::deleteCreated));
        cases.add(HostileCase.of("a UTF-8 BOM before the document", fixture.request("POST", "Users/.search")
                .bytes(BodySyntaxCases.concat(BOM, BodySyntaxCases.utf8("{" + BodyTarget.schemas(SEARCH_REQUEST) + "}")))
                .build(), accepted(200)));
        cases.add(HostileCase.of("no Content-Type", fixture.request("POST", "Users")
                .json(AttributeTypeCases.userWith("\"title\":\"untyped\"")).without("Content-Type").build(), accepted(201))
                .afterwards(fixture::deleteCreated));
        cases.add(HostileCase.of("no Content-Type", fixture.request("POST", ".search")
                .json("{" + BodyTarget.schemas(SEARCH_REQUEST) + ",\"count\":1}").without("Content-Type").build(), accepted(200)));

        String scratch = fixture.createScratchUser("hostile-scratch");
        String other = fixture.createScratchUser("hostile-scratch");
        String otherBefore = fixture.readUser(other).toString();
        cases.add(HostileCase.of("no schemas", fixture.request("PUT", "Users/" + scratch)
                .json("{\"userName\":\"" + freshName("hostile-scratch") + "\",\"title\":\"no schemas\"}").build(),
                accepted(200)));
        cases.add(HostileCase.of("a UTF-8 BOM before the document", fixture.request("PATCH", "Users/" + scratch)
                .bytes(BodySyntaxCases.concat(BOM, BodySyntaxCases.utf8(PatchCases.patch(
                        "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"BOM\"}")))).build(), accepted(200)));
        cases.add(HostileCase.of("no Content-Type", fixture.request("PATCH", "Users/" + scratch)
                .json(PatchCases.patch("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"untyped\"}"))
                .without("Content-Type").build(), accepted(200)));
        cases.add(HostileCase.of("another user's id in the body", fixture.request("PUT", "Users/" + scratch)
                .json("{" + BodyTarget.schemas(USER_SCHEMA) + ",\"id\":\"" + other + "\",\"userName\":\""
                        + freshName("hostile-scratch") + "\",\"title\":\"mine\"}").build(),
                accepted(200, answer -> {
                    List<String> problems = new ArrayList<>();
                    if (!scratch.equals(answer.json().path("id").asText())) {
                        problems.add("the answer is not the user of the URL");
                    }
                    if (!otherBefore.equals(fixture.readUser(other).toString())) {
                        problems.add("the user named in the body changed");
                    }
                    return problems;
                })).afterwards(answer -> {
                    fixture.deleteUser(scratch);
                    fixture.deleteUser(other);
                }).guarding(HostileFixture.Guard.USER));
        return cases;
    }

    private static HostileCase create(HostileFixture fixture, String endpoint, String what, String body,
                                      Function<HttpResult, List<String>> check) {
        return HostileCase.of(what, fixture.request("POST", endpoint).json(body).build(), accepted(201, check))
                .afterwards(fixture::deleteCreated);
    }

    private static Function<HttpResult, List<String>> check(Predicate<JsonNode> holds, String what) {
        return answer -> holds.test(answer.json()) ? List.of() : List.of("expected " + what + " in " + answer.body());
    }
}
