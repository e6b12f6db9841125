package org.kcscim.scim.protocol.patch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.patch.PatchFixtures.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/** {@code add} (RFC 7644 §3.5.2.1) on a user, one row per path form: operation, then what differs afterwards. */
class AddOperationTest {

    static Stream<Arguments> adds() {
        return Stream.of(
                arguments("no path: attributes", """
                        {"op": "add", "value": {"nickName": "Babs", "title": "Tour Guide"}}""", """
                        {"nickName": "Babs", "title": "Tour Guide"}"""),
                arguments("no path: a complex value merges into the current one", """
                        {"op": "add", "value": {"name": {"middleName": "Jane"}}}""", """
                        {"name": {"givenName": "Barbara", "familyName": "Jensen", "middleName": "Jane"}}"""),
                arguments("no path: dotted member name", """
                        {"op": "add", "value": {"name.honorificPrefix": "Ms."}}""", """
                        {"name": {"givenName": "Barbara", "familyName": "Jensen", "honorificPrefix": "Ms."}}"""),
                arguments("no path: extension URN member", """
                        {"op": "add", "value": {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                                                {"costCenter": "4130"}}}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"costCenter": "4130"}}"""),
                arguments("attribute", """
                        {"op": "add", "path": "displayName", "value": "Babs Jensen"}""", """
                        {"displayName": "Babs Jensen"}"""),
                arguments("singular attribute that has a value: replaced", """
                        {"op": "add", "path": "userName", "value": "babs"}""", """
                        {"userName": "babs"}"""),
                arguments("sub-attribute", """
                        {"op": "add", "path": "name.middleName", "value": "Jane"}""", """
                        {"name": {"givenName": "Barbara", "familyName": "Jensen", "middleName": "Jane"}}"""),
                arguments("names ignore case and come out canonical", """
                        {"op": "add", "path": "NAME.MIDDLENAME", "value": "Jane"}""", """
                        {"name": {"givenName": "Barbara", "familyName": "Jensen", "middleName": "Jane"}}"""),
                arguments("multi-valued: an array is appended", """
                        {"op": "add", "path": "phoneNumbers", "value": [{"value": "555-555-8377", "type": "work"}]}""", """
                        {"phoneNumbers": [{"value": "555-555-8377", "type": "work"}]}"""),
                arguments("multi-valued: one object is appended", """
                        {"op": "add", "path": "Emails", "value": {"value": "b@example.org", "type": "other"}}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "home"},
                                    {"value": "b@example.org", "type": "other"}]}"""),
                arguments("multi-valued: an exact duplicate is skipped", """
                        {"op": "add", "path": "emails", "value": [{"value": "babs@jensen.org", "type": "home"}]}""",
                        "{}"),
                arguments("multi-valued: a new primary entry takes primary over", """
                        {"op": "add", "path": "emails",
                         "value": [{"value": "b@example.org", "type": "other", "primary": true}]}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": false},
                                    {"value": "babs@jensen.org", "type": "home"},
                                    {"value": "b@example.org", "type": "other", "primary": true}]}"""),
                arguments("value filter + sub-attribute: set on the matching entry", """
                        {"op": "add", "path": "emails[type eq \\"home\\"].display", "value": "Home"}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "home", "display": "Home"}]}"""),
                arguments("value filter: an object merged into the matching entry", """
                        {"op": "add", "path": "emails[type eq \\"home\\"]", "value": {"display": "Home"}}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "home", "display": "Home"}]}"""),
                arguments("value filter + sub-attribute, nothing matches: the entry the filter describes is created",
                        """
                        {"op": "add", "path": "phoneNumbers[type eq \\"mobile\\" and primary eq \\"true\\"].value",
                         "value": "555-0100"}""", """
                        {"phoneNumbers": [{"type": "mobile", "primary": true, "value": "555-0100"}]}"""),
                arguments("extension attribute URN path", """
                        {"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
                         "value": "701984"}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984"}}"""),
                arguments("extension attribute URN path in another case", """
                        {"op": "add", "path": "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:Department",
                         "value": "Sales"}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Sales"}}"""),
                arguments("whole extension URN path", """
                        {"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                         "value": {"department": "Tour Operations", "manager": {"value": "26118915"}}}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                             {"department": "Tour Operations", "manager": {"value": "26118915"}}}"""),
                arguments("read-only sub-attribute inside a value is ignored", """
                        {"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                         "value": {"value": "26118915", "displayName": "John Smith"}}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                             {"manager": {"value": "26118915"}}}"""),
                arguments("writeOnly password is written for the store to take", """
                        {"op": "add", "path": "password", "value": "t1meMa$heen"}""", """
                        {"password": "t1meMa$heen"}"""),
                arguments("a null value for an absent attribute changes nothing", """
                        {"op": "add", "path": "nickName", "value": null}""", "{}"),
                arguments("operations apply in order, each seeing the previous ones", """
                        {"op": "add", "path": "emails", "value": [{"value": "b@example.org", "type": "other"}]},
                        {"op": "add", "path": "emails[type eq \\"other\\"].display", "value": "Other"}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "home"},
                                    {"value": "b@example.org", "type": "other", "display": "Other"}]}"""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("adds")
    void givenAnAddThenTheUserChangesAsRfc7644Says(String name, String operations, String changes) {
        assertPatched(USER, BJENSEN, operations, changes);
    }

    @Test
    void givenAPasswordThenTheResultOffersItToTheStore() {
        PatchResult result = assertPatched(USER, BJENSEN, """
                {"op": "add", "path": "password", "value": "t1meMa$heen"}""", """
                {"password": "t1meMa$heen"}""");
        assertEquals(Optional.of("t1meMa$heen"), result.password());
        result.resource().remove("password");
        assertEquals(Optional.of("t1meMa$heen"), result.password(), "taken out first, the password is still offered");
        assertEquals(Optional.empty(), assertPatched(USER, BJENSEN, """
                {"op": "add", "path": "nickName", "value": "Babs"}""", """
                {"nickName": "Babs"}""").password());
    }
}
