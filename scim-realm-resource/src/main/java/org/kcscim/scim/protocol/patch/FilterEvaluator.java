package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.filter.AndFilter;
import org.kcscim.scim.protocol.filter.ComparisonFilter;
import org.kcscim.scim.protocol.filter.ComparisonOperator;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterVisitor;
import org.kcscim.scim.protocol.filter.NotFilter;
import org.kcscim.scim.protocol.filter.OrFilter;
import org.kcscim.scim.protocol.filter.PresenceFilter;
import org.kcscim.scim.protocol.filter.ValuePathFilter;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.AttributeType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates the value filter of a PATCH path, such as {@code type eq "work"} in {@code emails[type eq "work"]},
 * against one entry of a multi-valued attribute held in memory (RFC 7644 §3.4.2.2, §3.5.2). Queries over
 * stored resources are translated to the database instead; this class only picks entries of one resource.
 * <p>
 * Semantics follow the sub-attribute definitions: strings compare ignoring case unless {@code caseExact}
 * (RFC 7643 §2.3.1), numbers numerically, dateTimes as instants, booleans only with {@code eq}/{@code ne}.
 * An absent or null sub-attribute equals only {@code null}, so {@code ne "x"} matches it and every ordering or
 * substring operator does not. Values of an unexpected JSON type never match. The filter is expected to have
 * passed the path validator, which also turned Entra ID's {@code "True"} into a boolean.
 * <p>
 * An entry of a multi-valued simple attribute (a custom extension's list of strings) is a bare value: the filter
 * names it {@code value}, as in {@code badges[value eq "gold"]}, and compares it by the attribute's own definition.
 */
public final class FilterEvaluator implements FilterVisitor<Boolean, JsonNode> {

    private final AttributeDefinition attribute;

    private FilterEvaluator(AttributeDefinition attribute) {
        this.attribute = attribute;
    }

    /**
     * @param filter    a value filter whose paths name sub-attributes of {@code attribute}
     * @param attribute the multi-valued attribute the entry belongs to
     * @param entry     one entry of that attribute; for a complex attribute, anything but an object matches nothing
     */
    public static boolean matches(Filter filter, AttributeDefinition attribute, JsonNode entry) {
        boolean fits = attribute.isComplex() ? entry != null && entry.isObject() : entry != null && entry.isValueNode();
        return fits && filter.accept(new FilterEvaluator(attribute), entry);
    }

    @Override
    public Boolean visit(ComparisonFilter filter, JsonNode entry) {
        Optional<AttributeDefinition> sub = subAttribute(filter.path());
        if (sub.isEmpty()) {
            return false;
        }
        JsonNode actual = valueOf(entry, sub.get());
        boolean absent = actual == null || actual.isNull();
        JsonNode expected = filter.value();
        ComparisonOperator operator = filter.operator();
        if (expected.isNull() || absent) {
            boolean equal = expected.isNull() && absent;
            return operator == ComparisonOperator.EQ ? equal : operator == ComparisonOperator.NE && !equal;
        }
        Integer order = compare(sub.get(), actual, expected);
        if (order == null) {
            // Not comparable (say, a number against text): nothing is equal, so only ne holds.
            return operator == ComparisonOperator.NE;
        }
        return switch (operator) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case CO, SW, EW -> substring(operator, sub.get(), actual, expected);
        };
    }

    @Override
    public Boolean visit(PresenceFilter filter, JsonNode entry) {
        Optional<AttributeDefinition> sub = subAttribute(filter.path());
        if (sub.isEmpty()) {
            return false;
        }
        JsonNode actual = valueOf(entry, sub.get());
        // RFC 7644 §3.4.2.2: "pr" needs a non-empty value; an empty string is as good as none.
        return !JsonFields.isUnassigned(actual) && !(actual.isTextual() && actual.textValue().isEmpty());
    }

    @Override
    public Boolean visit(AndFilter filter, JsonNode entry) {
        return filter.left().accept(this, entry) && filter.right().accept(this, entry);
    }

    @Override
    public Boolean visit(OrFilter filter, JsonNode entry) {
        return filter.left().accept(this, entry) || filter.right().accept(this, entry);
    }

    @Override
    public Boolean visit(NotFilter filter, JsonNode entry) {
        return !filter.filter().accept(this, entry);
    }

    @Override
    public Boolean visit(ValuePathFilter filter, JsonNode entry) {
        // The validators refuse value paths inside value paths: SCIM has no deeper nesting.
        throw new IllegalArgumentException("A value filter cannot contain another value filter: " + filter);
    }

    /** Inside {@code emails[...]} a path is a bare sub-attribute name; anything else names nothing here. */
    private Optional<AttributeDefinition> subAttribute(AttributePath path) {
        if (path.schemaUrn() != null || path.subAttribute() != null) {
            return Optional.empty();
        }
        if (!attribute.isComplex()) {
            return path.name().equalsIgnoreCase("value") ? Optional.of(attribute) : Optional.empty();
        }
        return attribute.subAttribute(path.name());
    }

    /** The sub-attribute's value in an entry; a simple attribute's entry is its own value. */
    private JsonNode valueOf(JsonNode entry, AttributeDefinition sub) {
        return entry.isObject() ? JsonFields.get((ObjectNode) entry, sub.name()) : entry;
    }

    /** The order of {@code actual} relative to {@code expected}, or null when they cannot be compared. */
    private static Integer compare(AttributeDefinition sub, JsonNode actual, JsonNode expected) {
        AttributeType type = sub.type();
        if (type == AttributeType.BOOLEAN) {
            Boolean left = bool(actual);
            return left == null || !expected.isBoolean() ? null : Boolean.compare(left, expected.booleanValue());
        }
        if (type == AttributeType.INTEGER || type == AttributeType.DECIMAL) {
            BigDecimal left = number(actual);
            BigDecimal right = number(expected);
            return left == null || right == null ? null : left.compareTo(right);
        }
        if (!actual.isTextual() || !expected.isTextual()) {
            return null;
        }
        if (type == AttributeType.DATE_TIME) {
            Optional<Instant> left = ValueCoercion.instant(actual.textValue());
            Optional<Instant> right = ValueCoercion.instant(expected.textValue());
            return left.isEmpty() || right.isEmpty() ? null : left.get().compareTo(right.get());
        }
        return fold(sub, actual.textValue()).compareTo(fold(sub, expected.textValue()));
    }

    private static boolean substring(ComparisonOperator operator, AttributeDefinition sub, JsonNode actual,
                                     JsonNode expected) {
        if (!actual.isTextual() || !expected.isTextual()) {
            return false;
        }
        String text = fold(sub, actual.textValue());
        String part = fold(sub, expected.textValue());
        return switch (operator) {
            case CO -> text.contains(part);
            case SW -> text.startsWith(part);
            default -> text.endsWith(part);
        };
    }

    private static String fold(AttributeDefinition sub, String text) {
        return sub.caseExact() ? text : text.toLowerCase(Locale.ROOT);
    }

    /** Stored booleans are JSON booleans, but a resource written before normalisation may hold "true". */
    private static Boolean bool(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.isTextual() ? value.textValue() : "";
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true");
        }
        return null;
    }

    private static BigDecimal number(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }
}
