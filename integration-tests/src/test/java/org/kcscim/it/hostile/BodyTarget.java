package org.kcscim.it.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.kcscim.it.hostile.HostileFixture.BULK_REQUEST;
import static org.kcscim.it.hostile.HostileFixture.GROUP_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.PATCH_OP;
import static org.kcscim.it.hostile.HostileFixture.SEARCH_REQUEST;
import static org.kcscim.it.hostile.HostileFixture.USER_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.freshName;

/**
 * An endpoint that reads a body, with a body it would accept: the JSON members of an object, one of which holds
 * {@value #SPOT} inside a string, where a case puts the bytes it is about. Every body that is valid would change
 * the fixture or create something, so a request wrongly accepted shows in the guarded state.
 *
 * @param maxBytes the body size the endpoint refuses beyond
 */
record BodyTarget(String method, String target, List<String> members, int maxBytes) {

    /** Where injected bytes go; removed from the valid body. */
    static final String SPOT = "@@";
    /** Replaced by a new name each time a body is written, so that no case fails for a name an earlier one took. */
    static final String FRESH = "{fresh}";

    BodyTarget {
        members = List.copyOf(members);
    }

    /** Every endpoint that reads a body, each with a body it would accept. */
    static List<BodyTarget> all(HostileFixture fixture) {
        int limit = 1024 * 1024;
        String user = "Users/" + fixture.userId();
        String group = "Groups/" + fixture.groupId();
        return List.of(
                new BodyTarget("POST", "Users", List.of(schemas(USER_SCHEMA),
                        "\"userName\":\"" + FRESH + SPOT + "\""), limit),
                new BodyTarget("PUT", user, List.of(schemas(USER_SCHEMA), "\"userName\":\"hostile-fixture\"",
                        "\"displayName\":\"Replaced" + SPOT + "\""), limit),
                new BodyTarget("PATCH", user, List.of(schemas(PATCH_OP), "\"Operations\":[{\"op\":\"replace\","
                        + "\"path\":\"displayName\",\"value\":\"Patched" + SPOT + "\"}]"), limit),
                new BodyTarget("POST", "Groups", List.of(schemas(GROUP_SCHEMA),
                        "\"displayName\":\"" + FRESH + SPOT + "\""), limit),
                new BodyTarget("PUT", group, List.of(schemas(GROUP_SCHEMA), "\"displayName\":\"Replaced" + SPOT + "\""), limit),
                new BodyTarget("PATCH", group, List.of(schemas(PATCH_OP), "\"Operations\":[{\"op\":\"replace\","
                        + "\"path\":\"displayName\",\"value\":\"Patched" + SPOT + "\"}]"), limit),
                new BodyTarget("POST", "Users/.search", List.of(schemas(SEARCH_REQUEST),
                        "\"filter\":\"userName eq \\\"x" + SPOT + "\\\"\""), limit),
                new BodyTarget("POST", "Groups/.search", List.of(schemas(SEARCH_REQUEST),
                        "\"filter\":\"displayName eq \\\"x" + SPOT + "\\\"\""), limit),
                new BodyTarget("POST", ".search", List.of(schemas(SEARCH_REQUEST),
                        "\"filter\":\"externalId eq \\\"x" + SPOT + "\\\"\""), limit),
                new BodyTarget("POST", "Bulk", List.of(schemas(BULK_REQUEST), "\"Operations\":[{\"method\":\"POST\","
                        + "\"path\":\"/Users\",\"bulkId\":\"u1\",\"data\":{" + schemas(USER_SCHEMA) + ",\"userName\":\""
                        + FRESH + SPOT + "\"}}]"), fixture.bulkMaxPayloadSize()));
    }

    static String schemas(String... urns) {
        return "\"schemas\":[\"" + String.join("\",\"", urns) + "\"]";
    }

    String valid() {
        return written(members).replace(SPOT, "");
    }

    /** The valid body with {@code bytes} where {@link #SPOT} is. */
    byte[] with(byte[] bytes) {
        String body = written(members);
        int at = body.indexOf(SPOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(body.substring(at + SPOT.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The valid body with one more member. */
    String plus(String member) {
        List<String> all = new ArrayList<>(members);
        all.add(member);
        return written(all).replace(SPOT, "");
    }

    /** The valid body with its second member written twice. */
    String duplicated() {
        List<String> all = new ArrayList<>(members);
        all.add(members.get(1));
        return written(all).replace(SPOT, "");
    }

    private static String written(List<String> members) {
        return ("{" + String.join(",", members) + "}").replace(FRESH, freshName("hostile-body"));
    }

    HostileRequest.Builder request(HostileFixture fixture) {
        return fixture.request(method, target);
    }
}
