package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.bulk.BulkFixtures.json;

/**
 * bulkId references (RFC 7644 §3.7.2) in one state of a request: {@code user} and {@code group.1} created,
 * {@code broken} failed, {@code later} declared by an operation that has not run.
 */
class BulkIdReferencesTest {

    private BulkIdReferences references;

    @BeforeEach
    void givenARequestHalfWayThrough() {
        references = new BulkIdReferences(Set.of("user", "group.1", "broken", "later"));
        references.created("user", "u-123");
        references.created("group.1", "g-456");
        references.failed("broken");
    }

    static Stream<Arguments> resolved() {
        return Stream.of(
                arguments("bulkId:user", "u-123"),
                arguments("/Users/bulkId:user", "/Users/u-123"),
                arguments("/Groups/bulkId:group.1", "/Groups/g-456"),
                arguments("members[value eq \"bulkId:user\"]", "members[value eq \"u-123\"]"),
                arguments("bulkId:user,bulkId:group.1", "u-123,g-456"),
                arguments("bulkId:user bulkId:user", "u-123 u-123"),
                arguments("no reference", "no reference"),
                arguments("", ""),
                // Nothing after the prefix names nothing; another case is no prefix
                arguments("bulkId:", "bulkId:"),
                arguments("bulkId: user", "bulkId: user"),
                arguments("bulkid:user", "bulkid:user"),
                arguments("BULKID:user", "BULKID:user"),
                arguments("xbulkId:user", "xu-123"));
    }

    @ParameterizedTest
    @MethodSource("resolved")
    void givenTextThenEveryReferenceBecomesTheCreatedId(String text, String expected) {
        assertEquals(expected, references.resolve(text));
    }

    static Stream<Arguments> unresolvable() {
        return Stream.of(
                arguments("bulkId:broken", 409, null),
                arguments("/Users/bulkId:broken", 409, null),
                arguments("bulkId:later", 409, null),
                arguments("bulkId:user and bulkId:later", 409, null),
                arguments("bulkId:unknown", 400, ScimType.INVALID_VALUE),
                // The bulkId is the longest run of bulkId characters: "user.x" is not "user"
                arguments("bulkId:user.x", 400, ScimType.INVALID_VALUE),
                arguments("bulkId:bulkId:user", 400, ScimType.INVALID_VALUE),
                arguments("bulkId:User", 400, ScimType.INVALID_VALUE));
    }

    @ParameterizedTest
    @MethodSource("unresolvable")
    void givenAReferenceToNoCreatedResourceThenItFails(String text, int status, ScimType scimType) {
        ScimException error = assertThrows(ScimException.class, () -> references.resolve(text));
        assertEquals(status, error.status(), error.detail());
        assertEquals(scimType, error.scimType(), error.detail());
    }

    @Test
    void givenDataThenStringsAnywhereAreResolvedInACopyAndNamesAndOtherValuesStay() {
        JsonNode data = json("""
                {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'displayName': 'Tour Guides',
                 'members': [{'type': 'User', 'value': 'bulkId:user'}, {'value': 'fixed'}],
                 'bulkId:user': 'key', 'count': 3, 'flag': true, 'nothing': null,
                 'nested': {'deeper': ['x', 'at /Users/bulkId:user']}}""");
        String before = data.toString();
        JsonNode resolved = references.resolve(data);
        assertEquals(json("""
                {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'displayName': 'Tour Guides',
                 'members': [{'type': 'User', 'value': 'u-123'}, {'value': 'fixed'}],
                 'bulkId:user': 'key', 'count': 3, 'flag': true, 'nothing': null,
                 'nested': {'deeper': ['x', 'at /Users/u-123']}}"""), resolved);
        assertEquals(before, data.toString(), "the request is not changed");
    }

    @Test
    void givenAFailedReferenceDeepInDataThenTheWholeResolutionFails() {
        JsonNode data = json("{'members': [{'value': 'bulkId:user'}, {'value': 'bulkId:broken'}]}");
        assertEquals(409, assertThrows(ScimException.class, () -> references.resolve(data)).status());
    }

    @Test
    void givenAnOperationThatRanThenLaterReferencesSeeIt() {
        assertThrows(ScimException.class, () -> references.resolve("bulkId:later"));
        references.created("later", "u-789");
        assertEquals("u-789", references.resolve("bulkId:later"));
    }

    static Stream<Arguments> bulkIds() {
        return Stream.of(
                arguments("qwerty", true),
                arguments("2819c223-7f76-453a-919d-413861904646", true),
                arguments("a.b_c~d-e", true),
                arguments("", false),
                arguments("a b", false),
                arguments("a:b", false),
                arguments("a/b", false),
                arguments("\"a\"", false),
                arguments("ü", false));
    }

    @ParameterizedTest
    @MethodSource("bulkIds")
    void givenABulkIdThenOnlyUnreservedCharactersAreValid(String bulkId, boolean valid) {
        assertEquals(valid, BulkIdReferences.isValidBulkId(bulkId));
    }
}
