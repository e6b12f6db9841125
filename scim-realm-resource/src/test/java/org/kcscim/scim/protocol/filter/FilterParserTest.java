package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.filter.Filter.*;

class FilterParserTest {

    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

    static AttributePath attr(String name) {
        return AttributePath.of(name);
    }

    static AttributePath attr(String name, String sub) {
        return AttributePath.of(name, sub);
    }

    static JsonNode num(long value) {
        return LongNode.valueOf(value);
    }

    static JsonNode dec(String value) {
        return DecimalNode.valueOf(new BigDecimal(value));
    }

    static Stream<Arguments> validFilters() {
        return Stream.of(
                // every operator
                arguments("userName eq \"bjensen\"", eq(attr("userName"), "bjensen")),
                arguments("userName ne \"bjensen\"", ne(attr("userName"), "bjensen")),
                arguments("name.familyName co \"O'Malley\"", co(attr("name", "familyName"), "O'Malley")),
                arguments("userName sw \"J\"", sw(attr("userName"), "J")),
                arguments("userName ew \"son\"", ew(attr("userName"), "son")),
                arguments("title pr", pr(attr("title"))),
                arguments("meta.lastModified gt \"2011-05-13T04:42:34Z\"",
                        gt(attr("meta", "lastModified"), "2011-05-13T04:42:34Z")),
                arguments("meta.lastModified ge \"2011-05-13T04:42:34Z\"",
                        ge(attr("meta", "lastModified"), "2011-05-13T04:42:34Z")),
                arguments("meta.lastModified lt \"2011-05-13T04:42:34Z\"",
                        lt(attr("meta", "lastModified"), "2011-05-13T04:42:34Z")),
                arguments("meta.lastModified le \"2011-05-13T04:42:34Z\"",
                        le(attr("meta", "lastModified"), "2011-05-13T04:42:34Z")),
                // case-insensitive keywords, case-preserved names
                arguments("userName EQ \"x\"", eq(attr("userName"), "x")),
                arguments("USERNAME Eq \"x\"", eq(attr("USERNAME"), "x")),
                arguments("title PR", pr(attr("title"))),
                arguments("title pR And userType Pr", and(pr(attr("title")), pr(attr("userType")))),
                arguments("title pr OR userType pr", or(pr(attr("title")), pr(attr("userType")))),
                arguments("NOT (title pr)", not(pr(attr("title")))),
                arguments("Not(title pr)", not(pr(attr("title")))),
                // literals
                arguments("active eq true", eq(attr("active"), BooleanNode.TRUE)),
                arguments("active eq False", eq(attr("active"), BooleanNode.FALSE)),
                arguments("active eq TRUE", eq(attr("active"), BooleanNode.TRUE)),
                arguments("title eq null", eq(attr("title"), NullNode.getInstance())),
                arguments("title ne NULL", ne(attr("title"), NullNode.getInstance())),
                arguments("x eq 42", eq(attr("x"), IntNode.valueOf(42))),
                arguments("x eq 0", eq(attr("x"), num(0))),
                arguments("x gt -17", gt(attr("x"), num(-17))),
                arguments("x lt 9223372036854775807", lt(attr("x"), num(Long.MAX_VALUE))),
                arguments("x lt 92233720368547758070",
                        lt(attr("x"), BigIntegerNode.valueOf(new BigInteger("92233720368547758070")))),
                arguments("x eq 1.5", eq(attr("x"), dec("1.5"))),
                arguments("x eq -0.25", eq(attr("x"), dec("-0.25"))),
                arguments("x eq 1e3", eq(attr("x"), dec("1e3"))),
                arguments("x eq 2.5E-3", eq(attr("x"), dec("2.5E-3"))),
                arguments("x eq -1E+10", eq(attr("x"), dec("-1E+10"))),
                // string escapes
                arguments("displayName eq \"say \\\"hi\\\"\"", eq(attr("displayName"), "say \"hi\"")),
                arguments("displayName eq \"back\\\\slash\"", eq(attr("displayName"), "back\\slash")),
                arguments("displayName eq \"Ren\\u00e9e\"", eq(attr("displayName"), "Renée")),
                arguments("displayName eq \"Ren\\u00E9e\"", eq(attr("displayName"), "Renée")),
                arguments("displayName eq \"a\\/b\\tc\\nd\\re\\bf\\fg\"", eq(attr("displayName"), "a/b\tc\nd\re\bf\fg")),
                arguments("displayName eq \"Renée 日本\"", eq(attr("displayName"), "Renée 日本")),
                arguments("displayName eq \"\"", eq(attr("displayName"), "")),
                arguments("displayName eq \"a and b or not (c)\"", eq(attr("displayName"), "a and b or not (c)")),
                arguments("displayName eq \"[x]\"", eq(attr("displayName"), "[x]")),
                // whitespace
                arguments("  userName   eq\t\"x\"  ", eq(attr("userName"), "x")),
                arguments("userName eq \"x\"\tand\n\ttitle pr", and(eq(attr("userName"), "x"), pr(attr("title")))),
                arguments("( title pr )", pr(attr("title"))),
                arguments("(title pr)and(userType pr)", and(pr(attr("title")), pr(attr("userType")))),
                // precedence and associativity
                arguments("a eq 1 or b eq 2 and c eq 3",
                        or(eq(attr("a"), num(1)), and(eq(attr("b"), num(2)), eq(attr("c"), num(3))))),
                arguments("a eq 1 and b eq 2 or c eq 3",
                        or(and(eq(attr("a"), num(1)), eq(attr("b"), num(2))), eq(attr("c"), num(3)))),
                arguments("(a eq 1 or b eq 2) and c eq 3",
                        and(or(eq(attr("a"), num(1)), eq(attr("b"), num(2))), eq(attr("c"), num(3)))),
                arguments("a pr and b pr and c pr", and(and(pr(attr("a")), pr(attr("b"))), pr(attr("c")))),
                arguments("a pr or b pr or c pr", or(or(pr(attr("a")), pr(attr("b"))), pr(attr("c")))),
                arguments("a pr and (b pr and c pr)", and(pr(attr("a")), and(pr(attr("b")), pr(attr("c"))))),
                arguments("not (a pr) and b pr", and(not(pr(attr("a"))), pr(attr("b")))),
                arguments("not (a pr or b pr)", not(or(pr(attr("a")), pr(attr("b"))))),
                arguments("not (not (a pr))", not(not(pr(attr("a"))))),
                arguments("((((a pr))))", pr(attr("a"))),
                arguments("((a pr or (b pr)) and ((c pr)))",
                        and(or(pr(attr("a")), pr(attr("b"))), pr(attr("c")))),
                arguments("userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
                        and(eq(attr("userType"), "Employee"),
                                or(co(attr("emails"), "example.com"), co(attr("emails", "value"), "example.org")))),
                // value paths
                arguments("emails[type eq \"work\"]", valuePath(attr("emails"), eq(attr("type"), "work"))),
                arguments("emails[type eq \"work\" and value co \"@example.com\"]",
                        valuePath(attr("emails"), and(eq(attr("type"), "work"), co(attr("value"), "@example.com")))),
                arguments("userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
                        and(eq(attr("userType"), "Employee"), valuePath(attr("emails"),
                                and(eq(attr("type"), "work"), co(attr("value"), "@example.com"))))),
                arguments("emails[type eq \"work\" and value co \"@example.com\"] or "
                                + "ims[type eq \"xmpp\" and value co \"@foo.com\"]",
                        or(valuePath(attr("emails"), and(eq(attr("type"), "work"), co(attr("value"), "@example.com"))),
                                valuePath(attr("ims"), and(eq(attr("type"), "xmpp"), co(attr("value"), "@foo.com"))))),
                arguments("emails[ not (primary eq true) ]", valuePath(attr("emails"), not(eq(attr("primary"), BooleanNode.TRUE)))),
                arguments("emails[(type eq \"work\" or type eq \"home\") and primary pr]",
                        valuePath(attr("emails"), and(or(eq(attr("type"), "work"), eq(attr("type"), "home")),
                                pr(attr("primary"))))),
                arguments("groups[$ref pr]", valuePath(attr("groups"), pr(attr("$ref")))),
                arguments("members.$ref pr", pr(attr("members", "$ref"))),
                // Entra ID and Okta
                arguments("userName eq \"john@contoso.com\"", eq(attr("userName"), "john@contoso.com")),
                arguments("externalId eq \"8f2c9a1e-0d4b-4d7e-9a51-2b6f3c1d7e90\"",
                        eq(attr("externalId"), "8f2c9a1e-0d4b-4d7e-9a51-2b6f3c1d7e90")),
                arguments("id eq \"6b0e3b2a-5c1f-4e8d-9f27-0a1b2c3d4e5f\"",
                        eq(attr("id"), "6b0e3b2a-5c1f-4e8d-9f27-0a1b2c3d4e5f")),
                arguments("displayName eq \"Group One\"", eq(attr("displayName"), "Group One")),
                arguments("id eq \"x\" and members[value eq \"y\"]",
                        and(eq(attr("id"), "x"), valuePath(attr("members"), eq(attr("value"), "y")))),
                arguments("emails[type eq \"work\"].value eq \"x\"",
                        valuePath(attr("emails"), and(eq(attr("type"), "work"), eq(attr("value"), "x")))),
                arguments("emails[type EQ \"work\"].value Co \"@x.org\" and active eq true",
                        and(valuePath(attr("emails"), and(eq(attr("type"), "work"), co(attr("value"), "@x.org"))),
                                eq(attr("active"), BooleanNode.TRUE))),
                arguments("emails[type eq \"work\" or type eq \"home\"].value pr",
                        valuePath(attr("emails"), and(or(eq(attr("type"), "work"), eq(attr("type"), "home")),
                                pr(attr("value"))))),
                // URN-qualified paths
                arguments(ENTERPRISE + ":manager.value eq \"x\"",
                        eq(new AttributePath(ENTERPRISE, "manager", "value"), "x")),
                arguments(ENTERPRISE + ":employeeNumber eq \"701984\"",
                        eq(new AttributePath(ENTERPRISE, "employeeNumber", null), "701984")),
                arguments(CORE_USER + ":userName eq \"x\"", eq(new AttributePath(CORE_USER, "userName", null), "x")),
                arguments(CORE_USER + ":name.givenName sw \"J\"",
                        sw(new AttributePath(CORE_USER, "name", "givenName"), "J")),
                arguments(CORE_USER + ":emails[type eq \"work\"]",
                        valuePath(new AttributePath(CORE_USER, "emails", null), eq(attr("type"), "work"))),
                arguments("URN:IETF:params:scim:schemas:extension:enterprise:2.0:User:Manager.Value pr",
                        pr(new AttributePath(ENTERPRISE, "manager", "value"))),
                arguments("http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group:x pr",
                        pr(new AttributePath("http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group",
                                "x", null))),
                arguments("first-name_2 pr", pr(attr("first-name_2"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validFilters")
    void givenAValidFilterThenTheTreeIsTheExpectedOne(String text, Filter expected) {
        assertEquals(expected, FilterParser.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validFilters")
    void givenAParsedFilterThenItsRenderingParsesToTheSameTree(String text, Filter expected) {
        Filter parsed = FilterParser.parse(text);
        assertEquals(parsed, FilterParser.parse(parsed.toString()), parsed.toString());
        assertEquals(expected.hashCode(), parsed.hashCode());
    }

    static Stream<Arguments> invalidFilters() {
        return Stream.of(
                arguments("", "empty"),
                arguments("   \t ", "empty"),
                arguments("(userName eq \"x\"", "position 17"),
                arguments("userName eq \"x\")", "position 16"),
                arguments("((userName eq \"x\")", "')'"),
                arguments(")(", "position 1"),
                arguments("()", "')'"),
                arguments("userName eq", "the end of the filter"),
                arguments("userName", "expected an operator"),
                arguments("userName eq and title pr", "expected a value"),
                arguments("userName equals \"x\"", "'equals' is not an operator"),
                arguments("userName like \"x\"", "position 10"),
                arguments("userName pr \"x\"", "position 13"),
                arguments("not userName eq \"x\"", "'not' must be followed"),
                arguments("not", "'not' must be followed"),
                arguments("userName eq \"x\" garbage", "position 17"),
                arguments("userName eq \"x\" and", "the end of the filter"),
                arguments("userName eq \"x\" or or title pr", "expected an attribute, '(' or 'not', found 'or'"),
                arguments("and title pr", "position 1: expected an attribute"),
                arguments("userName eq \"x", "no closing quote"),
                arguments("userName eq \"x\\\"", "no closing quote"),
                arguments("userName eq \"\\x\"", "'\\x' is not a JSON escape"),
                arguments("userName eq \"\\u00g9\"", "four hexadecimal digits"),
                arguments("userName eq \"\\u00\"", "four hexadecimal digits"),
                arguments("userName eq \"a\\", "escape"),
                arguments("\"bjensen\"", "expected an attribute"),
                arguments("42", "'42' is not an attribute name"),
                arguments("emails[type eq \"work\"", "']'"),
                arguments("emails[type eq \"work\" and value pr", "']'"),
                arguments("emails type eq \"work\"]", "'type' is not an operator"),
                arguments("emails]", "position 7"),
                arguments("emails[]", "expected an attribute"),
                arguments("emails [type eq \"work\"]", "no space"),
                arguments("emails[type eq \"work\"] .value eq \"x\"", "position 24"),
                arguments("emails[type eq \"work\"].value", "the end of the filter"),
                arguments("emails[type eq \"work\"].value eq", "expected a value"),
                arguments("emails[type eq \"work\"].value.x eq \"y\"", "not an attribute name"),
                arguments("emails[type eq \"work\"].value[primary pr]", "expected an operator"),
                arguments("emails[members[value pr]]", "cannot be nested"),
                arguments("name.givenName[value pr]", "sub-attribute"),
                arguments("userName eq\"x\"", "expected a space"),
                arguments("userName eq \"x\"and title pr", "expected a space"),
                arguments("userName eq \"x\"\"y\"", "expected a space"),
                arguments("userName eq 'x'", "expected a value"),
                arguments("userName eq x", "expected a value"),
                arguments("userName eq 01", "expected a value"),
                arguments("userName eq 1.", "expected a value"),
                arguments("userName eq .5", "expected a value"),
                arguments("userName eq 1e", "expected a value"),
                arguments("userName eq --1", "expected a value"),
                arguments("userName eq 1e9999999999", "expected a value"),
                arguments("userName eq tru", "expected a value"),
                arguments("name.givenName.x eq \"y\"", "at most one sub-attribute"),
                arguments("1abc pr", "not an attribute name"),
                arguments("user name eq \"x\"", "'name' is not an operator"),
                arguments("user@name pr", "not an attribute name"),
                arguments("name. pr", "not an attribute name"),
                arguments(".name pr", "not an attribute name"),
                arguments("urn:ietf:params:scim:schemas:core:2.0:User: pr", "must follow the schema URI"),
                arguments(":userName pr", "not a schema URI"),
                arguments("1urn:x:userName pr", "not a schema URI"),
                arguments("foo:userName pr", "not a schema URI"),
                arguments("userName eq \"x\" [", "position 17"),
                arguments("(".repeat(100) + "title pr" + ")".repeat(100), "deeper than 32"),
                arguments("not (".repeat(100) + "title pr" + ")".repeat(100), "deeper than 32"),
                arguments("(".repeat(33) + "title pr" + ")".repeat(33), "position 33: parentheses and brackets nest deeper than 32"),
                arguments("(".repeat(3_000), "deeper than 32"),
                arguments("userName eq \"" + "x".repeat(4_083) + "\"", "longer than 4096"),
                arguments("title pr" + " or title pr".repeat(1_000), "longer than 4096"),
                arguments("userName eq \"a\u0000b\"", "position 15: a NUL character (U+0000) is not allowed"),
                arguments("userName eq \"a\\u0000b\"", "position 13: the string starting here holds a NUL"),
                arguments("userName eq \"\ud800\"", "an unpaired surrogate (U+D800)"),
                arguments("userName eq \"\\udc00x\"", "an unpaired surrogate (U+DC00)"),
                arguments("user\uDBFFName pr", "an unpaired surrogate (U+DBFF)"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidFilters")
    void givenAMalformedFilterThenItIsInvalidFilterSayingWhatAndWhere(String text, String detailPart) {
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text));
        assertEquals(400, error.status());
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
        assertTrue(error.detail().contains(detailPart), error.detail());
    }

    @Test
    void givenNullThenItIsInvalidFilter() {
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(null));
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
    }

    @Test
    void givenThirtyTwoLevelsThenItParses() {
        String text = "(".repeat(31) + "emails[type eq \"work\"]" + ")".repeat(31);
        assertEquals(valuePath(attr("emails"), eq(attr("type"), "work")), FilterParser.parse(text));
    }

    @Test
    void givenALongFlatChainWithinTheLimitThenItParsesWithoutDeepRecursionTrouble() {
        String text = "title pr" + " or title pr".repeat(340);
        Filter filter = FilterParser.parse(text);
        assertEquals(filter, FilterParser.parse(filter.toString()));
    }

    @Test
    void givenAnErrorThenTheDetailQuotesAtMostAShortExcerpt() {
        String text = "userName eq " + "y".repeat(4_000);
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text));
        assertTrue(error.detail().length() < 300, error.detail());
        assertTrue(error.detail().startsWith("Invalid filter at position 13:"), error.detail());
    }
}
