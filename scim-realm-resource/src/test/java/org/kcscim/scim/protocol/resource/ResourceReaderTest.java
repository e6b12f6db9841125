package org.kcscim.scim.protocol.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.error.ScimType.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/** POST/PUT bodies (RFC 7644 §3.3, §3.5.1) as the hostile-input contract judges them: what is read, and what is refused. */
class ResourceReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String USER_URN = "'urn:ietf:params:scim:schemas:core:2.0:User'";

    static Stream<Arguments> accepted() {
        return Stream.of(
                // body, type, the resource read (without schemas, which the reader writes itself)
                arguments("{'userName': 'bjensen'}", USER, "{'userName': 'bjensen'}"),
                arguments("{'schemas': null, 'userName': 'bjensen'}", USER, "{'userName': 'bjensen'}"),
                arguments("{'SCHEMAS': [" + USER_URN.toUpperCase() + "], 'userName': 'bjensen'}", USER,
                        "{'userName': 'bjensen'}"),
                arguments("{'schemas': ['urn:example:mine', " + USER_URN + "], 'userName': 'b', 'active': 'False'}",
                        USER, "{'userName': 'b', 'active': false}"),
                arguments("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group',"
                        + " 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],"
                        + " 'displayName': 'Tour Guides', 'members': []}", GROUP, "{'displayName': 'Tour Guides'}"),
                // An emptied list is omitted, never [] (RFC 7643 §2.5)
                arguments("{'userName': 'b', 'emails': [], 'phoneNumbers': null, 'roles': [{}]}", USER,
                        "{'userName': 'b'}"),
                // The manager as a plain id, as Entra ID sends it: a singular complex attribute only
                arguments("{'userName': 'b', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':"
                        + " {'manager': '42'}}", USER, "{'userName': 'b',"
                        + " 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'manager': {'value': '42'}}}"),
                arguments("{'userName': 'b', 'name': [{'givenName': 'Barbara'}]}", USER,
                        "{'userName': 'b', 'name': {'givenName': 'Barbara'}}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void givenAnAcceptableBodyThenItIsRead(String body, ResourceTypeDefinition type, String expected) {
        JsonNode read = ResourceReader.read(json(body), type).resource().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) read).remove("schemas");
        assertEquals(json(expected), read);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // schemas present but not an array of strings, or without the core URN
                arguments("{'schemas': " + USER_URN + ", 'userName': 'b'}", USER, INVALID_SYNTAX),
                arguments("{'schemas': [7], 'userName': 'b'}", USER, INVALID_SYNTAX),
                arguments("{'schemas': {}, 'userName': 'b'}", USER, INVALID_SYNTAX),
                arguments("{'schemas': [], 'userName': 'b'}", USER, INVALID_VALUE),
                arguments("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'userName': 'b'}", USER,
                        INVALID_VALUE),
                arguments("{'schemas': [" + USER_URN + "], 'displayName': 'g'}", GROUP, INVALID_VALUE),
                // required attributes
                arguments("{'userName': ''}", USER, INVALID_VALUE),
                arguments("{'userName': ' \\t'}", USER, INVALID_VALUE),
                arguments("{'userName': null}", USER, INVALID_VALUE),
                arguments("{'displayName': 'x'}", USER, INVALID_VALUE),
                arguments("{'displayName': ''}", GROUP, INVALID_VALUE),
                arguments("{'members': []}", GROUP, INVALID_VALUE),
                // wrong JSON types, one per kind of attribute
                arguments("{'userName': 42}", USER, INVALID_VALUE),
                arguments("{'userName': ['b']}", USER, INVALID_VALUE),
                arguments("{'userName': {'value': 'b'}}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'active': 'maybe'}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'active': 1}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'profileUrl': 7}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'name': 'x'}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'name': ['x']}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'emails': 'x'}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'emails': ['x']}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'emails': {'value': 'x'}}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'phoneNumbers': [1]}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'emails': [{'value': 'x', 'primary': 'yes'}]}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'photos': [{'value': true}]}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'x509Certificates': [[{'value': 'AA=='}]]}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': 'x'}",
                        USER, INVALID_VALUE),
                arguments("{'displayName': 'g', 'members': {}}", GROUP, INVALID_VALUE),
                arguments("{'displayName': 'g', 'members': 'x'}", GROUP, INVALID_VALUE),
                arguments("{'displayName': 'g', 'members': [1]}", GROUP, INVALID_VALUE),
                arguments("{'displayName': 'g', 'members': [{'value': 'a', 'type': 'Group'}]}", GROUP, INVALID_VALUE),
                // NUL and unpaired surrogates, in values and in member names, at any depth
                arguments("{'userName': 'b\\u0000'}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'name': {'givenName': 'x\\ud800'}}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'emails': [{'value': 'a@b', 'type': '\\udfff'}]}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'unknown\\u0000': 1}", USER, INVALID_VALUE),
                arguments("{'userName': 'b', 'urn:example:x': {'k\\ud83d': 1}}", USER, INVALID_VALUE),
                arguments("{'displayName': 'g\\u0000'}", GROUP, INVALID_VALUE));
    }

    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @MethodSource("refused")
    void givenABodyBreakingTheContractThenItIsA400(String body, ResourceTypeDefinition type, ScimType expected) {
        ScimException error = assertThrows(ScimException.class, () -> ResourceReader.read(json(body), type));
        assertEquals(400, error.status());
        assertEquals(expected, error.scimType(), error.detail());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"employeeCostCenter", "urn:ietf:params:scim:schemas:core:2.0:User:employeeCostCenter"})
    void givenAnAttributeTheCoreSchemaLacksThenTheDetailNamesItInTheTermsOfABody(String name) {
        // Okta sends a custom attribute whose External namespace is the core one among the core attributes
        ScimException error = assertThrows(ScimException.class,
                () -> ResourceReader.read(json("{'userName': 'b', '" + name + "': 'CC-1'}"), USER));
        assertEquals(INVALID_VALUE, error.scimType(), error.detail());
        assertTrue(error.detail().contains("'" + name + "'") && error.detail().contains("schema extension"),
                error.detail());
        assertFalse(error.detail().contains("PATCH") || error.detail().contains("Operations"), error.detail());
    }

    @Test
    void givenAWrongValueThenTheDetailHasNoPatchOperationPrefix() {
        ScimException error = assertThrows(ScimException.class,
                () -> ResourceReader.read(json("{'userName': 'b', 'active': 'maybe'}"), USER));
        assertEquals(INVALID_VALUE, error.scimType());
        assertTrue(error.detail().contains("active") && !error.detail().startsWith("Operations"), error.detail());
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException(singleQuoted, malformed);
        }
    }
}
