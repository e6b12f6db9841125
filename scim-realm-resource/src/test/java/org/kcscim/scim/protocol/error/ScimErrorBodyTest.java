package org.kcscim.scim.protocol.error;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ScimErrorBodyTest {

    @Test
    void statusIsAStringAndScimTypeUsesTheRfcKeyword() {
        ObjectNode body = ScimErrorBody.of(ScimException.badRequest(ScimType.INVALID_VERS, "bad version"));
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", body.at("/schemas/0").asText());
        assertTrue(body.get("status").isTextual());
        assertEquals("400", body.get("status").asText());
        assertEquals("invalidVers", body.get("scimType").asText());
        assertEquals("bad version", body.get("detail").asText());
    }

    @Test
    void anErrorWithoutKeywordHasNoScimType() {
        ObjectNode body = ScimErrorBody.of(ScimException.unauthorized());
        assertEquals("401", body.get("status").asText());
        assertFalse(body.has("scimType"));
    }

    @Test
    void givenADetailQuotingANulOrAnUnpairedSurrogateThenTheBodyCarriesAReplacementCharacter() {
        ObjectNode body = ScimErrorBody.of(ScimException.badRequest(ScimType.INVALID_FILTER,
                "bad '\u0000' and '\ud83d' and '\ude00x' but not '\ud83d\ude00'"));
        assertEquals("bad '\ufffd' and '\ufffd' and '\ufffdx' but not '\ud83d\ude00'", body.get("detail").asText());
        assertEquals("plain", ScimErrorBody.of(ScimException.notFound("plain")).get("detail").asText());
    }
}
