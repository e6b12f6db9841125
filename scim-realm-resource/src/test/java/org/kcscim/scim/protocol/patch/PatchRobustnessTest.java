package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.patch.PatchFixtures.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/**
 * Every path, with every op and every shape of value a client could send, either applies or fails with a 400
 * {@link ScimException}, never another exception (DESIGN §4: nothing a client sends ends in a 500), and never
 * touches the input.
 */
class PatchRobustnessTest {

    private static final List<String> VALUES = List.of("null", "true", "\"False\"", "0", "1.5", "\"x\"",
            "\"2024-05-13T04:42:34Z\"", "[]", "[null]", "[1]", "[{}]", "[[{}]]", "{}", "{\"value\": \"a\"}",
            "{\"value\": {\"a\": 1}}", "{\"x\": 1}", "[{\"value\": \"a\", \"primary\": \"yes\"}]",
            "[{\"value\": \"a\", \"type\": \"Group\"}]", "{\"name\": {\"givenName\": 1}}",
            "{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\": [1]}");

    static Stream<Arguments> paths() {
        Stream<Arguments> user = Stream.of(null, "id", "meta", "meta.created", "userName", "active", "password",
                        "name", "name.givenName", "emails", "emails.value", "emails[type eq \"work\"]",
                        "emails[type eq \"work\"].value", "emails[primary eq true].primary",
                        "addresses[not (type eq \"home\")].postalCode", "groups", "groups[value pr]",
                        ENTERPRISE, ENTERPRISE + ":manager", ENTERPRISE + ":manager.displayName")
                .map(path -> arguments(USER, BJENSEN_ENTERPRISE, path));
        Stream<Arguments> group = Stream.of(null, "displayName", "members", "members.value",
                        "members[value eq \"a\"]", "members[value eq \"a\"].display", "members[display pr]")
                .map(path -> arguments(GROUP, TOUR_GUIDES, path));
        return Stream.concat(user, group);
    }

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @MethodSource("paths")
    void givenAnyOpAndValueOnThisPathThenTheResultIsAResourceOrA400(ResourceTypeDefinition type, String base,
                                                                     String path) {
        for (String op : List.of("add", "Replace", "remove")) {
            for (String value : VALUES) {
                ObjectNode operation = JsonNodeFactory.instance.objectNode().put("op", op);
                if (path != null) {
                    operation.put("path", path);
                }
                operation.set("value", json(value));
                JsonNode body = body(operation.toString());
                ObjectNode input = object(base);
                try {
                    assertNotNull(PatchEngine.apply(input, PatchRequest.parse(body, type), type).resource());
                } catch (ScimException refused) {
                    assertEquals(400, refused.status(), body::toString);
                    assertNotNull(refused.scimType(), body::toString);
                }
                assertEquals(object(base), input, body::toString);
            }
        }
    }
}
