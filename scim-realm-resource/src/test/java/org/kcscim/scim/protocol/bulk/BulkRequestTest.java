package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.databind.JsonNode;
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
import static org.kcscim.scim.protocol.error.ScimType.*;

/** The envelope of a bulk request (RFC 7644 §3.7): what is accepted, and what refuses the whole request. */
class BulkRequestTest {

    private static final String SCHEMAS = "'schemas': ['urn:ietf:params:scim:api:messages:2.0:BulkRequest']";

    static Stream<Arguments> accepted() {
        return Stream.of(
                // body, failOnErrors, number of operations, declared bulkIds
                arguments("{" + SCHEMAS + ", 'Operations': []}", Integer.MAX_VALUE, 0, Set.of()),
                arguments("{'schemas': ['urn:example:other', 'urn:ietf:params:scim:api:messages:2.0:BulkRequest'],"
                        + " 'Operations': []}", Integer.MAX_VALUE, 0, Set.of()),
                arguments("{" + SCHEMAS + ", 'failOnErrors': 1, 'Operations': [{'method': 'POST', 'bulkId': 'a'}]}",
                        1, 1, Set.of("a")),
                arguments("{'SCHEMAS': ['URN:IETF:PARAMS:SCIM:API:MESSAGES:2.0:BULKREQUEST'], 'operations': [],"
                        + " 'FailOnErrors': 3}", 3, 0, Set.of()),
                arguments("{" + SCHEMAS + ", 'failOnErrors': null, 'Operations': []}", Integer.MAX_VALUE, 0, Set.of()),
                // Only a POST declares a bulkId that references may name; others are echoed
                arguments("{" + SCHEMAS + ", 'Operations': [{'method': 'post', 'bulkId': 'u1'},"
                        + " {'method': 'PUT', 'bulkId': 'p1'}, {'method': 'DELETE'}]}",
                        Integer.MAX_VALUE, 3, Set.of("u1")),
                // Malformed operations are not the envelope's business: they fail alone when their turn comes
                arguments("{" + SCHEMAS + ", 'Operations': [1, 'x', null, {'method': 7}]}",
                        Integer.MAX_VALUE, 4, Set.of()));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void givenAWellFormedEnvelopeThenItIsRead(String body, int failOnErrors, int operations, Set<String> declared) {
        BulkRequest request = BulkRequest.parse(json(body), BulkRequest.MAX_OPERATIONS);
        assertEquals(failOnErrors, request.failOnErrors());
        assertEquals(operations, request.operations().size());
        assertEquals(declared, request.declaredBulkIds());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("[]", 400, INVALID_SYNTAX),
                arguments("{'schemas': 'urn:ietf:params:scim:api:messages:2.0:BulkRequest', 'Operations': []}",
                        400, INVALID_SYNTAX),
                arguments("{'schemas': [7], 'Operations': []}", 400, INVALID_SYNTAX),
                arguments("{'Operations': []}", 400, INVALID_SYNTAX),
                arguments("{'schemas': null, 'Operations': []}", 400, INVALID_SYNTAX),
                arguments("{" + SCHEMAS + ", 'Operations': [{'method': 'POST', 'data': {'userName': 'a\\u0000'}}]}",
                        400, INVALID_VALUE),
                arguments("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': []}",
                        400, INVALID_SYNTAX),
                arguments("{'schemas': 'urn:ietf:params:scim:api:messages:2.0:BulkRequest', 'Operations': []}",
                        400, INVALID_SYNTAX),
                arguments("{" + SCHEMAS + "}", 400, INVALID_SYNTAX),
                arguments("{" + SCHEMAS + ", 'Operations': {}}", 400, INVALID_SYNTAX),
                arguments("{" + SCHEMAS + ", 'Operations': null}", 400, INVALID_SYNTAX),
                arguments("{" + SCHEMAS + ", 'failOnErrors': 0, 'Operations': []}", 400, INVALID_VALUE),
                arguments("{" + SCHEMAS + ", 'failOnErrors': -1, 'Operations': []}", 400, INVALID_VALUE),
                arguments("{" + SCHEMAS + ", 'failOnErrors': 1.5, 'Operations': []}", 400, INVALID_VALUE),
                arguments("{" + SCHEMAS + ", 'failOnErrors': '1', 'Operations': []}", 400, INVALID_VALUE),
                arguments("{" + SCHEMAS + ", 'failOnErrors': 99999999999, 'Operations': []}", 400, INVALID_VALUE),
                arguments("{" + SCHEMAS + ", 'Operations': [{'method': 'POST', 'bulkId': 'a'},"
                        + " {'method': 'POST', 'bulkId': 'a'}]}", 400, INVALID_VALUE),
                arguments("{" + SCHEMAS + ", 'Operations': [{'method': 'POST', 'bulkId': 'a'},"
                        + " {'method': 'PATCH', 'bulkId': 'a'}]}", 400, INVALID_VALUE),
                arguments("{" + SCHEMAS + ", 'Operations': [{}, {}, {}, {}]}", 413, TOO_MANY));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void givenABadEnvelopeThenTheWholeRequestIsRefused(String body, int status, ScimType scimType) {
        ScimException error = assertThrows(ScimException.class, () -> BulkRequest.parse(json(body), 3));
        assertEquals(status, error.status(), error.detail());
        assertEquals(scimType, error.scimType(), error.detail());
    }

    @Test
    void givenExactlyMaxOperationsThenTheyAreAcceptedAndOneMoreIsTooMany() {
        StringBuilder operations = new StringBuilder();
        for (int i = 0; i < BulkRequest.MAX_OPERATIONS; i++) {
            operations.append(i == 0 ? "" : ",").append("{'method': 'DELETE', 'path': '/Users/").append(i).append("'}");
        }
        JsonNode full = json("{" + SCHEMAS + ", 'Operations': [" + operations + "]}");
        assertEquals(BulkRequest.MAX_OPERATIONS, BulkRequest.parse(full, BulkRequest.MAX_OPERATIONS).operations().size());

        JsonNode over = json("{" + SCHEMAS + ", 'Operations': [" + operations + ", {'method': 'DELETE'}]}");
        ScimException error = assertThrows(ScimException.class, () -> BulkRequest.parse(over, BulkRequest.MAX_OPERATIONS));
        assertEquals(413, error.status());
        assertEquals(TOO_MANY, error.scimType());
    }

    @Test
    void givenFailOnErrorsThenProcessingStopsWhenThatManyFailed() {
        BulkRequest two = BulkRequest.parse(json("{" + SCHEMAS + ", 'failOnErrors': 2, 'Operations': []}"), 10);
        assertFalse(two.stopsAfter(1));
        assertTrue(two.stopsAfter(2));
        BulkRequest unlimited = BulkRequest.parse(json("{" + SCHEMAS + ", 'Operations': []}"), 10);
        assertFalse(unlimited.stopsAfter(100));
    }
}
