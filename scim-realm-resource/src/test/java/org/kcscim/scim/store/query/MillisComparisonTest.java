package org.kcscim.scim.store.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.scim.protocol.filter.ComparisonOperator;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MillisComparisonTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-13T04:42:34Z            | 1715575354000",
            "2024-05-13T04:42:34.123Z        | 1715575354123",
            "2024-05-13T06:42:34.123+02:00   | 1715575354123",
            "2024-05-13T04:42:34.123         | 1715575354123",
            "2024-05-13T04:42:34.123456789Z  | 1715575354123",
            "1970-01-01T00:00:00Z            | 0"})
    void givenAnIsoDateTimeThenTheInstantIsReadWithUtcForLocalTimes(String text, long millis) {
        assertEquals(millis, MillisComparison.instant(text).toEpochMilli());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
            // whole milliseconds: the same comparison
            "EQ | 1970-01-01T00:00:01Z     | COMPARE | EQ | 1000",
            "GT | 1970-01-01T00:00:01Z     | COMPARE | GT | 1000",
            "GE | 1970-01-01T00:00:01Z     | COMPARE | GE | 1000",
            "LT | 1970-01-01T00:00:01Z     | COMPARE | LT | 1000",
            "LE | 1970-01-01T00:00:01Z     | COMPARE | LE | 1000",
            // a fraction of a millisecond: rounded so that integer comparisons stay exact
            "EQ | 1970-01-01T00:00:01.0005Z | NEVER  | EQ | 0",
            "GT | 1970-01-01T00:00:01.0005Z | COMPARE | GT | 1000",
            "GE | 1970-01-01T00:00:01.0005Z | COMPARE | GE | 1001",
            "LT | 1970-01-01T00:00:01.0005Z | COMPARE | LT | 1001",
            "LE | 1970-01-01T00:00:01.0005Z | COMPARE | LE | 1000",
            // before the epoch: every stored instant is later
            "GT | 1969-12-31T23:59:59Z     | ALWAYS  | GT | 0",
            "GE | 1969-12-31T23:59:59Z     | ALWAYS  | GE | 0",
            "LT | 1969-12-31T23:59:59Z     | NEVER   | LT | 0",
            "LE | 1969-12-31T23:59:59Z     | NEVER   | LE | 0",
            "EQ | 1969-12-31T23:59:59Z     | NEVER   | EQ | 0",
            "GE | 1970-01-01T00:00:00Z     | ALWAYS  | GE | 0",
            "LT | 1970-01-01T00:00:00Z     | NEVER   | LT | 0",
            "GT | 1970-01-01T00:00:00Z     | COMPARE | GT | 0",
            // past what 13 digits hold: every stored instant is earlier
            "GT | 2300-01-01T00:00:00Z     | NEVER   | GT | 0",
            "LT | 2300-01-01T00:00:00Z     | ALWAYS  | LT | 0",
            "LE | +999999999-12-31T23:59:59Z | ALWAYS | LE | 0",
            "GE | -999999999-01-01T00:00:00Z | ALWAYS | GE | 0"})
    void givenADateTimeComparisonThenItBecomesAnExactComparisonOfWholeMilliseconds(
            ComparisonOperator operator, String dateTime, MillisComparison.Outcome outcome,
            ComparisonOperator expectedOperator, long millis) {
        assertEquals(new MillisComparison(outcome, expectedOperator, millis), MillisComparison.of(operator, dateTime));
    }

    @Test
    void givenAThresholdThenItsStoredTextIsThirteenDigitsSoThatTextOrderIsTimeOrder() {
        assertEquals("0000000001000", MillisComparison.of(ComparisonOperator.GT, "1970-01-01T00:00:01Z").storedText());
        assertEquals("1715575354123",
                MillisComparison.of(ComparisonOperator.EQ, Instant.ofEpochMilli(1715575354123L).toString()).storedText());
    }

    @Test
    void givenSomethingElseThenIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> MillisComparison.of(ComparisonOperator.EQ, "yesterday"));
        assertThrows(IllegalArgumentException.class, () -> MillisComparison.of(ComparisonOperator.CO, "2024-05-13T04:42:34Z"));
    }
}
