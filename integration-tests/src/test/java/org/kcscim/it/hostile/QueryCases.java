package org.kcscim.it.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.SEARCH_REQUEST;

/**
 * Queries: filters with every kind of syntax error, unknown attributes, operators a type does not have, and
 * filters too long or too deeply nested, by GET and by POST .search (400 {@code invalidFilter}); bad
 * {@code startIndex}, {@code count}, {@code sortBy}, {@code sortOrder}, {@code attributes} and
 * {@code excludedAttributes} (400 {@code invalidValue}).
 */
final class QueryCases {

    private static final String FILTER = "invalidFilter";
    private static final String VALUE = "invalidValue";

    private QueryCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        List<String> userFilters = List.of("userName", "userName eq", "eq \"x\"", "userName xx \"x\"",
                "userName eq \"x", "userName eq x", "(userName eq \"x\"", "userName eq \"x\")", "userName eq \"x\" and",
                "and userName eq \"x\"", "userName eq \"x\" or or userName eq \"y\"", "not userName eq \"x\"",
                "emails[type eq \"work\"", "emails[]", "emails[type eq \"work\"]]", "emails[emails[type eq \"a\"]]",
                "userName pr \"x\"", "userName eq \"x\" userName eq \"y\"", "nope eq \"x\"", "name.nope eq \"x\"",
                "urn:hostile:nope:attr eq \"x\"", "userName eq 'x'", "userName eq \"\\x\"", "active gt true",
                "x509Certificates.value gt \"x\"", "meta.created gt \"not a date\"", "()", "userName eq \"x\" and (",
                "userName eq \"x\" garbage", "emails[type eq \"work\"].value.x eq \"y\"", "members[value eq \"x\"]",
                "userName eq \"x\"]", "\"userName\" eq \"x\"", "userName eq 1.2.3", "userName eq tru", ".userName eq \"x\"",
                "userName. eq \"x\"");
        for (String filter : userFilters) {
            cases.add(get(fixture, "Users", "filter", filter, FILTER));
            cases.add(search(fixture, "Users/.search", "filter", json(filter), FILTER));
        }
        for (String filter : List.of("displayName", "members[value eq]", "nope eq \"x\"", "members.nope eq \"x\"",
                "userName eq \"x\"", "members[value eq \"x\"")) {
            cases.add(get(fixture, "Groups", "filter", filter, FILTER));
            cases.add(search(fixture, "Groups/.search", "filter", json(filter), FILTER));
        }
        for (String filter : List.of("externalId eq", "nope eq \"x\"", "meta.resourceType xx \"User\"", "(")) {
            cases.add(search(fixture, ".search", "filter", json(filter), FILTER));
        }

