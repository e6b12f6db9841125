package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.config.ExtensionAttribute;
import org.kcscim.config.SchemaExtension;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.schema.AttributeType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;

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

    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final ResourceTypeDefinition WITH_ACME = ResourceTypeDefinition.user(List.of(new SchemaExtension(ACME,
            List.of(new ExtensionAttribute("badges", AttributeType.STRING, true, false, false),
                    new ExtensionAttribute("level", AttributeType.INTEGER, false, false, false))).definition()));

    private static ObjectNode acmeUser() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"id":"1","userName":"u",
                 "%s":{"badges":["gold"],"level":3}}""".formatted(ACME, ACME));
    }

    @Test
    void givenADeclaredExtensionsUrnThenItNamesTheWholeExtensionObject() throws Exception {
        ObjectNode only = new AttributeSelection(WITH_ACME, AttributeSelection.parseList(ACME), List.of()).apply(acmeUser());
        assertEquals(JSON.readTree("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"id":"1","%s":{"badges":["gold"],"level":3}}"""
                .formatted(ACME, ACME)), only);
        ObjectNode without = new AttributeSelection(WITH_ACME, List.of(), AttributeSelection.parseList(ACME)).apply(acmeUser());
        assertFalse(without.has(ACME), without.toString());
        assertEquals("u", without.path("userName").asText());
    }

    @Test
    void givenAnExtensionLeftWithoutAttributesThenSchemasNoLongerListsIt() throws Exception {
        String core = "[\"urn:ietf:params:scim:schemas:core:2.0:User\"]";
        ObjectNode excluded = new AttributeSelection(WITH_ACME, List.of(), AttributeSelection.parseList(ACME)).apply(acmeUser());
        assertEquals(JSON.readTree(core), excluded.path("schemas"));
        ObjectNode eachExcluded = new AttributeSelection(WITH_ACME, List.of(),
                AttributeSelection.parseList(ACME + ":badges," + ACME + ":level")).apply(acmeUser());
        assertEquals(JSON.readTree("{\"schemas\":" + core + ",\"id\":\"1\",\"userName\":\"u\"}"), eachExcluded);
        ObjectNode coreOnly = new AttributeSelection(WITH_ACME, AttributeSelection.parseList("userName"), List.of())
                .apply(acmeUser());
        assertEquals(JSON.readTree(core), coreOnly.path("schemas"));
        ObjectNode oneKept = new AttributeSelection(WITH_ACME, AttributeSelection.parseList(ACME + ":level"), List.of())
                .apply(acmeUser());
        assertEquals(2, oneKept.path("schemas").size(), oneKept.toString());
    }

    @ParameterizedTest
    @CsvSource({"nosuch", "name.nosuch", "emails[type eq \"work\"]", "urn:example:not:an:extension:User"})
    void givenAnUnknownOrFilteredAttributeThenItIsInvalidValue(String attribute) {
        ScimException error = assertThrows(ScimException.class, () -> select(attribute, null));
        assertEquals("invalidValue", error.scimType().keyword());
    }
}
