package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import static org.junit.jupiter.api.Assertions.*;

class AttributeSelectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static ObjectNode user() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"1","userName":"u","title":"t",
                 "name":{"givenName":"g","familyName":"f"},"emails":[{"value":"a","type":"work"}],
                 "%s":{"department":"d","costCenter":"c"},"meta":{"resourceType":"User"}}""".formatted(ENTERPRISE));
    }

    private static ObjectNode select(String attributes, String excluded) throws Exception {
        return new AttributeSelection(ResourceTypeDefinition.USER, AttributeSelection.parseList(attributes),
                AttributeSelection.parseList(excluded)).apply(user());
    }

    @ParameterizedTest(name = "attributes={0} excluded={1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null|null|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"u\",\"title\":\"t\",\"name\":{\"givenName\":\"g\",\"familyName\":\"f\"},\"emails\":[{\"value\":\"a\",\"type\":\"work\"}],\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"d\",\"costCenter\":\"c\"},\"meta\":{\"resourceType\":\"User\"}}",
            "userName|null|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"u\"}",
            "USERNAME,name.givenName|null|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"u\",\"name\":{\"givenName\":\"g\"}}",
            "emails.value|null|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"emails\":[{\"value\":\"a\"}]}",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department|null|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"d\"}}",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User|null|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"d\",\"costCenter\":\"c\"}}",
            "userName,URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER|null|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"u\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"d\",\"costCenter\":\"c\"}}",
            "null|urn:ietf:params:scim:schemas:extension:enterprise:2.0:User,meta|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"u\",\"title\":\"t\",\"name\":{\"givenName\":\"g\",\"familyName\":\"f\"},\"emails\":[{\"value\":\"a\",\"type\":\"work\"}]}",
            "null|id,title,name.familyName,meta,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter|{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"u\",\"name\":{\"givenName\":\"g\"},\"emails\":[{\"value\":\"a\",\"type\":\"work\"}],\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"d\"}}",
    })
    void givenASelectionThenExactlyThoseAttributesRemainAndIdAlways(String attributes, String excluded, String expected)
            throws Exception {
        assertEquals(JSON.readTree(expected), select(attributes, excluded));
    }

    @Test
    void givenMembersExcludedThenTheGroupKnowsNotToReadThem() {
        AttributeSelection excluded = new AttributeSelection(ResourceTypeDefinition.GROUP, java.util.List.of(),
                AttributeSelection.parseList("members"));
        assertFalse(excluded.includes("members"));
        AttributeSelection onlyName = new AttributeSelection(ResourceTypeDefinition.GROUP,
                AttributeSelection.parseList("displayName"), java.util.List.of());
        assertFalse(onlyName.includes("members"));
        AttributeSelection all = new AttributeSelection(ResourceTypeDefinition.GROUP, java.util.List.of(), java.util.List.of());
        assertTrue(all.includes("members"));
    }

    @Test
    void givenADeclaredExtensionsUrnThenItNamesTheWholeExtensionObject() throws Exception {
        String acme = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
        ResourceTypeDefinition type = ResourceTypeDefinition.user(java.util.List.of(new org.kcscim.config.SchemaExtension(acme,
                java.util.List.of(new org.kcscim.config.ExtensionAttribute("badges",
                        org.kcscim.scim.protocol.schema.AttributeType.STRING, true, false, false))).definition()));
        ObjectNode user = (ObjectNode) JSON.readTree("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"id":"1","userName":"u",
                 "%s":{"badges":["gold"]}}""".formatted(acme, acme));
        ObjectNode only = new AttributeSelection(type, AttributeSelection.parseList(acme), java.util.List.of()).apply(user);
        assertEquals(JSON.readTree("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"id":"1","%s":{"badges":["gold"]}}"""
                .formatted(acme, acme)), only);
        ObjectNode without = new AttributeSelection(type, java.util.List.of(), AttributeSelection.parseList(acme)).apply(user);
        assertFalse(without.has(acme), without.toString());
        assertEquals("u", without.path("userName").asText());
    }

    @ParameterizedTest
    @CsvSource({"nosuch", "name.nosuch", "emails[type eq \"work\"]", "urn:example:not:an:extension:User"})
    void givenAnUnknownOrFilteredAttributeThenItIsInvalidValue(String attribute) {
        ScimException error = assertThrows(ScimException.class, () -> select(attribute, null));
        assertEquals("invalidValue", error.scimType().keyword());
    }
}
