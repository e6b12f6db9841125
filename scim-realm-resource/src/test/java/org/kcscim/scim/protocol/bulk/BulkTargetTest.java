package org.kcscim.scim.protocol.bulk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.bulk.BulkMethod.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/** The path of a bulk operation: a resource type endpoint for POST, one resource for everything else. */
class BulkTargetTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments(POST, "/Users", new BulkTarget(USER, null)),
                arguments(POST, "/Groups", new BulkTarget(GROUP, null)),
                arguments(POST, "Users", new BulkTarget(USER, null)),
                arguments(POST, "/users", new BulkTarget(USER, null)),
                arguments(POST, "/Users/", new BulkTarget(USER, null)),
                arguments(PUT, "/Users/2819c223-7f76-453a-919d-413861904646",
                        new BulkTarget(USER, "2819c223-7f76-453a-919d-413861904646")),
                arguments(PATCH, "/Groups/abc", new BulkTarget(GROUP, "abc")),
                arguments(DELETE, "groups/abc", new BulkTarget(GROUP, "abc")),
                arguments(DELETE, " /Users/abc ", new BulkTarget(USER, "abc")));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void givenAPathThenItsTargetIsRead(BulkMethod method, String path, BulkTarget expected) {
        assertEquals(expected, BulkTarget.parse(method, path));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments(POST, "/Users/1"),
                arguments(POST, "/Schemas"),
                arguments(POST, "/"),
                arguments(POST, "/Bulk"),
                arguments(PUT, "/Users"),
                arguments(PUT, "/Users/"),
                arguments(PATCH, "/Users/1/name"),
                arguments(PATCH, "/Users/1?attributes=userName"),
                arguments(DELETE, "/Users/a b"),
                arguments(DELETE, "/Me"),
                arguments(DELETE, "/ResourceTypes/User"),
                arguments(DELETE, "https://example.com/scim/v2/Users/1"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void givenAPathWithoutABulkOperationThenItIsInvalidValue(BulkMethod method, String path) {
        ScimException error = assertThrows(ScimException.class, () -> BulkTarget.parse(method, path));
        assertEquals(400, error.status());
        assertEquals(ScimType.INVALID_VALUE, error.scimType(), error.detail());
    }
}
