package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.Mutability;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.patch.PatchFixtures.*;
import static org.kcscim.scim.protocol.schema.AttributeDefinition.attribute;
import static org.kcscim.scim.protocol.schema.AttributeType.*;

/**
 * Immutable attributes (RFC 7643 §7, RFC 7644 §3.5.2: a value may be added while there is none), on a resource
 * type made for the test since the core schemas have no immutable attribute outside group members: the resource
 * before, the operation, then either what differs or the error's scimType and detail.
 */
class MutabilityTest {

    private static final ResourceTypeDefinition BADGE = new ResourceTypeDefinition("Badge", "Badge", "/Badges", "",
            new SchemaDefinition("urn:example:params:scim:schemas:Badge", "Badge", "", List.of(
                    attribute("code", STRING).mutability(Mutability.IMMUTABLE).build(),
                    attribute("device", COMPLEX).subAttributes(
                            attribute("serial", STRING).mutability(Mutability.IMMUTABLE),
                            attribute("label", STRING)).build(),
                    attribute("issued", DATE_TIME).build())),
            List.of());

    private static final String BLANK = "{\"id\": \"b1\"}";
    private static final String ISSUED = "{\"id\": \"b1\", \"code\": \"A1\", \"device\": {\"serial\": \"S1\"}}";

    static Stream<Arguments> operations() {
        return Stream.of(
                arguments(BLANK, """
                        {"op": "add", "path": "code", "value": "A1"}""", """
                        {"code": "A1"}""", null, null),
                arguments(ISSUED, """
                        {"op": "replace", "path": "code", "value": "A1"}""", "{}", null, null),
                arguments(ISSUED, """
                        {"op": "replace", "path": "code", "value": "B2"}""", null, ScimType.MUTABILITY, "'code' is immutable"),
                arguments(ISSUED, """
                        {"op": "remove", "path": "code"}""", null, ScimType.MUTABILITY, "'code' is immutable"),
                arguments(BLANK, """
                        {"op": "add", "path": "device", "value": {"serial": "S1", "label": "Front door"}}""", """
                        {"device": {"serial": "S1", "label": "Front door"}}""", null, null),
                arguments(ISSUED, """
                        {"op": "replace", "path": "device", "value": {"label": "Front door"}}""", """
                        {"device": {"serial": "S1", "label": "Front door"}}""", null, null),
                arguments(ISSUED, """
                        {"op": "replace", "path": "device", "value": {"serial": "S2"}}""", null,
                        ScimType.MUTABILITY, "'device.serial' is immutable"),
                arguments(ISSUED, """
                        {"op": "replace", "path": "device.serial", "value": "S2"}""", null,
                        ScimType.MUTABILITY, "'device.serial' is immutable"),
                arguments(BLANK, """
                        {"op": "add", "path": "issued", "value": "2024-05-13T04:42:34Z"}""", """
                        {"issued": "2024-05-13T04:42:34Z"}""", null, null),
                arguments(BLANK, """
                        {"op": "add", "path": "issued", "value": "13/05/2024"}""", null,
                        ScimType.INVALID_VALUE, "Invalid value for 'issued': expected a dateTime"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("operations")
    void givenAnImmutableAttributeThenItMayBeSetOnceOnly(String base, String operation, String changes,
                                                         ScimType scimType, String detailPart) {
        ObjectNode input = object(base);
        List<PatchOperation> parsed = PatchRequest.parse(body(operation), BADGE);
        if (scimType == null) {
            assertEquals(with(base, changes), PatchEngine.apply(input, parsed, BADGE).resource());
        } else {
            ScimException refused = assertThrows(ScimException.class, () -> PatchEngine.apply(input, parsed, BADGE));
            assertEquals(scimType, refused.scimType());
            assertTrue(refused.detail().contains(detailPart), refused.detail());
        }
        assertEquals(object(base), input);
    }
}
