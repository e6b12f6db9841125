package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterParser;
import org.kcscim.scim.protocol.filter.PatchPathParser;
import org.kcscim.scim.protocol.filter.PatchPathValidator;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.CoreSchemas;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.patch.PatchFixtures.json;
import static org.kcscim.scim.protocol.schema.AttributeDefinition.attribute;
import static org.kcscim.scim.protocol.schema.AttributeType.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.USER;

/**
 * Value filters evaluated against one entry (RFC 7644 §3.4.2.2): the filter, then whether it matches. A test
 * attribute gives every type; {@code code} is caseExact, {@code label} is not, {@code absent} is not in the entry.
 */
class FilterEvaluatorTest {

    private static final AttributeDefinition BADGES = attribute("badges", COMPLEX).multiValued().subAttributes(
            attribute("code", STRING).caseExact(),
            attribute("label", STRING),
            attribute("since", DATE_TIME),
            attribute("weight", DECIMAL),
            attribute("count", INTEGER),
            attribute("enabled", BOOLEAN),
            attribute("note", STRING),
            attribute("absent", STRING)).build();

    private static final JsonNode ENTRY = json("""
            {"code": "AbC", "label": "Hello World", "since": "2024-05-13T04:42:34Z", "weight": 1.5, "count": 3,
             "enabled": true, "note": ""}""");

    static Stream<Arguments> filters() {
        return Stream.of(
                arguments("code eq \"AbC\"", true),
                arguments("code eq \"abc\"", false),
                arguments("label eq \"hello world\"", true),
                arguments("LABEL EQ \"HELLO WORLD\"", true),
                arguments("label ne \"hello world\"", false),
                arguments("label ne \"bye\"", true),
                arguments("label co \"LO WO\"", true),
                arguments("code co \"bc\"", false),
                arguments("code co \"bC\"", true),
                arguments("label sw \"hello\"", true),
                arguments("code sw \"ab\"", false),
                arguments("label ew \"WORLD\"", true),
                arguments("label gt \"hello\"", true),
                arguments("label lt \"hello\"", false),
                arguments("code gt \"abc\"", false),
                arguments("since gt \"2024-05-13T00:00:00Z\"", true),
                arguments("since eq \"2024-05-13T06:42:34+02:00\"", true),
                arguments("since ge \"2024-05-13T04:42:34Z\"", true),
                arguments("since lt \"2024-01-01T00:00:00Z\"", false),
                arguments("since le \"2024-05-13T04:42:34\"", true),
                arguments("weight gt 1", true),
                arguments("weight eq 1.50", true),
                arguments("weight lt 1.5", false),
                arguments("count le 3", true),
                arguments("count lt 3", false),
                arguments("count eq \"3\"", false),
                arguments("count ne \"3\"", true),
                arguments("enabled eq true", true),
                arguments("enabled eq false", false),
                arguments("enabled ne true", false),
                arguments("code pr", true),
                arguments("note pr", false),
                arguments("absent pr", false),
                arguments("absent eq \"x\"", false),
                arguments("absent ne \"x\"", true),
                arguments("absent eq null", true),
                arguments("absent gt \"a\"", false),
                arguments("absent co \"a\"", false),
                arguments("unknown ne \"x\"", false),
                arguments("code eq null", false),
                arguments("code ne null", true),
                arguments("code eq \"AbC\" and count gt 5", false),
                arguments("code eq \"AbC\" or count gt 5", true),
                arguments("not (count gt 5)", true),
                arguments("not (code eq \"AbC\") or (label sw \"hell\" and enabled eq true)", true));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("filters")
    void givenAFilterThenTheEntryMatchesAsTheSubAttributeTypeSays(String filter, boolean expected) {
        assertEquals(expected, FilterEvaluator.matches(FilterParser.parse(filter), BADGES, ENTRY));
    }

    @Test
    void givenAValidatedPatchPathThenStringBooleansAndCaseFollowTheUserSchema() {
        Filter filter = PatchPathValidator.validate(PatchPathParser.parse(
                "emails[type eq \"WORK\" and primary eq \"True\"]", USER), USER).valueFilter().orElseThrow();
        AttributeDefinition emails = CoreSchemas.USER.attribute("emails").orElseThrow();
        assertTrue(FilterEvaluator.matches(filter, emails, json("{\"type\": \"work\", \"primary\": true}")));
        assertFalse(FilterEvaluator.matches(filter, emails, json("{\"type\": \"work\", \"primary\": false}")));
        assertFalse(FilterEvaluator.matches(filter, emails, json("{\"type\": \"work\"}")));
    }

    @Test
    void givenAnEntryThatIsNoObjectThenNothingMatches() {
        Filter filter = FilterParser.parse("code ne \"x\"");
        assertFalse(FilterEvaluator.matches(filter, BADGES, json("\"AbC\"")));
        assertFalse(FilterEvaluator.matches(filter, BADGES, null));
    }
}
