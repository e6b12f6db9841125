package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.patch.PatchFixtures.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/**
 * PATCH bodies for users exactly as Entra ID (default and {@code aadOptscim062020} shapes) and Okta send them
 * (DESIGN §4 "Client compatibility"): the user before, the body, then what differs afterwards.
 */
class UserClientShapesTest {

    static Stream<Arguments> bodies() {
        return Stream.of(
                arguments("Entra ID: Replace of the work email and the family name", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace",\
                        "path":"emails[type eq \\"work\\"].value","value":"updatedEmail@microsoft.com"},{"op":"Replace",\
                        "path":"name.familyName","value":"updatedFamilyName"}]}""", """
                        {"emails": [{"value": "updatedEmail@microsoft.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "home"}],
                         "name": {"givenName": "Barbara", "familyName": "updatedFamilyName"}}"""),
                arguments("Entra ID: disable with the string \"False\"", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace",\
                        "path":"active","value":"False"}]}""", """
                        {"active": false}"""),
                arguments("Entra ID aadOptscim062020: disable with a boolean", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",\
                        "path":"active","value":false}]}""", """
                        {"active": false}"""),
                arguments("Entra ID: path-less Replace with a string boolean", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace",\
                        "value":{"active":"False"}}]}""", """
                        {"active": false}"""),
                arguments("Entra ID: Add of a single-valued attribute", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add",\
                        "path":"nickName","value":"Babs"}]}""", """
                        {"nickName": "Babs"}"""),
                arguments("Entra ID aadOptscim062020: path-less add of a single-valued attribute", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add",\
                        "value":{"nickName":"Babs"}}]}""", """
                        {"nickName": "Babs"}"""),
                arguments("Entra ID: Add of a work email the user does not have yet", MINIMAL, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add",\
                        "path":"emails[type eq \\"work\\"].value","value":"test.user@contoso.com"},{"op":"Add",\
                        "path":"addresses[type eq \\"work\\"].formatted","value":"Columbus"},{"op":"Add",\
                        "path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+1 555 0100"}]}""", """
                        {"emails": [{"type": "work", "value": "test.user@contoso.com"}],
                         "addresses": [{"type": "work", "formatted": "Columbus"}],
                         "phoneNumbers": [{"type": "mobile", "value": "+1 555 0100"}]}"""),
                arguments("Entra ID: Add of the manager as a plain string", MINIMAL, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add",\
                        "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",\
                        "value":"2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2"}]}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                             {"manager": {"value": "2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2"}}}"""),
                arguments("Entra ID: Add of the manager as an object", MINIMAL, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add",\
                        "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",\
                        "value":{"value":"2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2"}}]}""", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                             {"manager": {"value": "2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2"}}}"""),
                arguments("Entra ID: Replace of the manager as a plain string", BJENSEN_ENTERPRISE, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace",\
                        "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",\
                        "value":"2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2"}]}""", """
                        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984",
                             "manager": {"value": "2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2", "displayName": "John Smith"}}}"""),
                arguments("Entra ID: Remove of the manager", BJENSEN_ENTERPRISE, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Remove",\
                        "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}]}""", """
                        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984"}}"""),
                arguments("Entra ID aadOptscim062020: path-less replace with dotted, filtered and URN member names",
                        BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",\
                        "value":{"displayName":"Babs Jensen","emails[type eq \\"work\\"].value":"babs@contoso.com",\
                        "name.givenName":"Babs","name.familyName":"Jensen-Smith",\
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Tour Operations",\
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager":"26118915"}}]}""", """
                        {"displayName": "Babs Jensen",
                         "emails": [{"value": "babs@contoso.com", "type": "work", "primary": true},
                                    {"value": "babs@jensen.org", "type": "home"}],
                         "name": {"givenName": "Babs", "familyName": "Jensen-Smith"},
                         "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                             {"department": "Tour Operations", "manager": {"value": "26118915"}}}"""),
                arguments("Entra ID: string booleans inside the entries of a multi-valued attribute", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add",\
                        "path":"emails","value":[{"value":"babs@contoso.com","type":"other","primary":"true"}]},\
                        {"op":"Add","path":"roles","value":[{"primary":"False","type":"WindowsAzureActiveDirectoryRole",\
                        "value":"Reader"}]}]}""", """
                        {"emails": [{"value": "bjensen@example.com", "type": "work", "primary": false},
                                    {"value": "babs@jensen.org", "type": "home"},
                                    {"value": "babs@contoso.com", "type": "other", "primary": true}],
                         "roles": [{"primary": false, "type": "WindowsAzureActiveDirectoryRole", "value": "Reader"}]}"""),
                arguments("Entra ID: Replace of userName and externalId", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace",\
                        "path":"userName","value":"babs@contoso.com"},{"op":"Replace","path":"externalId",\
                        "value":"babs"}]}""", """
                        {"userName": "babs@contoso.com", "externalId": "babs"}"""),
                arguments("Okta: deactivate with a path-less replace", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",\
                        "value":{"active":false}}]}""", """
                        {"active": false}"""),
                arguments("Okta: password push with a path-less replace", BJENSEN, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",\
                        "value":{"password":"Sup3r-s3cret"}}]}""", """
                        {"password": "Sup3r-s3cret"}"""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("bodies")
    void givenABodyAsTheDirectorySendsItThenTheUserChangesAsIntended(String name, String base, String body,
                                                                     String changes) {
        ObjectNode input = object(base);
        PatchResult result = PatchEngine.apply(input, PatchRequest.parse(json(body), USER), USER);
        assertEquals(with(base, changes), result.resource());
        assertEquals(object(base), input);
    }
}
