package org.kcscim.scim.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.filter.ComparisonOperator;

import java.util.Locale;

/**
 * Decides a comparison with a {@link Target.Constant} without the database, by the rules the database follows for
 * text ({@link Comparisons}): {@code eq null} never holds for a value every resource has, {@code ne} is the
 * negation of {@code eq}, and text compares ignoring case unless the attribute is case-exact.
 */
final class ConstantComparison {

    private ConstantComparison() {
    }

    static boolean holds(Target.Constant constant, ComparisonOperator operator, JsonNode value, String path) {
        if (value.isNull()) {
            return operator == ComparisonOperator.NE;
        }
        if (!value.isTextual()) {
            throw Comparisons.invalid("'" + path + "' is a string: compare it with a string");
        }
        String actual = constant.caseExact() ? constant.value() : constant.value().toLowerCase(Locale.ROOT);
        String wanted = constant.caseExact() ? value.asText() : value.asText().toLowerCase(Locale.ROOT);
        switch (operator) {
            case EQ:
                return actual.equals(wanted);
            case NE:
                return !actual.equals(wanted);
            case CO:
                return actual.contains(wanted);
            case SW:
                return actual.startsWith(wanted);
            case EW:
                return actual.endsWith(wanted);
            case GT:
                return actual.compareTo(wanted) > 0;
            case GE:
                return actual.compareTo(wanted) >= 0;
            case LT:
                return actual.compareTo(wanted) < 0;
            case LE:
                return actual.compareTo(wanted) <= 0;
            default:
                throw Comparisons.invalid("'" + operator.keyword() + "' cannot compare '" + path + "'");
        }
    }
}
