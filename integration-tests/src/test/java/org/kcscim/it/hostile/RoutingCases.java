package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.kcscim.it.hostile.Expectation.error;

/**
 * Paths and methods: every method a known path does not serve (405 with {@code Allow}), unknown paths and
 * sub-paths under the SCIM root with every method (404), ids that name nothing, a resource of the other type,
 * or another configuration's resource (404), and /Me (501, RFC 7644 §3.11).
 */
final class RoutingCases {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private RoutingCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        String user = "Users/" + fixture.userId();
        String group = "Groups/" + fixture.groupId();
        Map<String, List<String>> served = new LinkedHashMap<>();
        served.put("Users", List.of("GET", "POST"));
        served.put(user, List.of("GET", "PUT", "PATCH", "DELETE"));
        served.put("Groups", List.of("GET", "POST"));
        served.put(group, List.of("GET", "PUT", "PATCH", "DELETE"));
        served.put("Users/.search", List.of("POST"));
        served.put("Groups/.search", List.of("POST"));
        served.put(".search", List.of("POST"));
        served.put("Bulk", List.of("POST"));
        served.put("ServiceProviderConfig", List.of("GET"));
        served.put("ResourceTypes", List.of("GET"));
        served.put("ResourceTypes/User", List.of("GET"));
        served.put("Schemas", List.of("GET"));
        served.put("Schemas/" + HostileFixture.USER_SCHEMA, List.of("GET"));

        List<HostileCase> cases = new ArrayList<>();
        served.forEach((path, methods) -> METHODS.stream().filter(method -> !methods.contains(method)).forEach(method ->
                cases.add(HostileCase.of("a method the path does not serve", withBody(fixture, method, path), error(405)))));
        for (String method : METHODS) {
            cases.add(HostileCase.of("/Me, which an API key has no subject for", withBody(fixture, method, "Me"), error(501)));
        }

        List<String> unknownPaths = List.of("", user + "/anything", user + "/x/y", user + "/groups", group + "/members",
                group + "/x/y", "Users/.search/x", "Groups/.search/x", ".search/x", "Bulk/x", "ServiceProviderConfig/x",
                "ResourceTypes/User/x", "Schemas/" + HostileFixture.USER_SCHEMA + "/x", "Me/x", "Nothing", "nothing/here",
                "v2/Users", "scim/v2/Users", "Users/" + fixture.userId() + "/..%2F..%2Fadmin");
        for (String path : unknownPaths) {
            cases.add(HostileCase.of("an unknown path", fixture.request("GET", path).build(), error(404)));
        }
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            cases.add(HostileCase.of("an unknown sub-path of the user", withBody(fixture, method, user + "/x"), error(404)));
            cases.add(HostileCase.of("an unknown sub-path of the group", withBody(fixture, method, group + "/members"), error(404)));
        }
        cases.add(HostileCase.of("an unknown path, with a body", withBody(fixture, "POST", "Nothing"), error(404)));

        String nobody = UUID.randomUUID().toString();
        List<String> missingIds = List.of("Users/" + nobody, "Groups/" + nobody, "Users/%00", "Groups/%00",
                "Users/%ED%A0%80", "Users/" + "x".repeat(2000), "Users/'%20OR%20'1'='1", "Groups/%25%25",
                "ResourceTypes/Nope", "ResourceTypes/%00", "Schemas/urn:hostile:nope", "Schemas/%00",
                "Users/" + fixture.groupId(), "Groups/" + fixture.userId(),
                "Users/" + fixture.foreignUserId(), "Groups/" + fixture.foreignGroupId());
        for (String path : missingIds) {
            cases.add(HostileCase.of("an id that names nothing this key may see", fixture.request("GET", path).build(), error(404)));
        }
        for (String path : List.of("Users/" + nobody, "Groups/" + nobody, "Users/" + fixture.groupId(),
                "Groups/" + fixture.userId(), "Users/" + fixture.foreignUserId(), "Groups/" + fixture.foreignGroupId(),
                "Users/%00")) {
            for (String method : List.of("PUT", "PATCH", "DELETE")) {
                cases.add(HostileCase.of("a write to an id that names nothing this key may see",
                        withBody(fixture, method, path), error(404)));
            }
        }

        // The path is judged before the media type and the body
        cases.add(HostileCase.of("POST to a user, with a text/plain body that is not JSON", fixture.request("POST", user)
                .json("<user/>").contentType("text/plain").build(), error(405)));
        cases.add(HostileCase.of("PUT to the collection, with a body that is not JSON", fixture.request("PUT", "Users")
                .json("{{{").build(), error(405)));
        cases.add(HostileCase.of("an unknown path, with an XML body", fixture.request("POST", "Nothing/here")
                .json("<x/>").contentType("application/xml").build(), error(404)));
        return cases;
    }

    /** A request whose body, when the method carries one, would be valid for the resource type of the path. */
    private static HostileRequest withBody(HostileFixture fixture, String method, String path) {
        HostileRequest.Builder request = fixture.request(method, path);
        if (method.equals("GET") || method.equals("DELETE")) {
            return request.build();
        }
        String body;
        if (method.equals("PATCH")) {
            body = PatchCases.patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Routed\"}");
        } else if (path.startsWith("Users") && !path.contains(".search")) {
            body = "{\"schemas\":[\"" + HostileFixture.USER_SCHEMA + "\"],\"userName\":\""
                    + HostileFixture.freshName("hostile-routed") + "\"}";
        } else if (path.startsWith("Groups") && !path.contains(".search")) {
            body = "{\"schemas\":[\"" + HostileFixture.GROUP_SCHEMA + "\"],\"displayName\":\""
                    + HostileFixture.freshName("hostile-routed") + "\"}";
        } else {
            body = "{\"schemas\":[\"" + HostileFixture.SEARCH_REQUEST + "\"]}";
        }
        return request.json(body).build();
    }
}
