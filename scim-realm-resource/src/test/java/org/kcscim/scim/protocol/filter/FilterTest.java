package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.path.AttributePath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.filter.Filter.*;

class FilterTest {

    private static final AttributePath USER_NAME = AttributePath.of("userName");
    private static final AttributePath TITLE = AttributePath.of("title");
    private static final AttributePath EMAILS = AttributePath.of("emails");

    static Stream<Arguments> renderings() {
        return Stream.of(
                arguments(eq(USER_NAME, "bjensen"), "userName eq \"bjensen\""),
                arguments(eq(USER_NAME, "say \"hi\" \\ \n"), "userName eq \"say \\\"hi\\\" \\\\ \\n\""),
                arguments(ge(AttributePath.of("x"), IntNode.valueOf(-3)), "x ge -3"),
                arguments(lt(AttributePath.of("x"), DecimalNode.valueOf(new BigDecimal("1.50"))), "x lt 1.50"),
                arguments(eq(AttributePath.of("active"), BooleanNode.FALSE), "active eq false"),
                arguments(ne(TITLE, NullNode.getInstance()), "title ne null"),
                arguments(pr(AttributePath.of("name", "givenName")), "name.givenName pr"),
                arguments(pr(new AttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "value")),
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value pr"),
                arguments(not(pr(TITLE)), "not (title pr)"),
                arguments(and(pr(TITLE), pr(USER_NAME)), "title pr and userName pr"),
                arguments(or(pr(TITLE), and(pr(USER_NAME), pr(EMAILS))), "title pr or userName pr and emails pr"),
                arguments(and(or(pr(TITLE), pr(USER_NAME)), pr(EMAILS)), "(title pr or userName pr) and emails pr"),
                arguments(and(pr(TITLE), or(pr(USER_NAME), pr(EMAILS))), "title pr and (userName pr or emails pr)"),
                arguments(and(and(pr(TITLE), pr(USER_NAME)), pr(EMAILS)), "title pr and userName pr and emails pr"),
                arguments(and(pr(TITLE), and(pr(USER_NAME), pr(EMAILS))), "title pr and (userName pr and emails pr)"),
                arguments(or(pr(TITLE), or(pr(USER_NAME), pr(EMAILS))), "title pr or (userName pr or emails pr)"),
                arguments(valuePath(EMAILS, and(eq(AttributePath.of("type"), "work"), co(AttributePath.of("value"), "@x"))),
                        "emails[type eq \"work\" and value co \"@x\"]"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("renderings")
    void givenATreeThenToStringIsFilterSyntaxThatParsesBack(Filter filter, String expected) {
        assertEquals(expected, filter.toString());
        assertEquals(filter, FilterParser.parse(expected));
    }

    static Stream<Arguments> equalValues() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Stream.of(
                arguments(IntNode.valueOf(7), LongNode.valueOf(7)),
                arguments(ShortNode.valueOf((short) 7), BigIntegerNode.valueOf(BigInteger.valueOf(7))),
                arguments(LongNode.valueOf(Long.MAX_VALUE), BigIntegerNode.valueOf(BigInteger.valueOf(Long.MAX_VALUE))),
                arguments(DoubleNode.valueOf(1.5), DecimalNode.valueOf(new BigDecimal("1.5"))),
                arguments(null, NullNode.getInstance()),
                arguments(nodes.missingNode(), NullNode.getInstance()),
                arguments(nodes.textNode("a"), nodes.textNode("a")));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @MethodSource("equalValues")
    void givenTheSameLiteralInAnotherNodeClassThenTheComparisonsAreEqual(JsonNode one, JsonNode other) {
        assertEquals(eq(USER_NAME, one), eq(USER_NAME, other));
        assertEquals(eq(USER_NAME, one).hashCode(), eq(USER_NAME, other).hashCode());
    }

    static Stream<Arguments> differentFilters() {
        return Stream.of(
                arguments(eq(USER_NAME, "a"), eq(USER_NAME, "A")),
                arguments(eq(USER_NAME, "a"), ne(USER_NAME, "a")),
                arguments(eq(USER_NAME, "1"), eq(USER_NAME, IntNode.valueOf(1))),
                arguments(eq(USER_NAME, "true"), eq(USER_NAME, BooleanNode.TRUE)),
                arguments(and(pr(TITLE), pr(USER_NAME)), and(pr(USER_NAME), pr(TITLE))),
                arguments(and(pr(TITLE), pr(USER_NAME)), or(pr(TITLE), pr(USER_NAME))),
                arguments(not(pr(TITLE)), pr(TITLE)),
                arguments(valuePath(EMAILS, pr(TITLE)), valuePath(AttributePath.of("ims"), pr(TITLE))));
    }

    @ParameterizedTest(name = "[{index}] {0} != {1}")
    @MethodSource("differentFilters")
    void givenDifferentTreesThenTheyAreNotEqual(Filter one, Filter other) {
        assertNotEquals(one, other);
    }

    @Test
    void givenAttributeNamesInAnotherCaseThenTheFiltersAreEqual() {
        assertEquals(eq(AttributePath.of("USERNAME"), "x"), eq(USER_NAME, "x"));
        assertEquals(eq(AttributePath.of("USERNAME"), "x").hashCode(), eq(USER_NAME, "x").hashCode());
        assertEquals(valuePath(AttributePath.of("Emails"), pr(AttributePath.of("Value"))),
                valuePath(EMAILS, pr(AttributePath.of("value"))));
    }

    @Test
    void givenAValuePathOnASubAttributeThenTheFactoryRefusesIt() {
        assertThrows(IllegalArgumentException.class, () -> valuePath(AttributePath.of("name", "givenName"), pr(TITLE)));
    }

    @Test
    void givenAnObjectOrArrayValueThenTheFactoryRefusesIt() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertThrows(IllegalArgumentException.class, () -> eq(USER_NAME, nodes.objectNode()));
        assertThrows(IllegalArgumentException.class, () -> eq(USER_NAME, nodes.arrayNode()));
        assertThrows(IllegalArgumentException.class, () -> eq(USER_NAME, DoubleNode.valueOf(Double.NaN)));
    }

    @Test
    void givenEachNodeThenAcceptCallsTheMatchingVisitMethod() {
        FilterVisitor<String, Integer> names = new FilterVisitor<>() {
            @Override
            public String visit(ComparisonFilter filter, Integer depth) {
                return depth + "cmp";
            }

            @Override
            public String visit(PresenceFilter filter, Integer depth) {
                return depth + "pr";
            }

            @Override
            public String visit(AndFilter filter, Integer depth) {
                return "and(" + filter.left().accept(this, depth + 1) + "," + filter.right().accept(this, depth + 1) + ")";
            }

            @Override
            public String visit(OrFilter filter, Integer depth) {
                return "or(" + filter.left().accept(this, depth + 1) + "," + filter.right().accept(this, depth + 1) + ")";
            }

            @Override
            public String visit(NotFilter filter, Integer depth) {
                return "not(" + filter.filter().accept(this, depth + 1) + ")";
            }

            @Override
            public String visit(ValuePathFilter filter, Integer depth) {
                return "vp(" + filter.filter().accept(this, depth + 1) + ")";
            }
        };
        Filter filter = or(and(eq(USER_NAME, "x"), not(pr(TITLE))), valuePath(EMAILS, pr(AttributePath.of("value"))));
        assertEquals("or(and(2cmp,not(3pr)),vp(2pr))", filter.accept(names, 0));
    }

    @Test
    void givenAComparisonThenItsPartsAreExposed() {
        ComparisonFilter filter = gt(AttributePath.of("meta", "created"), "2024-01-01T00:00:00Z");
        assertEquals(ComparisonOperator.GT, filter.operator());
        assertEquals(AttributePath.of("meta", "created"), filter.path());
        assertEquals("2024-01-01T00:00:00Z", filter.value().textValue());
    }

    static Stream<Arguments> operatorKeywords() {
        return Stream.of(
                arguments("eq", ComparisonOperator.EQ), arguments("NE", ComparisonOperator.NE),
                arguments("Co", ComparisonOperator.CO), arguments("sW", ComparisonOperator.SW),
                arguments("ew", ComparisonOperator.EW), arguments("GT", ComparisonOperator.GT),
                arguments("ge", ComparisonOperator.GE), arguments("lt", ComparisonOperator.LT),
                arguments("Le", ComparisonOperator.LE));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("operatorKeywords")
    void givenAKeywordInAnyCaseThenTheOperatorIsFound(String keyword, ComparisonOperator expected) {
        assertEquals(expected, ComparisonOperator.fromKeyword(keyword).orElseThrow());
    }

    @Test
    void givenPrOrAnUnknownWordThenNoComparisonOperatorIsFound() {
        assertTrue(ComparisonOperator.fromKeyword("pr").isEmpty());
        assertTrue(ComparisonOperator.fromKeyword("like").isEmpty());
    }
}
