package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.node.BooleanNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.filter.Filter.*;

class PatchPathParserTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

    static Stream<Arguments> validPaths() {
        return Stream.of(
                arguments("userName", PatchPath.attribute(AttributePath.of("userName"))),
                arguments("name.givenName", PatchPath.attribute(AttributePath.of("name", "givenName"))),
                arguments("emails", PatchPath.attribute(AttributePath.of("emails"))),
                arguments("members", PatchPath.attribute(AttributePath.of("members"))),
                arguments("  members ", PatchPath.attribute(AttributePath.of("members"))),
                arguments("emails[type eq \"work\"]",
                        PatchPath.valueFilter(AttributePath.of("emails"), eq(AttributePath.of("type"), "work"))),
                arguments("emails[type eq \"work\"].value",
                        PatchPath.valueFilter(AttributePath.of("emails"), eq(AttributePath.of("type"), "work"), "value")),
                arguments("emails[ type EQ \"work\"  and primary eq TRUE ].display",
                        PatchPath.valueFilter(AttributePath.of("emails"), and(eq(AttributePath.of("type"), "work"),
                                eq(AttributePath.of("primary"), BooleanNode.TRUE)),
                                "display")),
                arguments("members[value eq \"2819c223\"]",
                        PatchPath.valueFilter(AttributePath.of("members"), eq(AttributePath.of("value"), "2819c223"))),
                arguments("members[value eq \"2819c223-7f76-453a-919d-413861904646\"].display",
                        PatchPath.valueFilter(AttributePath.of("members"),
                                eq(AttributePath.of("value"), "2819c223-7f76-453a-919d-413861904646"), "display")),
                arguments("addresses[type eq \"work\" and not (primary pr)].streetAddress",
                        PatchPath.valueFilter(AttributePath.of("addresses"), and(eq(AttributePath.of("type"), "work"),
                                not(pr(AttributePath.of("primary")))), "streetAddress")),
                arguments(ENTERPRISE + ":manager",
                        PatchPath.attribute(new AttributePath(ENTERPRISE, "manager", null))),
                arguments(ENTERPRISE + ":manager.value",
                        PatchPath.attribute(new AttributePath(ENTERPRISE, "manager", "value"))),
                arguments(ENTERPRISE + ":employeeNumber",
                        PatchPath.attribute(new AttributePath(ENTERPRISE, "employeeNumber", null))),
                arguments(CORE_USER + ":name.familyName",
                        PatchPath.attribute(new AttributePath(CORE_USER, "name", "familyName"))),
                arguments(CORE_USER + ":emails[type eq \"work\"].value",
                        PatchPath.valueFilter(new AttributePath(CORE_USER, "emails", null),
                                eq(AttributePath.of("type"), "work"), "value")),
                arguments(ENTERPRISE, PatchPath.extension(ENTERPRISE)),
                arguments(ENTERPRISE.toUpperCase(), PatchPath.extension(ENTERPRISE)),
                arguments(CORE_USER, PatchPath.extension(CORE_USER)),
                arguments("members.$ref", PatchPath.attribute(AttributePath.of("members", "$ref"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validPaths")
    void givenAValidPathThenItIsTheExpectedOne(String text, PatchPath expected) {
        PatchPath parsed = PatchPathParser.parse(text);
        assertEquals(expected, parsed);
        assertEquals(expected.hashCode(), parsed.hashCode());
        assertEquals(parsed, PatchPathParser.parse(parsed.toString()));
    }

    static Stream<Arguments> invalidPaths() {
        return Stream.of(
                arguments("", "empty"),
                arguments("  ", "empty"),
                arguments("name.givenName.x", "at most one sub-attribute"),
                arguments("emails[", "the end of the PATCH path"),
                arguments("emails[type eq \"work\"", "']'"),
                arguments("emails]", "position 7"),
                arguments("emails[]", "expected an attribute"),
                arguments("emails[type eq]", "expected a value"),
                arguments("emails[type \"work\"]", "expected an operator"),
                arguments("emails[type eq \"work\"].", "not an attribute name"),
                arguments("emails[type eq \"work\"].value.display", "at most one sub-attribute"),
                arguments("emails[type eq \"work\"].value[type pr]", "expected the end"),
                arguments("emails[type eq \"work\"] .value", "position 24"),
                arguments("emails [type eq \"work\"]", "no space"),
                arguments("emails[type eq \"work\"]x", "expected the end"),
                arguments("emails[members[value pr]]", "cannot be nested"),
                arguments("name.givenName[value pr]", "sub-attribute"),
                arguments("emails[type eq \"work\"].value eq \"x\"", "expected the end"),
                arguments("userName eq \"x\"", "position 10"),
                arguments("emails type", "position 8"),
                arguments("\"userName\"", "starts with an attribute name"),
                arguments("(userName)", "starts with an attribute name"),
                arguments("[type eq \"work\"]", "starts with an attribute name"),
                arguments("1userName", "not an attribute name"),
                arguments("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:", "must follow the schema URI"),
                arguments("user name", "position 6"),
                arguments("emails[type eq \"work]", "no closing quote"),
                arguments("emails" + "[type eq \"x\"]".repeat(2), "expected the end"),
                arguments("emails[" + "(".repeat(60) + "type pr" + ")".repeat(60) + "]", "deeper than 32"),
                arguments("emails[" + "(".repeat(32) + "type pr" + ")".repeat(32) + "]", "deeper than 32"),
                arguments("a".repeat(1_025), "longer than 1024"),
                arguments("emails[value eq \"" + "x".repeat(1_010) + "\"]", "longer than 1024"),
                arguments("user\u0000Name", "position 5: a NUL character"),
                arguments("emails[value eq \"\\ud83d\"]", "unpaired surrogate"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidPaths")
    void givenAMalformedPathThenItIsInvalidPath(String text, String detailPart) {
        ScimException error = assertThrows(ScimException.class, () -> PatchPathParser.parse(text));
        assertEquals(400, error.status());
        assertEquals(ScimType.INVALID_PATH, error.scimType());
        assertTrue(error.detail().startsWith("Invalid PATCH path"), error.detail());
        assertTrue(error.detail().contains(detailPart), error.detail());
    }

    @Test
    void givenNullThenItIsInvalidPath() {
        assertEquals(ScimType.INVALID_PATH, assertThrows(ScimException.class, () -> PatchPathParser.parse(null)).scimType());
    }

    @Test
    void givenTheEnterpriseUrnForAGroupTypeThenItIsAnAttributePathTheValidatorWillRefuse() {
        PatchPath path = PatchPathParser.parse(ENTERPRISE, ResourceTypeDefinition.GROUP);
        assertFalse(path.isExtension());
        assertEquals(new AttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User", null),
                path.attribute());
        assertEquals(ScimType.INVALID_PATH, assertThrows(ScimException.class,
                () -> PatchPathValidator.validate(path, ResourceTypeDefinition.GROUP)).scimType());
    }

    @Test
    void givenAWholeExtensionPathThenItHasNoAttribute() {
        PatchPath path = PatchPathParser.parse(ENTERPRISE, ResourceTypeDefinition.USER);
        assertTrue(path.isExtension());
        assertEquals(ENTERPRISE, path.extensionUrn().orElseThrow());
        assertTrue(path.valueFilter().isEmpty());
        assertTrue(path.subAttribute().isEmpty());
        assertThrows(IllegalStateException.class, path::attribute);
        assertThrows(IllegalStateException.class, path::target);
        assertEquals(ENTERPRISE, path.toString());
    }

    @Test
    void givenAValueFilterWithSubAttributeThenTheTargetIsTheSubAttributeOfTheFilteredAttribute() {
        PatchPath path = PatchPathParser.parse("emails[type eq \"work\"].value");
        assertFalse(path.isExtension());
        assertEquals(AttributePath.of("emails"), path.attribute());
        assertEquals(eq(AttributePath.of("type"), "work"), path.valueFilter().orElseThrow());
        assertEquals("value", path.subAttribute().orElseThrow());
        assertEquals(AttributePath.of("emails", "value"), path.target());
        assertEquals("emails[type eq \"work\"].value", path.toString());
    }

    @Test
    void givenAPlainSubAttributePathThenTheTargetIsItself() {
        PatchPath path = PatchPathParser.parse("name.givenName");
        assertEquals(AttributePath.of("name", "givenName"), path.target());
        assertTrue(path.valueFilter().isEmpty());
        assertTrue(path.extensionUrn().isEmpty());
    }
}
