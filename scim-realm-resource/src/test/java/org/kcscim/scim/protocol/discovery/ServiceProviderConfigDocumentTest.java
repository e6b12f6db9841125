package org.kcscim.scim.protocol.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ServiceProviderConfigDocumentTest {

    @Test
    void givenCapabilitiesThenTheDocumentClaimsExactlyThem() {
        Capabilities capabilities = new Capabilities(true, true, 100, 1_000_000, true, 200, false, true, true);
        ObjectNode doc = ServiceProviderConfigDocument.render(capabilities, "http://kc/x/ServiceProviderConfig");
        assertEquals("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig", doc.at("/schemas/0").asText());
        assertTrue(doc.at("/patch/supported").asBoolean());
        assertEquals(100, doc.at("/bulk/maxOperations").asInt());
        assertEquals(1_000_000, doc.at("/bulk/maxPayloadSize").asInt());
        assertEquals(200, doc.at("/filter/maxResults").asInt());
        assertFalse(doc.at("/changePassword/supported").asBoolean());
        assertTrue(doc.at("/sort/supported").asBoolean());
        assertTrue(doc.at("/etag/supported").asBoolean());
        assertEquals("oauthbearertoken", doc.at("/authenticationSchemes/0/type").asText());
        assertEquals("http://kc/x/ServiceProviderConfig", doc.at("/meta/location").asText());
        assertEquals("ServiceProviderConfig", doc.at("/meta/resourceType").asText());
    }
}
