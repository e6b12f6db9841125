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
 * {@code remove} (RFC 7644 §3.5.2.2), one row per path form: the user before, the operations, then what differs
 * afterwards ({@code null} for a member that is gone). Removing what is not there succeeds and changes nothing.
 */
class RemoveOperationTest {

    static Stream<Arguments> removes() {
        return Stream.of(
                arguments("attribute", BJENSEN, """
                        {"op": "remove", "path": "name"}""", """
                        {"name": null}"""),
                arguments("absent attribute: nothing happens", BJENSEN, """
                        {"op": "remove", "path": "nickName"}""", "{}"),
                arguments("sub-attribute", BJENSEN, """
                        {"op": "remove", "path": "name.givenName"}""", """
                        {"name": {"familyName": "Jensen"}}"""),
                arguments("the last sub-attribute: the attribute goes", BJENSEN, """
                        {"op": "remove", "path": "name.givenName"}, {"op": "remove", "path": "name.familyName"}""", """
                        {"name": null}"""),
                arguments("multi-valued", BJENSEN, """
                        {"op": "remove", "path": "emails"}""", """
                        {"emails": null}"""),
                arguments("multi-valued with a value: the entries given, compared as filters compare", BJENSEN, """
                        {"op": "remove", "path": "emails", "value": [{"value": "BABS@jensen.org"}]}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true}]}"""),
                arguments("value filter", BJENSEN, """
                        {"op": "remove", "path": "emails[type eq \\"home\\"]"}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true}]}"""),
                arguments("value filter, names and values in another case", BJENSEN, """
                        {"op": "remove", "path": "EMAILS[TYPE eq \\"HOME\\"]"}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": true}]}"""),
                arguments("value filter matching nothing: nothing happens", BJENSEN, """
                        {"op": "remove", "path": "emails[type eq \\"other\\"]"}""", "{}"),
                arguments("value filter matching every entry: the attribute goes", BJENSEN, """
                        {"op": "remove", "path": "emails[type eq \\"work\\" or not (type eq \\"work\\")]"}""", """
                        {"emails": null}"""),
                arguments("value filter + sub-attribute", BJENSEN, """
                        {"op": "remove", "path": "emails[type eq \\"work\\"].primary"}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work"},
                                    {"value": "babs@jensen.org", "type": "home"}]}"""),
                arguments("value filter + sub-attribute matching nothing: nothing happens", BJENSEN, """
                        {"op": "remove", "path": "emails[type eq \\"other\\"].display"}""", "{}"),
                arguments("extension attribute URN path", BJENSEN_ENTERPRISE, """
                        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"}""",
                        """
                        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                            {"manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}}}"""),
                arguments("every extension attribute: the extension leaves schemas", BJENSEN_ENTERPRISE, """
                        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"},
                        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}""",
                        """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": null}"""),
                arguments("whole extension URN path", BJENSEN_ENTERPRISE, """
                        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": null}"""),
                arguments("whole extension that is absent: nothing happens", BJENSEN, """
                        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}""", "{}"),
                arguments("writeOnly password", BJENSEN, """
                        {"op": "remove", "path": "password"}""", "{}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("removes")
    void givenARemoveThenTheUserChangesAsRfc7644Says(String name, String base, String operations, String changes) {
        assertPatched(USER, base, operations, changes);
    }
}