        String term = "userName eq \"x\"";
        cases.add(get(fixture, "Users", "filter", parenthesised(term, 40), FILTER));
        cases.add(get(fixture, "Users", "filter", parenthesised(term, 1000), FILTER));
        cases.add(get(fixture, "Users", "filter", "not (".repeat(40) + term + ")".repeat(40), FILTER));
        cases.add(get(fixture, "Users", "filter", "emails[" + "(".repeat(40) + "type eq \"work\"" + ")".repeat(40) + "]", FILTER));
        cases.add(get(fixture, "Users", "filter", "userName eq \"" + "a".repeat(5000) + "\"", FILTER));
        cases.add(get(fixture, "Groups", "filter", "displayName eq \"" + "a".repeat(5000) + "\"", FILTER));
        cases.add(search(fixture, "Users/.search", "filter", json(parenthesised(term, 40)), FILTER));
        cases.add(search(fixture, "Users/.search", "filter", json(parenthesised(term, 100_000)), FILTER));
        cases.add(search(fixture, "Users/.search", "filter", json("not (".repeat(5000) + term + ")".repeat(5000)), FILTER));
        cases.add(search(fixture, "Groups/.search", "filter", json(parenthesised("displayName eq \"x\"", 1000)), FILTER));
        cases.add(search(fixture, ".search", "filter", json(parenthesised("externalId eq \"x\"", 1000)), FILTER));
        cases.add(search(fixture, "Users/.search", "filter", json("userName eq \"" + "a".repeat(5000) + "\""), FILTER));
        cases.add(search(fixture, "Users/.search", "filter", json("userName eq \"" + "a".repeat(500_000) + "\""), FILTER));
        cases.add(search(fixture, "Users/.search", "filter", json(String.join(" or ",
                Collections.nCopies(300, term))), FILTER));
        cases.add(search(fixture, ".search", "filter", json("externalId eq \"" + "a".repeat(5000) + "\""), FILTER));

        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("startIndex", List.of("abc", "1.5", "99999999999999999999", "1e3", "0x10", "--1"));
        parameters.put("count", List.of("abc", "2.5", "99999999999999999999", "ten", "1 2"));
        parameters.put("sortOrder", List.of("up", "asc", "ascending;drop"));
        parameters.put("sortBy", List.of("nope", "name", "emails[type eq \"work\"]", "userName eq \"x\"", "members", ".userName"));
        parameters.put("attributes", List.of("emails[", "name..givenName", "nope", "userName eq \"x\""));
        parameters.put("excludedAttributes", List.of("emails[", "nope"));
        parameters.forEach((name, values) -> values.forEach(value -> cases.add(get(fixture, "Users", name, value, VALUE))));
        for (String name : List.of("startIndex", "count", "sortBy", "sortOrder")) {
            cases.add(get(fixture, "Groups", name, parameters.get(name).get(0), VALUE));
        }
        String user = "Users/" + fixture.userId();
        cases.add(get(fixture, "Users", "attributes", "userName," + "a".repeat(5000), VALUE));
        cases.add(get(fixture, "Users", "excludedAttributes", "userName," + "a".repeat(5000), VALUE));
        cases.add(get(fixture, user, "attributes", "emails[", VALUE));
        cases.add(get(fixture, user, "excludedAttributes", "nope", VALUE));
        cases.add(get(fixture, "Groups/" + fixture.groupId(), "attributes", "userName..x", VALUE));

        Map<String, String> members = new LinkedHashMap<>();
        members.put("startIndex", "\"1\"");
        members.put("count", "\"10\"");
        members.put("sortOrder", "42");
        members.put("sortBy", "42");
        members.put("filter", "42");
        members.put("attributes", "42");
        members.put("excludedAttributes", "{}");
        members.forEach((name, value) -> cases.add(search(fixture, "Users/.search", name, value, VALUE)));
        List<String[]> more = List.of(new String[]{"startIndex", "1.5"}, new String[]{"startIndex", "1e400"},
                new String[]{"count", "true"}, new String[]{"count", "99999999999999999999"},
                new String[]{"sortOrder", "\"up\""}, new String[]{"sortBy", "\"nope\""}, new String[]{"filter", "{}"},
                new String[]{"attributes", "[42]"}, new String[]{"attributes", json("a".repeat(5000))},
                new String[]{"excludedAttributes", json("a".repeat(5000))});
        for (String[] member : more) {
            cases.add(search(fixture, "Users/.search", member[0], member[1], VALUE));
        }
        cases.add(search(fixture, ".search", "sortBy", "\"nope\"", VALUE));
        cases.add(search(fixture, ".search", "count", "\"x\"", VALUE));
        cases.add(search(fixture, "Groups/.search", "startIndex", "\"x\"", VALUE));
        return cases;
    }

    /** A JSON string literal of {@code text}. */
    static String json(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                default -> literal.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }

    /** A query value percent-encoded, parentheses kept as they are so that deep nesting still fits in a URL. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%28", "(").replace("%29", ")");
    }

    private static String parenthesised(String term, int depth) {
        return "(".repeat(depth) + term + ")".repeat(depth);
    }

    private static HostileCase get(HostileFixture fixture, String endpoint, String parameter, String value, String scimType) {
        String shown = value.length() > 50 ? value.length() + " characters" : "'" + value + "'";
        return HostileCase.of(parameter + " " + shown,
                fixture.request("GET", endpoint + "?" + parameter + "=" + encode(value)).build(), error(400, scimType));
    }

    private static HostileCase search(HostileFixture fixture, String endpoint, String member, String value, String scimType) {
        String shown = value.length() > 50 ? value.length() + " characters" : value;
        return HostileCase.of(member + " " + shown, fixture.request("POST", endpoint)
                .json("{" + BodyTarget.schemas(SEARCH_REQUEST) + ",\"" + member + "\":" + value + "}").build(),
                error(400, scimType));
    }
}
