package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.config.ExtensionAttribute;
import org.kcscim.config.SchemaExtension;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.AttributeType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * PATCH on a multi-valued simple attribute, a custom extension's list of strings ({@code badges}, caseExact false;
 * {@code codes}, caseExact true), as Entra ID and Okta change lists: one row per form, the operation, then the
 * list afterwards.
 */
class SimpleListPatchTest {

    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final ResourceTypeDefinition TYPE = ResourceTypeDefinition.user(List.of(new SchemaExtension(ACME,
            List.of(new ExtensionAttribute("badges", AttributeType.STRING, true, false, false),
                    new ExtensionAttribute("codes", AttributeType.STRING, true, false, true))).definition()));
    private static final String USER = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"userName":"a",
             "%s":{"badges":["gold","silver","bronze"],"codes":["Ab","cd"]}}""".formatted(ACME, ACME);

    static Stream<Arguments> patches() {
        return Stream.of(
                arguments("add appends, skipping a value already there",
                        "{'op':'add','path':'ACME:badges','value':['iron','gold']}", "badges", "['gold','silver','bronze','iron']"),
                arguments("replace sets the whole list",
                        "{'op':'replace','path':'ACME:badges','value':['wood']}", "badges", "['wood']"),
                arguments("remove with values takes those, ignoring case",
                        "{'op':'remove','path':'ACME:badges','value':['SILVER','gold']}", "badges", "['bronze']"),
                arguments("remove with values in a caseExact list takes exact matches only",
                        "{'op':'remove','path':'ACME:codes','value':['ab','cd']}", "codes", "['Ab']"),
                arguments("remove with a value filter",
                        "{'op':'remove','path':'ACME:badges[value eq \\\\'Silver\\\\']'}", "badges", "['gold','bronze']"),
                arguments("remove with a value filter matching nothing: nothing happens",
                        "{'op':'remove','path':'ACME:badges[value eq \\\\'wood\\\\']'}", "badges", "['gold','silver','bronze']"),
                arguments("remove with a value filter of another operator",
                        "{'op':'remove','path':'ACME:badges[value sw \\\\'b\\\\' or value eq \\\\'gold\\\\']'}", "badges", "['silver']"),
                arguments("remove with a value filter matching every value: the list goes",
                        "{'op':'remove','path':'ACME:codes[value pr]'}", "codes", "null"),
                arguments("replace with a value filter puts the value in place",
                        "{'op':'replace','path':'ACME:badges[value eq \\\\'silver\\\\']','value':'platinum'}", "badges",
                        "['gold','platinum','bronze']"),
                arguments("add with a value filter matching nothing appends",
                        "{'op':'add','path':'ACME:badges[value eq \\\\'iron\\\\']','value':'iron'}", "badges",
                        "['gold','silver','bronze','iron']"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("patches")
    void givenAListOfStringsThenEachPatchFormChangesItAsTheRfcSays(String name, String operation, String attribute,
                                                                    String expected) {
        JsonNode patched = apply(operation).path(ACME).path(attribute);
        JsonNode wanted = PatchFixtures.json(expected.replace('\'', '"'));
        assertEquals(wanted.isNull() ? "missing" : wanted.toString(), patched.isMissingNode() ? "missing" : patched.toString());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("{'op':'replace','path':'ACME:badges[value eq \\\\'wood\\\\']','value':'x'}", ScimType.NO_TARGET),
                arguments("{'op':'remove','path':'ACME:badges[type eq \\\\'x\\\\']'}", ScimType.INVALID_PATH),
                arguments("{'op':'remove','path':'ACME:badges[value eq \\\\'x\\\\'].value'}", ScimType.INVALID_PATH));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusals")
    void givenAFilterThatCannotApplyThenItIsA400(String operation, ScimType expected) {
        ScimException error = assertThrows(ScimException.class, () -> apply(operation));
        assertEquals(expected, error.scimType(), error.detail());
    }

    private static JsonNode apply(String operation) {
        String body = "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':[" + operation + "]}";
        JsonNode request = PatchFixtures.json(body.replace('\'', '"').replace("\\\\\"", "\\\"").replace("ACME", ACME));
        return PatchEngine.apply(PatchFixtures.object(USER), PatchRequest.parse(request, TYPE), TYPE).resource();
    }
}
