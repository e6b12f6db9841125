package org.kcscim.scim.protocol.bulk;

import org.junit.jupiter.api.Test;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.scim.protocol.bulk.BulkFixtures.json;

/** The bulk response of RFC 7644 §3.7.3: status as a string, the error body only for failures. */
class BulkResponseTest {

    @Test
    void givenSuccessesAndFailuresThenEachIsRenderedInOrder() {
        List<BulkResult> results = List.of(
                BulkResult.success(BulkMethod.POST, "qwerty", "https://example.com/v2/Users/1", "W/\"a\"", 201),
                BulkResult.success(BulkMethod.DELETE, null, "https://example.com/v2/Users/2", null, 204),
                BulkResult.failure("POST", "ytrewq", null,
                        new ScimException(409, ScimType.UNIQUENESS, "userName x is already taken")),
                BulkResult.failure(null, null, null, ScimException.badRequest(ScimType.INVALID_SYNTAX, "method is required")));

        assertEquals(json("""
                {'schemas': ['urn:ietf:params:scim:api:messages:2.0:BulkResponse'],
                 'Operations': [
                   {'method': 'POST', 'bulkId': 'qwerty', 'version': 'W/\\'a\\'', 'location': 'https://example.com/v2/Users/1',
                    'status': '201'},
                   {'method': 'DELETE', 'location': 'https://example.com/v2/Users/2', 'status': '204'},
                   {'method': 'POST', 'bulkId': 'ytrewq', 'status': '409',
                    'response': {'schemas': ['urn:ietf:params:scim:api:messages:2.0:Error'], 'status': '409',
                                 'scimType': 'uniqueness', 'detail': 'userName x is already taken'}},
                   {'status': '400',
                    'response': {'schemas': ['urn:ietf:params:scim:api:messages:2.0:Error'], 'status': '400',
                                 'scimType': 'invalidSyntax', 'detail': 'method is required'}}]}"""),
                BulkResponse.render(results));
        assertFalse(results.get(0).failed());
        assertFalse(results.get(1).failed());
        assertTrue(results.get(2).failed());
    }

    @Test
    void givenNoOperationThenTheListIsEmpty() {
        assertEquals(json("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:BulkResponse'], 'Operations': []}"),
                BulkResponse.render(List.of()));
    }
}
