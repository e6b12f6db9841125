package org.kcscim.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class AttributeSettingsValidationTest {

    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final String EXTENSION = """
            {"id":"%s","attributes":[{"name":"costCenter","type":"string","multiValued":false,"required":false,
             "caseExact":false},{"name":"badges","type":"string","multiValued":true},{"name":"level","type":"integer"}]}"""
            .formatted(ACME);

    private static List<FieldError> check(String body) {
        ConfigurationInput input = ConfigurationInput.parse(body);
        return AttributeSettingsValidation.check(input.schemaExtensions().orElse(List.of()),
                input.attributeMappings().orElse(List.of()));
    }

    private static String mapping(String scimPath, String userAttribute) {
        return "{\"schemaExtensions\":[" + EXTENSION + "],\"attributeMappings\":[{\"scimPath\":\""
                + scimPath.replace("\"", "\\\"") + "\",\"userAttribute\":\"" + userAttribute + "\"}]}";
    }

    @Test
    void givenTheIssuesExampleThenItIsValid() {
        assertEquals(List.of(), check("""
                {"schemaExtensions":[{"id":"%s","attributes":[{"name":"costCenter","type":"string",
                  "multiValued":false,"required":false,"caseExact":false}]}],
                 "attributeMappings":[{"scimPath":"%s:costCenter","userAttribute":"costCenter"},
                  {"scimPath":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
                   "userAttribute":"department"}]}""".formatted(ACME, ACME)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "title", "TITLE", "externalId", "nickName", "name.middleName", "locale",
            "phoneNumbers[type eq \"work\"].value", "addresses[type eq \"work\"].locality",
            "emails[type eq \"work\"].value", "emails[TYPE eq \"home\"].primary",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
            ACME + ":costCenter", ACME + ":badges", ACME + ":LEVEL"})
    void givenAPathWithOneValueThenItMaps(String scimPath) {
        assertEquals(List.of(), check(mapping(scimPath, "mapped")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "userName|userName is kept in a native Keycloak field or computed; it cannot be mapped",
            "name.givenName|name.givenName is kept in a native Keycloak field or computed; it cannot be mapped",
            "name.familyName|name.familyName is kept in a native Keycloak field or computed; it cannot be mapped",
            "active|active is kept in a native Keycloak field or computed; it cannot be mapped",
            "password|password is kept in a native Keycloak field or computed; it cannot be mapped",
            "id|id is kept in a native Keycloak field or computed; it cannot be mapped",
            "meta.created|meta.created is kept in a native Keycloak field or computed; it cannot be mapped",
            "groups[type eq \"direct\"].value|groups.value is kept in a native Keycloak field or computed; it cannot be mapped",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName|manager.displayName is computed by the server; it cannot be mapped",
            "name|name is complex: one user attribute cannot hold it whole; map its sub-attributes such as name.formatted",
            "addresses|addresses is complex: one user attribute cannot hold it whole; map its sub-attributes with a value path such as addresses[type eq \"work\"].value",
            "emails.value|emails holds several entries; map one of them with a value path such as emails[type eq \"work\"].value",
            "phoneNumbers[value eq \"1\"].value|The only value filter a mapping may use is [type eq \"<type>\"], such as phoneNumbers[type eq \"work\"].value",
            "phoneNumbers[type eq \"work\"]|Name the sub-attribute the user attribute holds, such as phoneNumbers[type eq \"work\"].value",
            "phoneNumbers[type eq \"work\"].type|The type of the entry is the filter itself; map another sub-attribute",
            "phoneNumbers[type eq \"work\"].colour|phoneNumbers has no sub-attribute colour",
            "costCenter|No attribute costCenter in the User schema, the Enterprise User extension or the declared extensions",
            "urn:ietf:params:scim:schemas:extension:other:2.0:User:costCenter|No attribute urn:ietf:params:scim:schemas:extension:other:2.0:User:costCenter in the User schema, the Enterprise User extension or the declared extensions",
            ACME + "|Names a whole schema extension; map its attributes one by one",
    })
    void givenAPathThatCannotBeMappedThenTheErrorSaysWhy(String scimPath, String message) {
        assertEquals(List.of(new FieldError("attributeMappings[0].scimPath", message)), check(mapping(scimPath, "mapped")));
    }

    @Test
    void givenAMalformedPathThenTheErrorNamesIt() {
        List<FieldError> errors = check(mapping("phoneNumbers[type eq ", "mapped"));
        assertEquals("attributeMappings[0].scimPath", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith("Not a SCIM attribute path: "), errors.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "username|username is a native Keycloak field, kept from userName, name and emails already",
            "email|email is a native Keycloak field, kept from userName, name and emails already",
            "firstName|firstName is a native Keycloak field, kept from userName, name and emails already",
            "LASTNAME|LASTNAME is a native Keycloak field, kept from userName, name and emails already",
            "enabled|enabled is a native Keycloak field, kept from userName, name and emails already",
            "kcscim.title|Names starting with kcscim. are the extension's own",
            "cost center|Must be a user-profile attribute name: letters, digits, '.', '_' or '-'",
    })
    void givenANativeOrInvalidUserAttributeThenItIsRefused(String userAttribute, String message) {
        assertEquals(List.of(new FieldError("attributeMappings[0].userAttribute", message)),
                check(mapping("title", userAttribute)));
    }

    @Test
    void givenTwoScimAttributesOnOneUserAttributeThenTheSecondIsRefused() {
        assertEquals(List.of(new FieldError("attributeMappings[1].userAttribute",
                        "Is the target of attributeMappings[0] already: one user attribute holds one SCIM attribute")),
                check("""
                        {"attributeMappings":[{"scimPath":"title","userAttribute":"jobTitle"},
                          {"scimPath":"nickName","userAttribute":"JobTitle"}]}"""));
    }

    @Test
    void givenOneScimAttributeMappedTwiceThenTheSecondIsRefused() {
        assertEquals(List.of(new FieldError("attributeMappings[1].scimPath", "Is mapped already by attributeMappings[0]")),
                check("""
                        {"attributeMappings":[{"scimPath":"phoneNumbers[type eq \\"work\\"].value","userAttribute":"a"},
                          {"scimPath":"PHONENUMBERS[type eq \\"Work\\"].value","userAttribute":"b"}]}"""));
    }

    @Test
    void givenAnExtensionOnlyKnownOnceDeclaredThenAMappingFollowsIt() {
        // A mapping onto an extension the same body no longer declares does not resolve
        assertEquals(List.of(new FieldError("attributeMappings[0].scimPath", "No attribute " + ACME
                        + ":costCenter in the User schema, the Enterprise User extension or the declared extensions")),
                check("{\"attributeMappings\":[{\"scimPath\":\"" + ACME + ":costCenter\",\"userAttribute\":\"c\"}]}"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"id\":\"acme\",\"attributes\":[{\"name\":\"a\"}]}|schemaExtensions[0].id|Must be a URN such as urn:ietf:params:scim:schemas:extension:acme:2.0:User",
            "{\"id\":\"urn:acme:\",\"attributes\":[{\"name\":\"a\"}]}|schemaExtensions[0].id|Must be a URN such as urn:ietf:params:scim:schemas:extension:acme:2.0:User",
            "{\"id\":\"urn:a b:c\",\"attributes\":[{\"name\":\"a\"}]}|schemaExtensions[0].id|Must be a URN such as urn:ietf:params:scim:schemas:extension:acme:2.0:User",
            "{\"id\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\",\"attributes\":[{\"name\":\"a\"}]}|schemaExtensions[0].id|Is the URN of a schema the server implements already; choose the directory's own",
            "{\"id\":\"URN:IETF:params:scim:schemas:core:2.0:User\",\"attributes\":[{\"name\":\"a\"}]}|schemaExtensions[0].id|Is the URN of a schema the server implements already; choose the directory's own",
            "{\"id\":\"urn:ietf:params:scim:schemas:core:2.0:Group\",\"attributes\":[{\"name\":\"a\"}]}|schemaExtensions[0].id|Is the URN of a schema the server implements already; choose the directory's own",
            "{\"id\":\"urn:x:y\",\"attributes\":[]}|schemaExtensions[0].attributes|Must declare at least one attribute",
            "{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"1a\"}]}|schemaExtensions[0].attributes[0].name|Must be a SCIM attribute name: a letter, then letters, digits, - or _",
            "{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a.b\"}]}|schemaExtensions[0].attributes[0].name|Must be a SCIM attribute name: a letter, then letters, digits, - or _",
            "{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a\"},{\"name\":\"A\"}]}|schemaExtensions[0].attributes[1].name|Is declared already by schemaExtensions[0].attributes[0]",
            "{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a\",\"type\":\"complex\"}]}|schemaExtensions[0].attributes[0].type|Complex attributes are not supported in extensions; declare each part as an attribute of its own",
            "{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a\",\"type\":\"binary\"}]}|schemaExtensions[0].attributes[0].type|Must be one of string, boolean, integer, decimal, dateTime, reference",
    })
    void givenABadExtensionThenTheErrorNamesTheEntry(String extension, String field, String message) {
        assertEquals(List.of(new FieldError(field, message)), check("{\"schemaExtensions\":[" + extension + "]}"));
    }

    @Test
    void givenTheSameExtensionTwiceThenTheSecondIsRefused() {
        assertEquals(List.of(new FieldError("schemaExtensions[1].id", "Is declared already by schemaExtensions[0]")),
                check("{\"schemaExtensions\":[{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a\"}]},"
                        + "{\"id\":\"URN:X:Y\",\"attributes\":[{\"name\":\"a\"}]}]}"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"schemaExtensions\":{}}|schemaExtensions|Must be an array of schema extensions",
            "{\"schemaExtensions\":[1]}|schemaExtensions[0]|Must be an object with id and attributes",
            "{\"schemaExtensions\":[{\"attributes\":[{\"name\":\"a\"}]}]}|schemaExtensions[0].id|Is required, as a string",
            "{\"schemaExtensions\":[{\"id\":\"urn:x:y\"}]}|schemaExtensions[0].attributes|Must be an array of attributes",
            "{\"schemaExtensions\":[{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a\",\"type\":\"text\"}]}]}|schemaExtensions[0].attributes[0].type|Must be one of string, boolean, integer, decimal, dateTime, reference",
            "{\"schemaExtensions\":[{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a\",\"required\":\"yes\"}]}]}|schemaExtensions[0].attributes[0].required|Must be true or false",
            "{\"schemaExtensions\":[{\"id\":\"urn:x:y\",\"attributes\":[{\"name\":\"a\",\"mutability\":\"readOnly\"}]}]}|schemaExtensions[0].attributes[0].mutability|Unknown property",
            "{\"attributeMappings\":\"title\"}|attributeMappings|Must be an array of attribute mappings",
            "{\"attributeMappings\":[[]]}|attributeMappings[0]|Must be an object with scimPath and userAttribute",
            "{\"attributeMappings\":[{\"scimPath\":\"title\"}]}|attributeMappings[0].userAttribute|Is required, as a string",
            "{\"attributeMappings\":[{\"scimPath\":\"title\",\"userAttribute\":\"t\",\"x\":1}]}|attributeMappings[0].x|Unknown property",
    })
    void givenABadShapeThenTheErrorNamesTheEntry(String body, String field, String message) {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> ConfigurationInput.parse(body));
        assertEquals(List.of(new FieldError(field, message)), problem.errors());
    }

    @Test
    void givenAListOntoASingleValuedProfileAttributeThenItIsRefusedAndTheRestIsNot() {
        ConfigurationInput input = ConfigurationInput.parse("""
                {"schemaExtensions":[%s],"attributeMappings":[
                  {"scimPath":"%s:badges","userAttribute":"badges"},
                  {"scimPath":"%s:costCenter","userAttribute":"costCenter"},
                  {"scimPath":"phoneNumbers[type eq \\"work\\"].value","userAttribute":"phone"}]}"""
                .formatted(EXTENSION, ACME, ACME));
        List<FieldError> errors = AttributeSettingsValidation.check(input.schemaExtensions().orElseThrow(),
                input.attributeMappings().orElseThrow(), Set.of("badges", "costCenter", "phone"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("attributeMappings[0].userAttribute", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("single-valued"), errors.get(0).message());
        assertEquals(List.of(), AttributeSettingsValidation.check(input.schemaExtensions().orElseThrow(),
                input.attributeMappings().orElseThrow(), Set.of("costCenter", "phone")));
    }
}
