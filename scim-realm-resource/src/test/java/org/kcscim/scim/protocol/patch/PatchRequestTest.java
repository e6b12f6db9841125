package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.PatchPath;
import org.kcscim.scim.protocol.path.AttributePath;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.error.ScimType.*;
import static org.kcscim.scim.protocol.patch.PatchFixtures.body;
import static org.kcscim.scim.protocol.patch.PatchFixtures.json;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/** Reading PATCH bodies (RFC 7644 §3.5.2): each accepted operation with the typed operation it becomes, then refusals. */
class PatchRequestTest {

    private static final PatchPath ACTIVE = PatchPath.attribute(AttributePath.of("active"));

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("""
                        {"op": "add", "path": "active", "value": true}""",
                        PatchOperation.add(ACTIVE, BooleanNode.TRUE)),
                arguments("""
                        {"op": "Add", "path": "active", "value": true}""",
                        PatchOperation.add(ACTIVE, BooleanNode.TRUE)),
                arguments("""
                        {"op": "Replace", "path": "active", "value": "False"}""",
                        PatchOperation.replace(ACTIVE, TextNode.valueOf("False"))),
                arguments("""
                        {"op": "REMOVE", "path": "active"}""",
                        PatchOperation.remove(ACTIVE)),
                arguments("""
                        {"OP": "remove", "PATH": "active", "extra": 1}""",
                        PatchOperation.remove(ACTIVE)),
                arguments("""
                        {"op": "replace", "value": {"active": false}}""",
                        PatchOperation.replace(null, json("{\"active\": false}"))),
                arguments("""
                        {"op": "replace", "path": null, "value": {"active": false}}""",
                        PatchOperation.replace(null, json("{\"active\": false}"))),
                arguments("""
                        {"op": "replace", "path": "nickName", "value": null}""",
                        PatchOperation.replace(PatchPath.attribute(AttributePath.of("nickName")), NullNode.getInstance())),
                arguments("""
                        {"op": "Remove", "path": "members", "value": [{"value": "89bb1940"}]}""",
                        PatchOperation.of(PatchOperation.Type.REMOVE, PatchPath.attribute(AttributePath.of("members")),
                                json("[{\"value\": \"89bb1940\"}]"))),
                arguments("""
                        {"op": "replace", "path": "emails[primary eq \\"True\\"].value", "value": "x@example.com"}""",
                        PatchOperation.replace(PatchPath.valueFilter(AttributePath.of("emails"),
                                Filter.eq(AttributePath.of("primary"), BooleanNode.TRUE), "value"),
                                TextNode.valueOf("x@example.com"))),
                arguments("""
                        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}""",
                        PatchOperation.remove(PatchPath.extension(PatchFixtures.ENTERPRISE))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void givenAnOperationThenItBecomesTheTypedOperation(String operation, PatchOperation expected) {
        List<PatchOperation> operations = PatchRequest.parse(body(operation), operation.contains("members") ? GROUP : USER);
        assertEquals(List.of(expected), operations);
    }

    @Test
    void givenSeveralOperationsThenTheyKeepTheirOrderAndTheBodyMemberNamesIgnoreCase() {
        JsonNode request = json("""
                {"SCHEMAS": ["URN:IETF:PARAMS:SCIM:API:MESSAGES:2.0:PATCHOP"], "operations": [
                  {"op": "remove", "path": "active"}, {"op": "add", "path": "active", "value": true}]}""");
        assertEquals(List.of(PatchOperation.remove(ACTIVE), PatchOperation.add(ACTIVE, BooleanNode.TRUE)),
                PatchRequest.parse(request, USER));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("[]", INVALID_SYNTAX, "must be a JSON object"),
                arguments("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                         "Operations": [{"op": "remove", "path": "active"}]}""", INVALID_SYNTAX, "must list"),
                arguments("""
                        {"schemas": "urn:ietf:params:scim:api:messages:2.0:PatchOp",
                         "Operations": [{"op": "remove", "path": "active"}]}""", INVALID_SYNTAX, "must be an array"),
                arguments("{\"Operations\": [{\"op\": \"remove\", \"path\": \"active\"}]}", INVALID_SYNTAX,
                        "must list urn:ietf:params:scim:api:messages:2.0:PatchOp"),
                arguments("""
                        {"schemas": [null], "Operations": [{"op": "remove", "path": "active"}]}""", INVALID_SYNTAX,
                        "must be an array of schema URNs"),
                arguments("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "add", "path": "nickName", "value": "B\\u0000abs"}]}""", INVALID_VALUE,
                        "a NUL character (U+0000) in the value at '/Operations/0/value'"),
                arguments("{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]}", INVALID_SYNTAX,
                        "needs 'Operations', a non-empty array"),
                arguments(body("").toString(), INVALID_SYNTAX, "needs 'Operations', a non-empty array"),
                arguments("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": {"op": "add"}}""",
                        INVALID_SYNTAX, "needs 'Operations', a non-empty array"),
                arguments(body("\"remove\"").toString(), INVALID_SYNTAX, "Operations[0]: an operation must be a JSON object"),
                arguments(body("{\"path\": \"active\"}").toString(), INVALID_SYNTAX, "Operations[0]: an operation needs 'op'"),
                arguments(body("{\"op\": \"update\", \"path\": \"active\", \"value\": true}").toString(), INVALID_SYNTAX,
                        "Operations[0]: 'op' must be add, replace or remove, not \"update\""),
                arguments(body("{\"op\": \"add\", \"path\": \"active\"}").toString(), INVALID_SYNTAX,
                        "Operations[0]: The add operation needs a value"),
                arguments(body("{\"op\": \"remove\", \"path\": \"active\"}, {\"op\": \"Replace\"}").toString(), INVALID_SYNTAX,
                        "Operations[1]: The replace operation needs a value"),
                arguments(body("{\"op\": \"remove\"}").toString(), NO_TARGET, "Operations[0]: A remove operation needs a path"),
                arguments(body("{\"op\": \"remove\", \"value\": {\"active\": true}}").toString(), NO_TARGET,
                        "A remove operation needs a path"),
                arguments(body("{\"op\": \"add\", \"value\": \"active\"}").toString(), INVALID_VALUE,
                        "Without a path, the value of the add operation must be an object of attributes"),
                arguments(body("{\"op\": \"add\", \"path\": 7, \"value\": true}").toString(), INVALID_PATH,
                        "'path' must be a string"),
                arguments(body("{\"op\": \"add\", \"path\": \"emails[type eq\", \"value\": true}").toString(), INVALID_PATH,
                        "Invalid PATCH path"),
                arguments(body("{\"op\": \"add\", \"path\": \"nickname2\", \"value\": true}").toString(), INVALID_PATH,
                        "unknown attribute 'nickname2'"),
                arguments(body("{\"op\": \"remove\", \"path\": \"members\"}").toString(), INVALID_PATH,
                        "unknown attribute 'members' for the resource type User"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("refused")
    void givenAMalformedBodyThenItIsRefusedWithTheScimType(String body, ScimType scimType, String detailPart) {
        ScimException error = assertThrows(ScimException.class, () -> PatchRequest.parse(json(body), USER));
        assertEquals(400, error.status());
        assertEquals(scimType, error.scimType(), error.detail());
        assertTrue(error.detail().contains(detailPart), error.detail());
    }

    @Test
    void givenSchemasListingPatchOpAmongOthersInAnyCaseThenTheOperationsAreRead() {
        assertEquals(List.of(PatchOperation.remove(ACTIVE)), PatchRequest.parse(json("""
                {"schemas": ["urn:example:mine", "URN:IETF:PARAMS:SCIM:API:MESSAGES:2.0:PATCHOP"],
                 "Operations": [{"op": "remove", "path": "active"}]}"""), USER));
    }

    @Test
    void givenMoreOperationsThanTheLimitThenTheBodyIsRefused() {
        ObjectNode request = (ObjectNode) body("");
        ArrayNode operations = request.putArray("Operations");
        for (int i = 0; i <= PatchRequest.MAX_OPERATIONS; i++) {
            operations.addObject().put("op", "remove").put("path", "nickName");
        }
        ScimException error = assertThrows(ScimException.class, () -> PatchRequest.parse(request, USER));
        assertEquals(INVALID_VALUE, error.scimType());
        assertTrue(error.detail().contains("at most 1000 operations"), error.detail());

        operations.remove(0);
        assertEquals(PatchRequest.MAX_OPERATIONS, PatchRequest.parse(request, USER).size());
    }

    @Test
    void givenNoBodyThenItIsInvalidSyntax() {
        assertEquals(INVALID_SYNTAX, assertThrows(ScimException.class, () -> PatchRequest.parse(null, USER)).scimType());
        assertEquals(INVALID_SYNTAX, assertThrows(ScimException.class,
                () -> PatchRequest.parse(JsonNodeFactory.instance.missingNode(), USER)).scimType());
    }
}
