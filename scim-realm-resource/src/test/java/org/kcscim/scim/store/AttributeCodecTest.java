package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class AttributeCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AttributeCodec USER = new AttributeCodec(ResourceTypeDefinition.USER,
            Set.of("id", "meta", "userName", "name.givenName"));

    @Test
    void givenEveryKindOfAttributeThenEachValueGetsItsOwnNamedRow() throws Exception {
        ObjectNode resource = (ObjectNode) JSON.readTree("""
                {"userName":"u","externalId":"e1","title":"Boss",
                 "name":{"givenName":"native","middleName":"M"},
                 "emails":[{"value":"a@x","type":"work","primary":true},{"value":"b@x"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"D","manager":{"value":"m1"}}}""");
        Map<String, List<String>> rows = USER.encode(resource);
        assertEquals(Map.ofEntries(
                Map.entry("kcscim.externalId", List.of("e1")),
                Map.entry("kcscim.title", List.of("Boss")),
                Map.entry("kcscim.name.middleName", List.of("M")),
                Map.entry("kcscim.emails.#", List.of("0", "1")),
                Map.entry("kcscim.emails.0.value", List.of("a@x")),
                Map.entry("kcscim.emails.0.type", List.of("work")),
                Map.entry("kcscim.emails.0.primary", List.of("true")),
                Map.entry("kcscim.emails.1.value", List.of("b@x")),
                Map.entry("kcscim.enterprise.department", List.of("D")),
                Map.entry("kcscim.enterprise.manager.value", List.of("m1"))), rows);
    }

    @Test
    void givenEncodedRowsThenDecodingRestoresTypesOrderAndExtensions() throws Exception {
        ObjectNode resource = (ObjectNode) JSON.readTree("""
                {"externalId":"e1","active":true,
                 "phoneNumbers":[{"value":"1","type":"work"},{"value":"2","primary":true}],
                 "addresses":[{"streetAddress":"s","primary":false}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"42"}}""");
        ObjectNode decoded = USER.decode(USER.encode(resource));
        assertEquals(resource.get("phoneNumbers"), decoded.get("phoneNumbers"));
        assertEquals(resource.get("addresses"), decoded.get("addresses"));
        assertTrue(decoded.at("/phoneNumbers/1/primary").isBoolean());
        assertEquals("42", decoded.at("/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/employeeNumber").asText());
        assertEquals("e1", decoded.path("externalId").asText());
    }

    @Test
    void givenNativeOrEmptyValuesThenNothingIsStored() throws Exception {
        ObjectNode resource = (ObjectNode) JSON.readTree("""
                {"id":"x","userName":"u","name":{"givenName":"g"},"title":null,"emails":[],"phoneNumbers":[{}]}""");
        assertEquals(Map.of(), USER.encode(resource));
    }

    @Test
    void givenRowsOfUnknownOrBrokenIndexesThenTheyAreSkipped() {
        ObjectNode decoded = USER.decode(Map.of(
                "kcscim.emails.#", List.of("0", "x", "7"),
                "kcscim.emails.0.value", List.of("a@x"),
                "kcscim.unknown", List.of("ignored")));
        assertEquals(1, decoded.path("emails").size());
        assertFalse(decoded.has("unknown"));
    }

    @Test
    void givenAttributeNamesThenTheCodecClaimsOnlyTheOnesItWrites() {
        assertTrue(USER.writes("kcscim.title"));
        assertTrue(USER.writes("kcscim.name.middleName"));
        assertTrue(USER.writes("kcscim.emails.#"));
        assertTrue(USER.writes("kcscim.emails.3.value"));
        assertTrue(USER.writes("kcscim.enterprise.manager.value"));
        assertFalse(USER.writes("kcscim.owner"), "bookkeeping is not SCIM data");
        assertFalse(USER.writes("kcscim.managedRoles"));
        assertFalse(USER.writes("kcscim.userName"), "a native field");
        assertFalse(USER.writes("kcscim.name.givenName"), "a native field");
        assertFalse(USER.writes("department"), "not ours at all");
    }
}
