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
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

class FilterValidatorTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @Test
    void givenAMultiValuedAttributeComparedAsAWholeThenItsValueIsCompared() {
        assertEquals(FilterParser.parse("emails.value co \"example.com\""),
                FilterValidator.validate(FilterParser.parse("emails co \"example.com\""), USER));
        assertEquals(FilterParser.parse("members.value eq \"x\""),
                FilterValidator.validate(FilterParser.parse("members eq \"x\""), GROUP));
    }

    static Stream<Arguments> acceptedFilters() {
        return Stream.of(
                arguments(USER, "userName eq \"john@contoso.com\""),
                arguments(USER, "USERNAME Eq \"john@contoso.com\""),
                arguments(USER, "externalId eq \"00u1abcd\""),
                arguments(USER, "id eq \"6b0e3b2a-5c1f-4e8d-9f27-0a1b2c3d4e5f\""),
                arguments(USER, "name.givenName sw \"J\" and name.familyName co \"ens\""),
                arguments(USER, "name pr"),
                arguments(USER, "emails pr"),
                arguments(USER, "emails.value ew \"@example.com\""),
                arguments(USER, "emails[type eq \"work\" and value co \"@example.com\"]"),
                arguments(USER, "emails[type eq \"work\"].value eq \"x\""),
                arguments(USER, "Emails[Type eq \"work\"].Value eq \"x\""),
                arguments(USER, "not (emails[primary eq true])"),
                arguments(USER, "groups[value eq \"g1\" and $ref pr]"),
                arguments(USER, "active eq true"),
                arguments(USER, "active ne false"),
                arguments(USER, "title eq null or title ne NULL"),
                arguments(USER, "userName gt \"m\" and userName le \"n\""),
                arguments(USER, "meta.lastModified gt \"2011-05-13T04:42:34Z\""),
                arguments(USER, "meta.created le \"2011-05-13T04:42:34.123+02:00\""),
                arguments(USER, "meta.resourceType eq \"User\""),
                arguments(USER, "x509Certificates.value eq \"MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw\""),
                arguments(USER, "profileUrl sw \"https://\""),
                arguments(USER, ENTERPRISE + ":employeeNumber eq \"701984\""),
                arguments(USER, ENTERPRISE + ":manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\""),
                arguments(USER, ENTERPRISE.toUpperCase() + ":Manager pr"),
                arguments(USER, "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\""),
                arguments(USER, "urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"]"),
                arguments(GROUP, "displayName eq \"Group One\""),
                arguments(GROUP, "id eq \"x\" and members[value eq \"y\"]"),
                arguments(GROUP, "members.value eq \"y\""),
                arguments(GROUP, "members[type eq \"User\"].display sw \"Bar\""),
                arguments(GROUP, "externalId pr or meta.version eq \"W/\\\"3\\\"\""),
                arguments(GROUP, "urn:ietf:params:scim:schemas:core:2.0:Group:displayName co \"One\""));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("acceptedFilters")
    void givenAFilterThatFitsTheSchemaThenItComesBackUnchanged(ResourceTypeDefinition type, String text) {
        Filter filter = FilterParser.parse(text);
        assertEquals(filter, FilterValidator.validate(filter, type));
    }

    static Stream<Arguments> normalisedFilters() {
        AttributePath active = AttributePath.of("active");
        return Stream.of(
                arguments("active eq \"true\"", eq(active, BooleanNode.TRUE)),
                arguments("active eq \"False\"", eq(active, BooleanNode.FALSE)),
                arguments("active ne \"TRUE\"", ne(active, BooleanNode.TRUE)),
                arguments("userName eq \"x\" and not (active eq \"false\")",
                        and(eq(AttributePath.of("userName"), "x"), not(eq(active, BooleanNode.FALSE)))),
                arguments("title pr or active eq \"true\"", or(pr(AttributePath.of("title")), eq(active, BooleanNode.TRUE))),
                arguments("emails[primary eq \"True\"]",
                        valuePath(AttributePath.of("emails"), eq(AttributePath.of("primary"), BooleanNode.TRUE))),
                arguments("emails[type eq \"work\"].primary eq \"true\"", valuePath(AttributePath.of("emails"),
                        and(eq(AttributePath.of("type"), "work"), eq(AttributePath.of("primary"), BooleanNode.TRUE)))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("normalisedFilters")
    void givenABooleanWrittenAsAStringThenItBecomesAJsonBoolean(String text, Filter expected) {
        assertEquals(expected, FilterValidator.validate(FilterParser.parse(text), USER));
    }

    static Stream<Arguments> refusedFilters() {
        return Stream.of(
                // unknown attributes and sub-attributes
                arguments(USER, "nickname2 eq \"x\"", "unknown attribute 'nickname2'"),
                arguments(USER, "name.middle eq \"x\"", "'name' has no sub-attribute 'middle'"),
                arguments(USER, "userName.value eq \"x\"", "'userName' has no sub-attribute 'value'"),
                arguments(USER, "emails[kind eq \"work\"]", "'emails' has no sub-attribute 'kind'"),
                arguments(USER, "emails[type eq \"work\"].address eq \"x\"", "'emails' has no sub-attribute 'address'"),
                arguments(USER, "emails[emails.type eq \"work\"]", "must be a sub-attribute name of 'emails'"),
                arguments(USER, "emails[" + ENTERPRISE + ":type eq \"work\"]", "must be a sub-attribute name"),
                arguments(USER, "members[value eq \"x\"]", "unknown attribute 'members'"),
                arguments(USER, "employeeNumber eq \"1\"", "needs its schema URN"),
                arguments(USER, "manager.value eq \"1\"", "needs its schema URN"),
                arguments(USER, ENTERPRISE + ":userName eq \"x\"", "unknown attribute"),
                arguments(USER, ENTERPRISE + ":manager.foo eq \"x\"", "has no sub-attribute 'foo'"),
                arguments(USER, "urn:example:unknown:1.0:User:userName eq \"x\"", "is not a schema of the resource type User"),
                arguments(USER, "urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq \"x\"", "is not a schema"),
                arguments(GROUP, "userName eq \"x\"", "unknown attribute 'userName' for the resource type Group"),
                arguments(GROUP, "emails[type eq \"work\"]", "unknown attribute 'emails'"),
                arguments(GROUP, "members[name eq \"x\"]", "'members' has no sub-attribute 'name'"),
                arguments(GROUP, ENTERPRISE + ":employeeNumber eq \"1\"", "is not a schema of the resource type Group"),
                arguments(GROUP, "displayName eq \"x\" or title pr", "unknown attribute 'title'"),
                // never returned
                arguments(USER, "password eq \"secret\"", "'password' is never returned"),
                arguments(USER, "password pr", "'password' is never returned"),
                arguments(USER, "not (PassWord sw \"a\")", "is never returned"),
                // type mismatches
                arguments(USER, "active eq \"yes\"", "\"yes\" is not a valid value for the boolean attribute 'active'"),
                arguments(USER, "active eq 1", "boolean attribute 'active'"),
                arguments(USER, "active gt true", "'gt' cannot compare the boolean attribute 'active'"),
                arguments(USER, "emails[primary le false]", "'le' cannot compare the boolean attribute 'emails.primary'"),
                arguments(USER, "active co \"t\"", "'co' needs a string attribute"),
                arguments(USER, "userName eq 42", "42 is not a valid value for the string attribute 'userName'"),
                arguments(USER, "userName eq true", "string attribute 'userName'"),
                arguments(USER, "userName sw 1", "string attribute 'userName'"),
                arguments(USER, "userName gt null", "null can only be compared with eq or ne"),
                arguments(USER, "userName co null", "null can only be compared with eq or ne"),
                arguments(USER, "meta.created gt \"yesterday\"", "is not a dateTime"),
                arguments(USER, "meta.created gt 20240101", "dateTime attribute 'meta.created'"),
                arguments(USER, "meta.created sw \"2024\"", "'sw' needs a string attribute"),
                arguments(USER, "x509Certificates.value gt \"MII\"", "'gt' cannot compare the binary attribute"),
                // complex attributes
                arguments(USER, "name eq \"Barbara\"", "'name' is complex"),
                arguments(USER, ENTERPRISE + ":manager eq \"x\"", "is complex"),
                arguments(GROUP, "meta gt \"x\"", "'meta' is complex"),
                // value paths on what is not multi-valued and complex
                arguments(USER, "name[givenName eq \"x\"]", "'name' is not a multi-valued complex attribute"),
                arguments(USER, "userName[value eq \"x\"]", "'userName' is not a multi-valued complex attribute"),
                arguments(USER, ENTERPRISE + ":manager[value eq \"x\"]", "not a multi-valued complex attribute"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("refusedFilters")
    void givenAFilterThatDoesNotFitTheSchemaThenItIsInvalidFilterNamingTheAttribute(ResourceTypeDefinition type,
                                                                                    String text, String detailPart) {
        Filter filter = FilterParser.parse(text);
        ScimException error = assertThrows(ScimException.class, () -> FilterValidator.validate(filter, type));
        assertEquals(400, error.status());
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
        assertTrue(error.detail().startsWith("Invalid filter: "), error.detail());
        assertTrue(error.detail().contains(detailPart), error.detail());
    }

    static Stream<Arguments> refusedTrees() {
        return Stream.of(
                arguments(valuePath(AttributePath.of("emails"), valuePath(AttributePath.of("value"), pr(AttributePath.of("x")))),
                        "cannot be nested"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusedTrees")
    void givenAProgrammaticTreeTheParserWouldRefuseThenTheValidatorRefusesIt(Filter filter, String detailPart) {
        ScimException error = assertThrows(ScimException.class, () -> FilterValidator.validate(filter, USER));
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
        assertTrue(error.detail().contains(detailPart), error.detail());
    }
}
