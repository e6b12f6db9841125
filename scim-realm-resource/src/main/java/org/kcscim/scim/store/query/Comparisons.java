package org.kcscim.scim.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.ComparisonOperator;

/**
 * The operator table of RFC 7644 §3.4.2.2 over a {@link ValueSource}. Every comparison reduces to "some value
 * satisfies a condition", except:
 * <ul>
 *   <li>{@code ne v} is {@code not (eq v)}: an absent attribute is not equal to anything, so {@code title ne "x"}
 *   matches resources without a title, and inside {@code emails[...]} the test is per entry;</li>
 *   <li>{@code eq null} is "not present" and {@code ne null} is "present" ({@code pr}).</li>
 * </ul>
 * Text compares under {@code lower()} on both sides unless the attribute is {@code caseExact}, and then
 * case-sensitively on every database ({@link CaseExactText}); {@code gt ge lt le} on text are lexicographic in the
 * database's collation; {@code co sw ew} are LIKE with {@link LikePatterns}.
 * dateTimes compare as whole epoch milliseconds ({@link MillisComparison}); booleans of a boolean column compare
 * as booleans, and booleans kept as text as {@code "true"}/{@code "false"}.
 */
final class Comparisons {

    private final CriteriaBuilder cb;
    private final QueryParameters parameters;
    private final CaseExactText caseExact;

    Comparisons(CriteriaBuilder cb, QueryParameters parameters, CaseExactText caseExact) {
        this.cb = cb;
        this.parameters = parameters;
        this.caseExact = caseExact;
    }

    /** The predicate of {@code <source> <operator> <value>}. */
    Predicate compare(ValueSource source, ValueType type, ComparisonOperator operator, JsonNode value, String path) {
        if (value.isNull()) {
            switch (operator) {
                case EQ:
                    return cb.not(source.present());
                case NE:
                    return source.present();
                default:
                    throw invalid("null can only be compared with eq or ne, not " + operator.keyword() + ", in '"
                            + path + "'");
            }
        }
        if (operator == ComparisonOperator.NE) {
            return cb.not(source.some(condition(type, ComparisonOperator.EQ, value, path)));
        }
        return source.some(condition(type, operator, value, path));
    }

    private ValueSource.Condition condition(ValueType type, ComparisonOperator operator, JsonNode value, String path) {
        switch (type.kind()) {
            case BOOLEAN:
                return booleanCondition(operator, value, path);
            case EPOCH_MILLIS:
            case STORED_MILLIS:
                return millisCondition(type.kind(), millis(operator, value, path));
            default:
                return textCondition(type, operator, value.isTextual() ? value.textValue() : value.asText());
        }
    }

    private ValueSource.Condition booleanCondition(ComparisonOperator operator, JsonNode value, String path) {
        if (operator != ComparisonOperator.EQ || !(value.isBoolean() || value.isTextual())) {
            throw invalid("'" + path + "' is a boolean: compare it with eq or ne and true or false");
        }
        boolean expected = value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.textValue());
        return (column, row) -> cb.equal(column, parameters.of(Boolean.class, expected));
    }

    private MillisComparison millis(ComparisonOperator operator, JsonNode value, String path) {
        if (!value.isTextual()) {
            throw invalid("'" + path + "' is a dateTime: compare it with a string such as \"2024-05-13T04:42:34Z\"");
        }
        try {
            return MillisComparison.of(operator, value.textValue());
        } catch (IllegalArgumentException notComparable) {
            throw invalid("'" + path + "' is a dateTime and " + value + " with " + operator.keyword()
                    + " does not compare with it");
        }
    }

    @SuppressWarnings("unchecked")
    private ValueSource.Condition millisCondition(Target.Kind kind, MillisComparison comparison) {
        return (column, row) -> {
            switch (comparison.outcome()) {
                case ALWAYS:
                    return cb.conjunction();
                case NEVER:
                    return cb.disjunction();
                default:
                    if (kind == Target.Kind.EPOCH_MILLIS) {
                        return order(comparison.operator(), (Expression<Long>) column,
                                parameters.of(Long.class, comparison.millis()));
                    }
                    return order(comparison.operator(), (Expression<String>) column,
                            parameters.of(String.class, comparison.storedText()));
            }
        };
    }

    @SuppressWarnings("unchecked")
    private ValueSource.Condition textCondition(ValueType type, ComparisonOperator operator, String text) {
        return (value, row) -> {
            if (operator == ComparisonOperator.EQ && row != null && LongValues.isLong(text)) {
                // Such a value cannot be in VALUE: compare the hash Keycloak keeps beside LONG_VALUE
                return cb.equal(row.get(LongValues.hashAttribute(type.caseExact())),
                        parameters.of(byte[].class, LongValues.hash(text, type.caseExact())));
            }
            Expression<String> column = (Expression<String>) value;
            if (type.lowersColumn()) {
                column = cb.lower(column);
            }
            String literal = switch (operator) {
                case CO -> LikePatterns.contains(text);
                case SW -> LikePatterns.startsWith(text);
                case EW -> LikePatterns.endsWith(text);
                default -> text;
            };
            Expression<String> compared = parameters.of(String.class, literal);
            if (type.lowersLiteral()) {
                compared = cb.lower(compared);
            }
            Predicate plain = operator.isSubstring() ? cb.like(column, compared, LikePatterns.ESCAPE)
                    : order(operator, column, compared);
            return type.caseExact() ? caseExact.compare(plain, operator, column, compared) : plain;
        };
    }

    /** {@code eq gt ge lt le} on comparable expressions. */
    private <T extends Comparable<? super T>> Predicate order(ComparisonOperator operator, Expression<? extends T> left,
                                                              Expression<? extends T> right) {
        switch (operator) {
            case EQ:
                return cb.equal(left, right);
            case GT:
                return cb.greaterThan(left, right);
            case GE:
                return cb.greaterThanOrEqualTo(left, right);
            case LT:
                return cb.lessThan(left, right);
            case LE:
                return cb.lessThanOrEqualTo(left, right);
            default:
                throw new IllegalArgumentException("Not an ordering operator: " + operator);
        }
    }

    static ScimException invalid(String message) {
        return ScimException.badRequest(ScimType.INVALID_FILTER, "Invalid filter: " + message);
    }
}
