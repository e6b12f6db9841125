package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.text.WellFormedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Properties of the filter and PATCH path parsers (RFC 7644 §3.4.2.2, §3.5.2) over generated input:
 * whatever the text, the answer is a tree or a 400 of the parser's own scimType, never another exception; a text
 * over the length limit, nested too deep or holding a NUL or unpaired surrogate is always refused; and rendering
 * a tree gives text that parses back to the same tree.
 */
class ParserPropertiesTest {

    private static final List<String> VALID_FILTERS = List.of(
            "userName eq \"john@contoso.com\"",
            "emails[type eq \"work\" and value co \"@example.com\"] or not (active eq \"False\")",
            "emails[type eq \"work\"].value eq \"x\"",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"x\"",
            "(title pr or nickName sw \"B\") and meta.lastModified gt \"2024-05-13T04:42:34Z\"",
            "id eq \"x\" and members[value eq \"y\\u00e9\\\"\"]",
            "displayName ew \"s\" and not (externalId eq null) or userName le 1.5e3");
    private static final List<String> VALID_PATHS = List.of(
            "userName", "name.givenName", "emails[type eq \"work\"].value", "members[value eq \"2819c223\"]",
            "addresses[type eq \"work\" and not (primary pr)].streetAddress",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    /** The characters the grammar gives meaning to, and the ones no input may hold. */
    private static final String GRAMMAR = "()[]\"\\ .:$-_eqandornotpr019eE+u\t";
    private static final List<String> HOSTILE = List.of("\u0000", "\ud800", "\udfff", "\\u0000", "\\ud800",
            "\\udc00", "\ud83d\ude00", "\u00e9", "\u202e", "\ufeff", "\r\n", "'", "%00", "\\", "\"");

    // ----- any input: a tree or the parser's own 400

    @Property
    void anyTextIsAFilterOrInvalidFilter(@ForAll("texts") String text) {
        parsedOrRefused(FilterParser::parse, text, ScimType.INVALID_FILTER, FilterParser.MAX_LENGTH);
    }

    @Property
    void anyMutatedFilterIsAFilterOrInvalidFilter(@ForAll("mutatedFilters") String text) {
        Filter filter = parsedOrRefused(FilterParser::parse, text, ScimType.INVALID_FILTER, FilterParser.MAX_LENGTH);
        if (filter != null) {
            assertEquals(filter, FilterParser.parse(filter.toString()), text);
            for (ResourceTypeDefinition type : List.of(ResourceTypeDefinition.USER, ResourceTypeDefinition.GROUP)) {
                refusedOnlyAs(() -> FilterValidator.validate(filter, type), ScimType.INVALID_FILTER);
            }
        }
    }

    @Property
    void anyTextIsAPathOrInvalidPath(@ForAll("texts") String text) {
        parsedOrRefused(PatchPathParser::parse, text, ScimType.INVALID_PATH, PatchPathParser.MAX_LENGTH);
    }

    @Property
    void anyMutatedPathIsAPathOrInvalidPath(@ForAll("mutatedPaths") String text) {
        PatchPath path = parsedOrRefused(PatchPathParser::parse, text, ScimType.INVALID_PATH,
                PatchPathParser.MAX_LENGTH);
        if (path != null) {
            assertEquals(path, PatchPathParser.parse(path.toString()), text);
            for (ResourceTypeDefinition type : List.of(ResourceTypeDefinition.USER, ResourceTypeDefinition.GROUP)) {
                refusedOnlyAs(() -> PatchPathValidator.validate(path, type), ScimType.INVALID_PATH);
            }
        }
    }

    // ----- limits hold whatever surrounds them

    @Property
    void aFilterNestedDeeperThanTheLimitIsRefused(@ForAll("validFilters") String filter,
                                                  @ForAll("depthsOverTheLimit") int depth,
                                                  @ForAll boolean withNot) {
        String open = withNot ? "not (" : "(";
        String text = open.repeat(depth) + filter + ")".repeat(depth);
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text));
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
        assertTrue(error.detail().contains("deeper than 32") || error.detail().contains("longer than"),
                error.detail());
    }

    @Property
    void aFilterNestedWithinTheLimitParsesToTheSameTree(@ForAll("validFilters") String filter,
                                                        @ForAll("depthsWithinTheLimit") int depth) {
        // The value paths of the seeds take one level of their own.
        String text = "(".repeat(depth) + filter + ")".repeat(depth);
        assertEquals(FilterParser.parse(filter), FilterParser.parse(text));
    }

    @Property
    void aHugeLiteralIsRefusedByLengthAlone(@ForAll("hugeLengths") int length) {
        String filter = "userName eq \"" + "\u0000".repeat(length) + "\"";
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(filter));
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
        // The length is judged first: the NULs inside are never looked at.
        assertTrue(error.detail().contains("longer than 4096 characters"), error.detail());
        ScimException path = assertThrows(ScimException.class,
                () -> PatchPathParser.parse("emails[value eq \"" + "x".repeat(length) + "\"]"));
        assertEquals(ScimType.INVALID_PATH, path.scimType());
    }

    @Property
    void aNulOrUnpairedSurrogateAnywhereIsRefused(@ForAll("validFilters") String filter,
                                                  @ForAll("illFormed") String bad,
                                                  @ForAll("positions") double where) {
        int at = (int) (where * filter.length());
        String text = filter.substring(0, at) + bad + filter.substring(at);
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text), text);
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
        ScimException path = assertThrows(ScimException.class,
                () -> PatchPathParser.parse("emails[value eq \"" + bad + "\"]." + bad + "value"));
        assertEquals(ScimType.INVALID_PATH, path.scimType());
    }

    @Property
    void aNulOrUnpairedSurrogateWrittenAsAnEscapeInALiteralIsRefused(@ForAll("illFormedEscapes") String bad,
                                                                     @ForAll("texts") String around) {
        String literal = TextNode.valueOf(around).toString();
        String text = "userName eq " + literal.substring(0, 1) + bad + literal.substring(1);
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text), text);
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
    }

    // ----- rendering and parsing are inverse

    @Property
    void aRenderedFilterParsesBackToTheSameTree(@ForAll("filters") Filter filter) {
        String rendered = filter.toString();
        Filter parsed = FilterParser.parse(rendered);
        assertEquals(filter, parsed, rendered);
        assertEquals(rendered, parsed.toString());
    }

    @Property
    void aRenderedPathParsesBackToTheSamePath(@ForAll("paths") PatchPath path) {
        String rendered = path.toString();
        PatchPath parsed = PatchPathParser.parse(rendered);
        assertEquals(path, parsed, rendered);
        assertEquals(rendered, parsed.toString());
    }

    // ----- generators

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars(GRAMMAR).ofMaxLength(60),
                Arbitraries.of(HOSTILE).list().ofMaxSize(8).map(parts -> String.join("", parts)));
    }

    @Provide
    Arbitrary<String> validFilters() {
        return Arbitraries.of(VALID_FILTERS);
    }

    @Provide
    Arbitrary<String> mutatedFilters() {
        return mutationsOf(VALID_FILTERS);
    }

    @Provide
    Arbitrary<String> mutatedPaths() {
        return mutationsOf(VALID_PATHS);
    }

    @Provide
    Arbitrary<Integer> depthsOverTheLimit() {
        return Arbitraries.integers().between(33, 3_000);
    }

    @Provide
    Arbitrary<Integer> depthsWithinTheLimit() {
        return Arbitraries.integers().between(0, 30);
    }

    @Provide
    Arbitrary<Integer> hugeLengths() {
        return Arbitraries.integers().between(4_096, 200_000);
    }

    @Provide
    Arbitrary<String> illFormed() {
        return Arbitraries.of("\u0000", "\ud800", "\udbff", "\udc00", "\udfff");
    }

    /** Escapes that decode to a NUL or a lone surrogate; a high one is followed by no low escape. */
    @Provide
    Arbitrary<String> illFormedEscapes() {
        return Arbitraries.of("\\u0000", "\\ud800", "\\uDBFF", "\\udc00", "\\uDFFF", "\\ud800\\u0041");
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1).ofScale(3);
    }

    /**
     * Valid filters and paths with edits: truncation, characters of the grammar or hostile ones inserted or
     * substituted, parentheses around or within, a literal swollen to thousands of characters.
     */
    private static Arbitrary<String> mutationsOf(List<String> seeds) {
        Arbitrary<Function<String, String>> edit = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1).map(at -> text -> text.substring(0, (int) (at * text.length()))),
                Combinators.combine(Arbitraries.doubles().between(0, 1), insertions())
                        .as((at, inserted) -> text -> insert(text, at, inserted, false)),
                Combinators.combine(Arbitraries.doubles().between(0, 1), insertions())
                        .as((at, inserted) -> text -> insert(text, at, inserted, true)),
                Arbitraries.integers().between(1, 40).map(depth -> text -> "(".repeat(depth) + text + ")".repeat(depth)),
                Arbitraries.integers().between(1, 6_000).map(length -> text -> text.replaceFirst("\"[^\"]*\"",
                        "\"" + "x".repeat(length) + "\"")));
        return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(4))
                .as((seed, edits) -> {
                    String text = seed;
                    for (Function<String, String> step : edits) {
                        text = step.apply(text);
                    }
                    return text;
                });
    }

    private static Arbitrary<String> insertions() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(GRAMMAR).ofMinLength(1).ofMaxLength(3),
                Arbitraries.of(HOSTILE),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(2));
    }

    private static String insert(String text, double at, String inserted, boolean replacing) {
        int index = (int) (at * text.length());
        int end = replacing ? Math.min(text.length(), index + inserted.length()) : index;
        return text.substring(0, index) + inserted + text.substring(end);
    }

    @Provide
    Arbitrary<Filter> filters() {
        return filter(3, false);
    }

    @Provide
    Arbitrary<PatchPath> paths() {
        Arbitrary<AttributePath> attribute = attributePaths().filter(path -> path.subAttribute() == null);
        return Arbitraries.oneOf(
                attributePaths().map(PatchPath::attribute),
                Combinators.combine(attribute, filter(2, true)).as(PatchPath::valueFilter),
                Combinators.combine(attribute, filter(2, true), names()).as(PatchPath::valueFilter));
    }

    /** Filter trees of at most {@code depth} levels of and/or/not; value paths do not nest. */
    private static Arbitrary<Filter> filter(int depth, boolean inValuePath) {
        Arbitrary<Filter> leaf = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(ComparisonOperator.values()), attributePaths(), literals())
                        .as(Filter::comparison),
                attributePaths().map(Filter::pr));
        if (!inValuePath) {
            leaf = Arbitraries.oneOf(leaf, Combinators.combine(
                    attributePaths().filter(path -> path.subAttribute() == null), filter(1, true))
                    .as(Filter::valuePath));
        }
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Filter> smaller = filter(depth - 1, inValuePath);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, Combinators.combine(smaller, smaller).as(Filter::and)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(smaller, smaller).as(Filter::or)),
                net.jqwik.api.Tuple.of(1, smaller.map(Filter::not)));
    }

    private static Arbitrary<AttributePath> attributePaths() {
        Arbitrary<String> urns = Arbitraries.of(null, "urn:ietf:params:scim:schemas:core:2.0:User",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "urn:x:y");
        return Combinators.combine(urns, names(), Arbitraries.oneOf(Arbitraries.just(null), names()))
                .as(AttributePath::new);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(
                // "and", "or" and "not" are no attribute names: the grammar reads them as keywords where a term starts
                Arbitraries.of("userName", "emails", "value", "type", "members", "$ref", "Eq", "pr", "co"),
                Arbitraries.strings().alpha().ofLength(1).flatMap(first -> Arbitraries.strings()
                        .withChars("abcXYZ019-_").ofMaxLength(8).map(rest -> first + rest)));
    }

    private static Arbitrary<JsonNode> literals() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20).filter(WellFormedText::isWellFormed)
                        .map(TextNode::valueOf),
                Arbitraries.integers().map(IntNode::valueOf),
                Arbitraries.longs().map(LongNode::valueOf),
                Arbitraries.bigDecimals().ofScale(4).between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                        .map(DecimalNode::valueOf),
                Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance()));
    }

    // ----- checks

    /** The parsed value, or null when {@code text} was refused with {@code expected} (and had to be). */
    private static <T> T parsedOrRefused(Function<String, T> parser, String text, ScimType expected, int maxLength) {
        boolean mustFail = text.length() > maxLength || text.isBlank() || !WellFormedText.isWellFormed(text);
        try {
            T parsed = parser.apply(text);
            assertFalse(mustFail, () -> "accepted: " + text);
            return parsed;
        } catch (ScimException error) {
            assertEquals(400, error.status(), error.detail());
            assertEquals(expected, error.scimType(), error.detail());
            assertTrue(error.detail().length() < 400, error.detail());
            assertTrue(WellFormedText.isWellFormed(error.detail()), "the detail echoes a forbidden character");
            return null;
        }
    }

    private static void refusedOnlyAs(Runnable validation, ScimType expected) {
        try {
            validation.run();
        } catch (ScimException error) {
            assertEquals(400, error.status(), error.detail());
            assertEquals(expected, error.scimType(), error.detail());
        }
    }
}
