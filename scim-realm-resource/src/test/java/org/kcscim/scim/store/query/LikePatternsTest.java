package org.kcscim.scim.store.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikePatternsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "abc        | abc",
            "100%       | 100!%",
            "a_b        | a!_b",
            "wow!       | wow!!",
            "!%_        | !!!%!_",
            "%%         | !%!%",
            "a\\b       | a\\b",
            "[x]^       | [x]^",
            "\"\"       | \"\""})
    void givenTextWithWildcardsThenEachWildcardAndTheEscapeCharacterIsEscaped(String text, String escaped) {
        assertEquals(escaped, LikePatterns.escape(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "co | 5%_! | %5!%!_!!%",
            "sw | 5%_! | 5!%!_!!%",
            "ew | 5%_! | %5!%!_!!"})
    void givenASubstringOperatorThenThePatternWrapsTheEscapedText(String operator, String text, String pattern) {
        String built = switch (operator) {
            case "co" -> LikePatterns.contains(text);
            case "sw" -> LikePatterns.startsWith(text);
            default -> LikePatterns.endsWith(text);
        };
        assertEquals(pattern, built);
    }
}
