package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.path.AttributePath;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ListRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "startIndex={0} count={1}")
    @CsvSource(nullValues = "null", value = {
            "null,null,1,100",
            "1,100,1,100",
            "0,5,1,5",
            "-3,-1,1,0",
            "38,37,38,37",
            "1,5000,1,1000",
            "99999999999,1,2147483647,1",
    })
    void givenPagingParametersThenTheyAreNormalisedPerRfc(String startIndex, String count, int expectedStart, int expectedCount) {
        ListRequest request = ListRequest.fromQuery(null, null, null, startIndex, count, null, null);
        assertEquals(expectedStart, request.startIndex());
        assertEquals(expectedCount, request.count());
    }

    @Test
    void givenANonNumberThenItIsInvalidValue() {
        ScimException error = assertThrows(ScimException.class,
                () -> ListRequest.fromQuery(null, null, null, "one", null, null, null));
        assertEquals("invalidValue", error.scimType().keyword());
    }

    @Test
    void givenSortOrderThenOnlyAscendingOrDescendingIsAccepted() {
        assertTrue(ListRequest.fromQuery(null, "userName", "DESCENDING", null, null, null, null).descending());
        assertFalse(ListRequest.fromQuery(null, "userName", "ascending", null, null, null, null).descending());
        assertThrows(ScimException.class, () -> ListRequest.fromQuery(null, null, "up", null, null, null, null));
    }

    @Test
    void givenASearchRequestThenItReadsLikeTheQuery() throws Exception {
        ListRequest request = SearchRequest.parse(JSON.readTree("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"userName sw \\"a\\"",
                 "sortBy":"userName","sortOrder":"descending","startIndex":3,"count":7,
                 "attributes":["userName","name.givenName"],"excludedAttributes":"emails"}"""));
        assertEquals("userName sw \"a\"", request.filter());
        assertTrue(request.descending());
        assertEquals(3, request.startIndex());
        assertEquals(7, request.count());
        assertEquals(List.of(AttributePath.of("userName"), AttributePath.of("name", "givenName")), request.attributes());
        assertEquals(List.of(AttributePath.of("emails")), request.excluded());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"filter\":\"x\"}",
            "{\"schemas\":\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\",\"filter\":\"x\"}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":\"userName eq \\\"\\u0000\\\"\"}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"count\":\"ten\"}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":5}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"attributes\":[1]}",
            "[]",
    })
    void givenAMalformedSearchRequestThenItIsA400(String body) throws Exception {
        ScimException error = assertThrows(ScimException.class, () -> SearchRequest.parse(JSON.readTree(body)));
        assertEquals(400, error.status());
    }

    @Test
    void givenASearchRequestWithoutSchemasThenItIsInvalidSyntax() throws Exception {
        // A message, unlike a resource, must name its schema (RFC 7644 §3.4.3); the integration suite pins it.
        ScimException error = assertThrows(ScimException.class,
                () -> SearchRequest.parse(JSON.readTree("{\"filter\":\"title pr\"}")));
        assertEquals("invalidSyntax", error.scimType().keyword());
    }

    @Test
    void givenAnAttributeListOverTheLimitThenItIsInvalidValueBeforeAnyNameIsRead() throws Exception {
        String tooLong = "userName," + "x".repeat(AttributeSelection.MAX_LIST_LENGTH);
        ScimException query = assertThrows(ScimException.class,
                () -> ListRequest.fromQuery(null, null, null, null, null, tooLong, null));
        assertEquals("invalidValue", query.scimType().keyword());
        assertTrue(query.detail().contains("at most 4096 characters"), query.detail());
        ScimException excluded = assertThrows(ScimException.class,
                () -> ListRequest.fromQuery(null, null, null, null, null, null, ",".repeat(5_000)));
        assertEquals("invalidValue", excluded.scimType().keyword());

        String names = "\"userName\",".repeat(500) + "\"userName\"";
        ScimException body = assertThrows(ScimException.class, () -> SearchRequest.parse(JSON.readTree(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"attributes\":[" + names
                        + "]}")));
        assertEquals("invalidValue", body.scimType().keyword());

        String within = "userName," + "x".repeat(AttributeSelection.MAX_LIST_LENGTH - 9);
        ScimException unknown = assertThrows(ScimException.class,
                () -> ListRequest.fromQuery(null, null, null, null, null, within, null));
        assertTrue(unknown.detail().startsWith("Not an attribute name"), unknown.detail());
    }
}
