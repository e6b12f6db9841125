package org.kcscim.scim.protocol.patch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.patch.PatchFixtures.BJENSEN_ENTERPRISE;
import static org.kcscim.scim.protocol.patch.PatchFixtures.BJENSEN;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;
import static org.kcscim.scim.protocol.patch.PatchFixtures.assertPatched;

/**
 * {@code replace} (RFC 7644 §3.5.2.3), one row per path form: the user before, the operations, then what differs
 * afterwards ({@code null} for a member that is gone).
 */
class ReplaceOperationTest {

    static Stream<Arguments> replaces() {
        return Stream.of(
                arguments("no path: attributes", BJENSEN, """
                        {"op": "replace", "value": {"displayName": "Babs", "active": false}}""", """
                        {"displayName": "Babs", "active": false}"""),
                arguments("no path: a complex value merges, other sub-attributes stay", BJENSEN, """
                        {"op": "replace", "value": {"name": {"givenName": "Barb"}}}""", """
                        {"name": {"givenName": "Barb", "familyName": "Jensen"}}"""),
                arguments("no path: a read-only attribute repeated with its current value", BJENSEN, """
                        {"op": "replace", "value": {"id": "2819c223-7f76-453a-919d-413861904646",
                                                    "displayName": "Babs"}}""", """
                        {"displayName": "Babs"}"""),
                arguments("no path: the schemas member is skipped", BJENSEN, """
                        {"op": "replace", "value": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                                    "nickName": "Babs"}}""", """
                        {"nickName": "Babs"}"""),
                arguments("attribute", BJENSEN, """
                        {"op": "replace", "path": "userName", "value": "barbara@example.com"}""", """
                        {"userName": "barbara@example.com"}"""),
                arguments("absent attribute: added", BJENSEN, """
                        {"op": "replace", "path": "nickName", "value": "Babs"}""", """
                        {"nickName": "Babs"}"""),
                arguments("sub-attribute", BJENSEN, """
                        {"op": "replace", "path": "name.familyName", "value": "Smith"}""", """
                        {"name": {"givenName": "Barbara", "familyName": "Smith"}}"""),
                arguments("null: the sub-attribute is unassigned", BJENSEN, """
                        {"op": "replace", "path": "name.givenName", "value": null}""", """
                        {"name": {"familyName": "Jensen"}}"""),
                arguments("multi-valued: the whole list", BJENSEN, """
                        {"op": "replace", "path": "emails",
                         "value": [{"value": "barbara@example.com", "type": "work", "primary": true}]}""", """
                        {"emails": [{"value": "barbara@example.com", "type": "work", "primary": true}]}"""),
                arguments("multi-valued: null unassigns the list", BJENSEN, """
                        {"op": "replace", "path": "emails", "value": null}""", """
                        {"emails": null}"""),
                arguments("value filter: the object merges into the matching entry", BJENSEN, """
                        {"op": "replace", "path": "emails[type eq \\"work\\"]", "value": {"value": "barbara@example.com"}}""",
                        """
                        {"emails": [{"value": "barbara@example.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "home"}]}"""),
                arguments("value filter + sub-attribute", BJENSEN, """
                        {"op": "replace", "path": "emails[type eq \\"home\\"].value", "value": "barbara@jensen.org"}""",
                        """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                                    {"value": "barbara@jensen.org", "type": "home"}]}"""),
                arguments("value filter with or: every matching entry", BJENSEN, """
                        {"op": "replace", "path": "emails[type eq \\"work\\" or type eq \\"home\\"].display",
                         "value": "Barbara"}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true, "display": "Barbara"},
                                    {"value": "babs@jensen.org", "type": "home", "display": "Barbara"}]}"""),
                arguments("value filter compares ignoring case where not caseExact", BJENSEN, """
                        {"op": "replace", "path": "emails[value eq \\"BABS@Jensen.org\\"].type", "value": "other"}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "other"}]}"""),
                arguments("primary set on one entry is cleared on the others", BJENSEN, """
                        {"op": "replace", "path": "emails[type eq \\"home\\"].primary", "value": true}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": false},
                                    {"value": "babs@jensen.org", "type": "home", "primary": true}]}"""),
                arguments("primary twice in one list: the last one wins", BJENSEN, """
                        {"op": "replace", "path": "emails", "value": [
                            {"value": "a@example.com", "primary": true}, {"value": "b@example.com", "primary": true}]}""",
                        """
                        {"emails": [{"value": "a@example.com", "primary": false},
                                    {"value": "b@example.com", "primary": true}]}"""),
                arguments("extension attribute", BJENSEN_ENTERPRISE, """
                        {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
                         "value": "42"}""", """
                        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "42",
                            "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}}}"""),
                arguments("extension sub-attribute", BJENSEN_ENTERPRISE, """
                        {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
                         "value": "ffd3e8c5"}""", """
                        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984",
                            "manager": {"value": "ffd3e8c5", "displayName": "John Smith"}}}"""),
                arguments("whole extension: attributes given replace, the others stay", BJENSEN_ENTERPRISE, """
                        {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                         "value": {"department": "Sales", "employeeNumber": "42"}}""", """
                        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "42",
                            "department": "Sales",
                            "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}}}"""),
                arguments("whole extension with null: the extension goes", BJENSEN_ENTERPRISE, """
                        {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                         "value": null}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": null}"""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("replaces")
    void givenAReplaceThenTheUserChangesAsRfc7644Says(String name, String base, String operations, String changes) {
        assertPatched(USER, base, operations, changes);
    }
}
