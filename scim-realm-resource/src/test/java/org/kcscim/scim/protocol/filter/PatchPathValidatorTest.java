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
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

class PatchPathValidatorTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    static Stream<Arguments> acceptedPaths() {
        return Stream.of(
                arguments(USER, "userName"),
                arguments(USER, "name.givenName"),
                arguments(USER, "NAME.GIVENNAME"),
                arguments(USER, "name"),
                arguments(USER, "active"),
                arguments(USER, "password"),
                arguments(USER, "emails"),
                arguments(USER, "emails[type eq \"work\"]"),
                arguments(USER, "emails[type eq \"work\"].value"),
                arguments(USER, "phoneNumbers[type eq \"mobile\" and primary eq true].value"),
                arguments(USER, "addresses[type eq \"work\"].streetAddress"),
                arguments(USER, ENTERPRISE),
                arguments(USER, ENTERPRISE + ":manager"),
                arguments(USER, ENTERPRISE + ":manager.value"),
                arguments(USER, ENTERPRISE + ":employeeNumber"),
                arguments(USER, "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName"),
                arguments(USER, "externalId"),
                arguments(GROUP, "displayName"),
                arguments(GROUP, "members"),
                arguments(GROUP, "members[value eq \"2819c223\"]"),
                arguments(GROUP, "members[value eq \"2819c223\"].display"),
                arguments(GROUP, "externalId"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("acceptedPaths")
    void givenAPathThatFitsTheSchemaThenItComesBackUnchanged(ResourceTypeDefinition type, String text) {
        PatchPath path = PatchPathParser.parse(text, type);
        assertEquals(path, PatchPathValidator.validate(path, type));
    }

    @Test
    void givenAStringBooleanInTheValueFilterThenItIsNormalised() {
        PatchPath path = PatchPathParser.parse("emails[primary eq \"True\"].value");
        PatchPath expected = PatchPath.valueFilter(AttributePath.of("emails"),
                Filter.eq(AttributePath.of("primary"), BooleanNode.TRUE), "value");
        assertEquals(expected, PatchPathValidator.validate(path, USER));
    }

    static Stream<Arguments> refusedPaths() {
        return Stream.of(
                arguments(USER, "nickname2", "unknown attribute 'nickname2'"),
                arguments(USER, "name.middle", "'name' has no sub-attribute 'middle'"),
                arguments(USER, "employeeNumber", "needs its schema URN"),
                arguments(USER, ENTERPRISE + ":foo", "unknown attribute"),
                arguments(USER, "urn:example:other:1.0:User", "is not a schema of the resource type User"),
                arguments(USER, "urn:ietf:params:scim:schemas:core:2.0:User", "is not a schema extension"),
                arguments(USER, "emails[kind eq \"work\"]", "'emails' has no sub-attribute 'kind'"),
                arguments(USER, "emails[type eq \"work\"].address", "'emails' has no sub-attribute 'address'"),
                arguments(USER, "emails[primary eq \"yes\"]", "boolean attribute 'emails.primary'"),
                arguments(USER, "emails[type gt 3]", "string attribute 'emails.type'"),
                arguments(USER, "name[givenName eq \"x\"]", "'name' is not a multi-valued complex attribute"),
                arguments(USER, "members[value eq \"x\"]", "unknown attribute 'members'"),
                arguments(GROUP, ENTERPRISE, "is not a schema"),
                arguments(GROUP, "userName", "unknown attribute 'userName' for the resource type Group"),
                arguments(GROUP, "members[value eq \"x\"].name", "'members' has no sub-attribute 'name'"),
                arguments(GROUP, "members[display eq 1]", "string attribute 'members.display'"),
                arguments(GROUP, "members.foo", "'members' has no sub-attribute 'foo'"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("refusedPaths")
    void givenAPathThatDoesNotFitTheSchemaThenItIsInvalidPath(ResourceTypeDefinition type, String text,
                                                              String detailPart) {
        PatchPath path = PatchPathParser.parse(text, type);
        ScimException error = assertThrows(ScimException.class, () -> PatchPathValidator.validate(path, type));
        assertEquals(400, error.status());
        assertEquals(ScimType.INVALID_PATH, error.scimType());
        assertTrue(error.detail().startsWith("Invalid PATCH path: "), error.detail());
        assertTrue(error.detail().contains(detailPart), error.detail());
    }

    @Test
    void givenTheCoreUrnParsedForUsersThenItIsAWholeSchemaPathThatIsRefused() {
        PatchPath path = PatchPathParser.parse("urn:ietf:params:scim:schemas:core:2.0:User", USER);
        assertTrue(path.isExtension());
        assertEquals(ScimType.INVALID_PATH,
                assertThrows(ScimException.class, () -> PatchPathValidator.validate(path, USER)).scimType());
    }
}
