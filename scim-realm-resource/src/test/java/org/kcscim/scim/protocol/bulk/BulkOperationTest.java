package org.kcscim.scim.protocol.bulk;

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
import static org.kcscim.scim.protocol.bulk.BulkMethod.*;
import static org.kcscim.scim.protocol.error.ScimType.*;

/** One operation of a bulk request: each accepted shape with the operation it becomes, then refusals. */
class BulkOperationTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("{'method': 'POST', 'path': '/Users', 'bulkId': 'qwerty', 'data': {'userName': 'a'}}",
                        new BulkOperation(POST, "/Users", "qwerty", null, json("{'userName': 'a'}"))),
                arguments("{'method': 'post', 'path': ' /Groups ', 'bulkId': 'g-1.x_~', 'data': {}}",
                        new BulkOperation(POST, "/Groups", "g-1.x_~", null, json("{}"))),
                arguments("{'METHOD': 'Put', 'PATH': '/Users/1', 'VERSION': 'W/\\'v1\\'', 'DATA': {'userName': 'a'}}",
                        new BulkOperation(PUT, "/Users/1", null, "W/\"v1\"", json("{'userName': 'a'}"))),
                arguments("{'method': 'PATCH', 'path': '/Groups/bulkId:g', 'version': '', 'data': {'Operations': []}}",
                        new BulkOperation(PATCH, "/Groups/bulkId:g", null, null, json("{'Operations': []}"))),
                arguments("{'method': 'DELETE', 'path': '/Users/1', 'bulkId': 'd', 'version': 'W/\\'v\\''}",
                        new BulkOperation(DELETE, "/Users/1", "d", "W/\"v\"", null)),
                // The data of a DELETE is ignored, as an HTTP DELETE's body would be
                arguments("{'method': 'delete', 'path': '/Users/1', 'data': 'anything'}",
                        new BulkOperation(DELETE, "/Users/1", null, null, null)),
                arguments("{'method': 'DELETE', 'path': '/Users/1', 'bulkId': null, 'version': null, 'other': 1}",
                        new BulkOperation(DELETE, "/Users/1", null, null, null)));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void givenAWellFormedOperationThenItIsRead(String operation, BulkOperation expected) {
        assertEquals(expected, BulkOperation.parse(json(operation)));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("'POST'", INVALID_SYNTAX),
                arguments("null", INVALID_SYNTAX),
                arguments("{'path': '/Users', 'bulkId': 'a', 'data': {}}", INVALID_SYNTAX),
                arguments("{'method': ' ', 'path': '/Users', 'bulkId': 'a', 'data': {}}", INVALID_SYNTAX),
                arguments("{'method': 1, 'path': '/Users', 'bulkId': 'a', 'data': {}}", INVALID_SYNTAX),
                arguments("{'method': 'GET', 'path': '/Users'}", INVALID_VALUE),
                arguments("{'method': 'HEAD', 'path': '/Users/1'}", INVALID_VALUE),
                arguments("{'method': 'POST', 'bulkId': 'a', 'data': {}}", INVALID_SYNTAX),
                arguments("{'method': 'POST', 'path': ['/Users'], 'bulkId': 'a', 'data': {}}", INVALID_SYNTAX),
                arguments("{'method': 'POST', 'path': '/Users', 'data': {}}", INVALID_SYNTAX),
                arguments("{'method': 'POST', 'path': '/Users', 'bulkId': 5, 'data': {}}", INVALID_SYNTAX),
                arguments("{'method': 'POST', 'path': '/Users', 'bulkId': '', 'data': {}}", INVALID_VALUE),
                arguments("{'method': 'POST', 'path': '/Users', 'bulkId': 'a b', 'data': {}}", INVALID_VALUE),
                arguments("{'method': 'POST', 'path': '/Users', 'bulkId': 'a/b', 'data': {}}", INVALID_VALUE),
                arguments("{'method': 'POST', 'path': '/Users', 'bulkId': 'a'}", INVALID_SYNTAX),
                arguments("{'method': 'PUT', 'path': '/Users/1', 'data': null}", INVALID_SYNTAX),
                arguments("{'method': 'PATCH', 'path': '/Users/1', 'data': [{'op': 'add'}]}", INVALID_SYNTAX),
                arguments("{'method': 'PUT', 'path': '/Users/1', 'version': 1, 'data': {}}", INVALID_SYNTAX));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void givenAMalformedOperationThenItIsRefusedAlone(String operation, ScimType scimType) {
        ScimException error = assertThrows(ScimException.class, () -> BulkOperation.parse(json(operation)));
        assertEquals(400, error.status(), error.detail());
        assertEquals(scimType, error.scimType(), error.detail());
    }

    @Test
    void givenAnOperationThatDidNotParseThenItsMethodAndBulkIdAreStillEchoed() {
        assertEquals("POST", BulkOperation.methodOf(json("{'method': ' post ', 'bulkId': 5}")));
        assertNull(BulkOperation.bulkIdOf(json("{'method': ' post ', 'bulkId': 5}")));
        assertEquals("u1", BulkOperation.bulkIdOf(json("{'BULKID': 'u1'}")));
        assertNull(BulkOperation.methodOf(json("{'method': 3}")));
        assertNull(BulkOperation.methodOf(json("'text'")));
        assertNull(BulkOperation.bulkIdOf(json("[1]")));
    }

    @Test
    void givenReferencesThenResolvingReplacesThemInPathAndDataOnly() {
        BulkIdReferences references = new BulkIdReferences(Set.of("u", "g"));
        references.created("u", "user-id");
        references.created("g", "group-id");
        BulkOperation operation = BulkOperation.parse(json("""
                {'method': 'PATCH', 'path': '/Groups/bulkId:g', 'bulkId': 'p', 'version': 'bulkId:u',
                 'data': {'Operations': [{'op': 'add', 'path': 'members', 'value': [{'value': 'bulkId:u'}]}]}}"""));
        BulkOperation resolved = operation.resolve(references);
        assertEquals("/Groups/group-id", resolved.path());
        assertEquals("user-id", resolved.data().at("/Operations/0/value/0/value").asText());
        assertEquals("p", resolved.bulkId());
        assertEquals("bulkId:u", resolved.version(), "a version is compared, never resolved");
        assertEquals("bulkId:u", operation.data().at("/Operations/0/value/0/value").asText(), "the request is not changed");
    }
}
