package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.kcscim.config.AttributeMapping;
import org.kcscim.config.ExtensionAttribute;
import org.kcscim.config.SchemaExtension;
import org.kcscim.scim.protocol.schema.AttributeType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class MappedAttributesTest {

    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final ResourceTypeDefinition TYPE = ResourceTypeDefinition.user(List.of(new SchemaExtension(ACME,
            List.of(new ExtensionAttribute("costCenter", AttributeType.STRING, false, false, false),
                    new ExtensionAttribute("badges", AttributeType.STRING, true, false, false),
                    new ExtensionAttribute("level", AttributeType.INTEGER, false, false, false))).definition()));
    private static final MappedAttributes MAPPED = new MappedAttributes(TYPE, List.of(
            new AttributeMapping(ACME + ":costCenter", "costCenter"),
            new AttributeMapping(ACME + ":badges", "badges"),
            new AttributeMapping(ACME + ":level", "level"),
            new AttributeMapping(ENTERPRISE + ":department", "department"),
            new AttributeMapping("name.middleName", "middleName"),
            new AttributeMapping("phoneNumbers[type eq \"work\"].value", "phone")));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void givenAResourceThenMappedValuesAreTakenOutAndTheRestStays() throws Exception {
        ObjectNode resource = json("""
                {"userName":"a","name":{"givenName":"A","middleName":"M"},
                 "phoneNumbers":[{"type":"home","value":"1"},{"type":"Work","value":"2","primary":true}],
                 "%s":{"costCenter":"CC-1","badges":["x","y"],"level":3,"other":"kept"},
                 "%s":{"department":"Sales","division":"East"}}""".formatted(ACME, ENTERPRISE));
        Map<String, List<String>> values = MAPPED.extract(resource);
        assertEquals(Map.of("costCenter", List.of("CC-1"), "badges", List.of("x", "y"), "level", List.of("3"),
                "department", List.of("Sales"), "middleName", List.of("M"), "phone", List.of("2")), values);
        assertEquals(json("""
                {"userName":"a","name":{"givenName":"A"},
                 "phoneNumbers":[{"type":"home","value":"1"},{"type":"Work","primary":true}],
                 "%s":{"other":"kept"},"%s":{"division":"East"}}""".formatted(ACME, ENTERPRISE)), resource);
    }

    @Test
    void givenAbsentValuesThenEachMapsToNothing() throws Exception {
        Map<String, List<String>> values = MAPPED.extract(json("{\"userName\":\"a\"}"));
        assertEquals(Set.of("costCenter", "badges", "level", "department", "middleName", "phone"), values.keySet());
        assertTrue(values.values().stream().allMatch(List::isEmpty));
    }

    @Test
    void givenStoredValuesThenTheyAreRestoredTyped() throws Exception {
        ObjectNode decoded = json("{\"phoneNumbers\":[{\"type\":\"work\",\"primary\":true}]}");
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("costCenter", List.of("CC-1"));
        attributes.put("badges", List.of("x", "y"));
        attributes.put("level", List.of("3"));
        attributes.put("department", List.of("Sales"));
        attributes.put("middleName", List.of("M"));
        attributes.put("phone", List.of("2"));
        MAPPED.restore(decoded, attributes);
        assertEquals(json("""
                {"phoneNumbers":[{"type":"work","primary":true,"value":"2"}],
                 "%s":{"costCenter":"CC-1","badges":["x","y"],"level":3},
                 "%s":{"department":"Sales"},"name":{"middleName":"M"}}""".formatted(ACME, ENTERPRISE)).toString(),
                decoded.toString());
    }

    @Test
    void givenAValueSetInKeycloakWithoutItsEntryThenTheEntryIsCreated() throws Exception {
        ObjectNode decoded = json("{}");
        MAPPED.restore(decoded, Map.of("phone", List.of("5")));
        assertEquals(json("{\"phoneNumbers\":[{\"type\":\"work\",\"value\":\"5\"}]}"), decoded);
    }

    @Test
    void givenACustomExtensionThenItsHiddenAttributesAreNamedByItsUrn() throws Exception {
        AttributeCodec codec = new AttributeCodec(TYPE, Set.of());
        ObjectNode resource = json("{\"%s\":{\"costCenter\":\"CC\",\"badges\":[\"x\",\"y\"],\"level\":2}}".formatted(ACME));
        Map<String, List<String>> encoded = codec.encode(resource);
        assertEquals(Map.of("kcscim." + ACME + ":costCenter", List.of("CC"), "kcscim." + ACME + ":badges",
                List.of("x", "y"), "kcscim." + ACME + ":level", List.of("2")), encoded);
        assertTrue(codec.writes("kcscim." + ACME + ":badges"));
        assertEquals(resource.toString(), codec.decode(encoded).toString());
    }

    @Test
    void givenAnUnmappedPathThenItHasNoUserAttribute() {
        assertTrue(MAPPED.userAttributeOf(TYPE.resolve(org.kcscim.scim.protocol.path.AttributePath.of("title"))
                .orElseThrow()).isEmpty());
        // Each request builds its own definitions of the configuration's extensions
        ResourceTypeDefinition sameTypeAgain = ResourceTypeDefinition.user(List.of(new SchemaExtension(ACME,
                List.of(new ExtensionAttribute("costCenter", AttributeType.STRING, false, false, false))).definition()));
        assertEquals("costCenter", MAPPED.userAttributeOf(sameTypeAgain.resolve(
                new org.kcscim.scim.protocol.path.AttributePath(ACME, "COSTCENTER", null)).orElseThrow()).orElseThrow());
    }
}
