package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.error.ScimType.*;
import static org.kcscim.scim.protocol.patch.PatchFixtures.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/**
 * PATCH operations that parse but cannot be applied (RFC 7644 §3.5.2, §3.12): each is a 400 with its scimType and
 * a detail naming the problem, and the resource passed in is left exactly as it was.
 */
class PatchErrorTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                // Required attributes, after the operations as after a POST or PUT ("" once reached the store)
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "replace", "path": "displayName", "value": ""}""", INVALID_VALUE,
                        "'displayName' is required"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "Replace", "value": {"displayName": "  "}}""", INVALID_VALUE, "'displayName' is required"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "remove", "path": "displayName"}""", INVALID_VALUE, "'displayName' is required"),
                arguments(USER, BJENSEN, """
                        {"op": "replace", "path": "userName", "value": null}""", INVALID_VALUE, "'userName' is required"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "value": {"userName": ""}}""", INVALID_VALUE, "'userName' is required"),
                // A multi-valued attribute takes an array where a body would: "emails": "x" is no email
                arguments(USER, BJENSEN, """
                        {"op": "add", "value": {"emails": "x@example.com"}}""", INVALID_VALUE, "expected an array"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "emails", "value": "x@example.com"}""", INVALID_VALUE,
                        "expected an array"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "emails", "value": ["x@example.com"]}""", INVALID_VALUE,
                        "must be an object"),
                arguments(USER, BJENSEN, """
                        {"op": "replace", "path": "emails[type eq \\"work\\"]", "value": "x@example.com"}""",
                        INVALID_VALUE, "expected an object"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "replace", "value": {"members": {"value": "89bb1940"}}}""", INVALID_VALUE,
                        "expected an array of members"),
                // Mutability (RFC 7643 §7)
                arguments(USER, BJENSEN, """
                        {"op": "replace", "path": "id", "value": "another-id"}""", MUTABILITY, "'id' is readOnly"),
                arguments(USER, BJENSEN, """
                        {"op": "replace", "value": {"id": "another-id", "displayName": "Babs"}}""",
                        MUTABILITY, "'id' is readOnly"),
                arguments(USER, BJENSEN, """
                        {"op": "remove", "path": "id"}""", MUTABILITY, "'id' is readOnly"),
                arguments(USER, BJENSEN, """
                        {"op": "replace", "path": "meta.lastModified", "value": "2020-01-01T00:00:00Z"}""",
                        MUTABILITY, "'meta.lastModified' is readOnly"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "groups", "value": [{"value": "e9e30dba"}]}""",
                        MUTABILITY, "'groups' is readOnly"),
                arguments(USER, BJENSEN_ENTERPRISE, """
                        {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName",
                         "value": "Jane"}""", MUTABILITY, "manager.displayName' is readOnly"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "replace", "path": "members[value eq \\"89bb1940\\"].display", "value": "x"}""",
                        MUTABILITY, "a member is added or removed as a whole"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "replace", "path": "members[value eq \\"89bb1940\\"]", "value": {"value": "x"}}""",
                        MUTABILITY, "A member cannot be changed"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "remove", "path": "meta"}""", MUTABILITY, "'meta' is readOnly"),
                // noTarget (RFC 7644 §3.5.2.3)
                arguments(USER, BJENSEN, """
                        {"op": "replace", "path": "emails[type eq \\"other\\"].value", "value": "x@example.com"}""",
                        NO_TARGET, "No value of 'emails' matches 'emails[type eq \"other\"].value'"),
                arguments(USER, MINIMAL, """
                        {"op": "replace", "path": "emails[type eq \\"work\\"]", "value": {"value": "x@example.com"}}""",
                        NO_TARGET, "No value of 'emails' matches"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "emails[value co \\"@other\\"].display", "value": "Other"}""",
                        NO_TARGET, "No value of 'emails' matches"),
                // invalidValue (RFC 7643 §2.3)
                arguments(USER, BJENSEN, """
                        {"op": "replace", "path": "active", "value": "yes"}""",
                        INVALID_VALUE, "Invalid value for 'active': expected a boolean (true or false), found \"yes\""),
                arguments(USER, BJENSEN, """
                        {"op": "replace", "path": "userName", "value": 42}""",
                        INVALID_VALUE, "Invalid value for 'userName': expected a string, found 42"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "name", "value": ["Barbara", "Jensen"]}""",
                        INVALID_VALUE, "Invalid value for 'name': expected an object"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "emails", "value": [{"value": "b@example.org", "primary": "yes"}]}""",
                        INVALID_VALUE, "Invalid value for 'emails.primary'"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "emails", "value": [["b@example.org"]]}""",
                        INVALID_VALUE, "each element of this multi-valued attribute must be an object"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "value": {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": "Sales"}}""",
                        INVALID_VALUE, "must be an object of its attributes"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "add", "path": "members", "value": [{"value": "9a1c", "type": "Group"}]}""",
                        INVALID_VALUE, "nested groups are not supported"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "add", "path": "members", "value": ["89bb1940"]}""",
                        INVALID_VALUE, "a member must be an object"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "Remove", "path": "members", "value": [{"display": "Alice"}]}""",
                        INVALID_VALUE, "a member needs 'value'"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "add", "path": "members", "value": [{"value": 17}]}""",
                        INVALID_VALUE, "Invalid value for 'members.value'"),
                // invalidPath: unknown attributes inside values
                arguments(USER, BJENSEN, """
                        {"op": "replace", "value": {"nickname2": "Babs"}}""", INVALID_PATH, "unknown attribute 'nickname2'"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "path": "emails", "value": [{"value": "b@example.org", "kind": "work"}]}""",
                        INVALID_PATH, "Unknown attribute 'emails.kind' in the value"),
                arguments(USER, BJENSEN, """
                        {"op": "add", "value": {"name": {"first": "Babs"}}}""",
                        INVALID_PATH, "Unknown attribute 'name.first' in the value"),
                // invalidFilter: members take only a lookup by id
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "remove", "path": "members[display eq \\"Alice\\"]"}""",
                        INVALID_FILTER, "only members[value eq \"...\"] is supported"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "remove", "path": "members[type eq \\"User\\"]"}""",
                        INVALID_FILTER, "only members[value eq \"...\"] is supported"),
                arguments(GROUP, TOUR_GUIDES, """
                        {"op": "remove", "path": "members[value sw \\"89\\"]"}""",
                        INVALID_FILTER, "Unsupported filter on members: 'value sw \"89\"'"));
    }

    @ParameterizedTest(name = "[{index}] {3}: {2}")
    @MethodSource("refused")
    void givenAnOperationThatCannotApplyThenThePatchFailsAndChangesNothing(ResourceTypeDefinition type, String base,
                                                                           String operations, ScimType scimType,
                                                                           String detailPart) {
        ObjectNode input = object(base);
        List<PatchOperation> parsed = PatchRequest.parse(body(operations), type);
        ScimException error = assertThrows(ScimException.class, () -> PatchEngine.apply(input, parsed, type));
        assertEquals(400, error.status());
        assertEquals(scimType, error.scimType(), error.detail());
        assertTrue(error.detail().startsWith("Operations[0] ("), error.detail());
        assertTrue(error.detail().contains(detailPart), error.detail());
        assertEquals(object(base), input);
    }

    @Test
    void givenAFailureAfterValidOperationsThenNoneOfThemIsAppliedAndTheFailingOneIsNamed() {
        ObjectNode input = object(BJENSEN);
        List<PatchOperation> operations = PatchRequest.parse(body("""
                {"op": "replace", "path": "active", "value": false},
                {"op": "add", "path": "emails", "value": [{"value": "b@example.org", "primary": true}]},
                {"op": "replace", "path": "emails[type eq \\"pager\\"].value", "value": "555"}"""), USER);
        ScimException error = assertThrows(ScimException.class, () -> PatchEngine.apply(input, operations, USER));
        assertEquals(NO_TARGET, error.scimType());
        assertTrue(error.detail().startsWith("Operations[2] (replace emails[type eq \"pager\"].value): "),
                error.detail());
        assertEquals(object(BJENSEN), input);
    }

    @Test
    void givenAGroupPatchThatFailsAfterMemberChangesThenNoChangesAreReturned() {
        ObjectNode input = object(TOUR_GUIDES);
        List<PatchOperation> operations = PatchRequest.parse(body("""
                {"op": "add", "path": "members", "value": [{"value": "89bb1940"}]},
                {"op": "replace", "path": "id", "value": "other"}"""), GROUP);
        assertThrows(ScimException.class, () -> PatchEngine.apply(input, operations, GROUP));
        assertEquals(object(TOUR_GUIDES), input);
    }
}
