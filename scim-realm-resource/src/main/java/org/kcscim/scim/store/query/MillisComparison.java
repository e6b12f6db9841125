package org.kcscim.scim.store.query;

import org.kcscim.scim.protocol.filter.ComparisonOperator;
import org.kcscim.scim.store.Timestamps;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * A comparison of a dateTime attribute with an xsd:dateTime literal (RFC 7643 §2.3.5), turned into a comparison
 * of whole epoch milliseconds, which is how Keycloak keeps instants in columns and {@link Timestamps} in attribute
 * rows (zero-padded to 13 digits, so that text order is time order).
 * <p>
 * The literal may be finer than a millisecond; the threshold is then rounded so that the integer comparison says
 * exactly what the original says ({@code m > 1.5} is {@code m > 1}, {@code m >= 1.5} is {@code m >= 2}, and
 * {@code m eq 1.5} never holds). Thresholds outside the storable range
 * [0, {@link #MAX_MILLIS}] become {@link Outcome#ALWAYS} or {@link Outcome#NEVER}, so that a
 * padded text threshold always exists. A literal without offset is read as UTC.
 *
 * @param outcome  whether a present value is compared, always matches or never does
 * @param operator one of {@code eq gt ge lt le}; {@code ne} is the negation of {@code eq}, applied by the caller
 * @param millis   the threshold when the outcome is {@link Outcome#COMPARE}
 */
record MillisComparison(Outcome outcome, ComparisonOperator operator, long millis) {

    enum Outcome { COMPARE, ALWAYS, NEVER }

    /** The largest instant whose stored text has 13 digits (2286-11-20T17:46:39.999Z). */
    static final long MAX_MILLIS = 9_999_999_999_999L;
    private static final long MIN = 0;
    private static final long MAX = MAX_MILLIS;

    /**
     * @param operator {@code eq gt ge lt le}
     * @param dateTime an ISO-8601 date and time, with or without offset
     * @throws IllegalArgumentException when {@code dateTime} is not one, or the operator compares no order
     */
    static MillisComparison of(ComparisonOperator operator, String dateTime) {
        Instant instant = instant(dateTime);
        long floor;
        boolean whole;
        try {
            floor = instant.toEpochMilli();
            whole = instant.getNano() % 1_000_000 == 0;
        } catch (ArithmeticException outOfLong) {
            // Hundreds of millions of years away: beyond every stored value either way.
            floor = instant.isBefore(Instant.EPOCH) ? MIN - 2 : MAX + 2;
            whole = true;
        }
        long ceiling = whole ? floor : floor + 1;
        return switch (operator) {
            case EQ -> whole && floor >= MIN && floor <= MAX ? compare(operator, floor) : never(operator);
            case GT -> floor < MIN ? always(operator) : floor >= MAX ? never(operator) : compare(operator, floor);
            case GE -> ceiling <= MIN ? always(operator) : ceiling > MAX ? never(operator) : compare(operator, ceiling);
            case LT -> ceiling <= MIN ? never(operator) : ceiling > MAX ? always(operator) : compare(operator, ceiling);
            case LE -> floor < MIN ? never(operator) : floor >= MAX ? always(operator) : compare(operator, floor);
            default -> throw new IllegalArgumentException(operator.keyword() + " does not compare dateTimes");
        };
    }

    /** The instant an ISO-8601 date-time literal designates; without offset or zone, in UTC. */
    static Instant instant(String dateTime) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(dateTime, ZonedDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notADateTime) {
            throw new IllegalArgumentException("Not a dateTime: " + dateTime, notADateTime);
        }
    }

    /** The threshold as the text {@link Timestamps} stores; only for {@link Outcome#COMPARE}. */
    String storedText() {
        return Timestamps.stored(millis);
    }

    private static MillisComparison compare(ComparisonOperator operator, long millis) {
        return new MillisComparison(Outcome.COMPARE, operator, millis);
    }

    private static MillisComparison always(ComparisonOperator operator) {
        return new MillisComparison(Outcome.ALWAYS, operator, 0);
    }

    private static MillisComparison never(ComparisonOperator operator) {
        return new MillisComparison(Outcome.NEVER, operator, 0);
    }
}
