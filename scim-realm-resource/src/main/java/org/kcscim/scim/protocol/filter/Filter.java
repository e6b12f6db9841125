package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.kcscim.scim.protocol.path.AttributePath;

/**
 * An immutable SCIM filter expression (RFC 7644 §3.4.2.2). Nodes are built with the static factories here or by
 * {@link FilterParser}; they compare by structure ({@link AttributePath}s ignoring case) and {@link #toString()}
 * renders filter syntax that parses back to an equal tree. Consumers walk a tree with a {@link FilterVisitor}.
 */
public abstract sealed class Filter
        permits ComparisonFilter, PresenceFilter, AndFilter, OrFilter, NotFilter, ValuePathFilter {

    /** Binding strength used when rendering, so that parentheses appear exactly where the parser needs them. */
    static final int OR_PRECEDENCE = 1;
    static final int AND_PRECEDENCE = 2;
    static final int ATOM_PRECEDENCE = 3;

    Filter() {
    }

    /** Calls the {@code visit} method of {@code visitor} that matches this node. */
    public abstract <R, P> R accept(FilterVisitor<R, P> visitor, P param);

    abstract int precedence();

    /** Renders this node in filter syntax. */
    @Override
    public abstract String toString();

    /**
     * A comparison. {@code value} is a string, number, boolean or null node; a Java null means JSON null.
     * Integral numbers are stored as the smallest of int, long and big integer, others as big decimals, so that
     * equal literals give equal trees whichever node class the caller chose.
     */
    public static ComparisonFilter comparison(ComparisonOperator operator, AttributePath path, JsonNode value) {
        return new ComparisonFilter(operator, path, value);
    }

    public static ComparisonFilter eq(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.EQ, path, value);
    }

    public static ComparisonFilter ne(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.NE, path, value);
    }

    public static ComparisonFilter co(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.CO, path, value);
    }

    public static ComparisonFilter sw(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.SW, path, value);
    }

    public static ComparisonFilter ew(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.EW, path, value);
    }

    public static ComparisonFilter gt(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.GT, path, value);
    }

    public static ComparisonFilter ge(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.GE, path, value);
    }

    public static ComparisonFilter lt(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.LT, path, value);
    }

    public static ComparisonFilter le(AttributePath path, JsonNode value) {
        return comparison(ComparisonOperator.LE, path, value);
    }

    public static ComparisonFilter eq(AttributePath path, String value) {
        return eq(path, text(value));
    }

    public static ComparisonFilter ne(AttributePath path, String value) {
        return ne(path, text(value));
    }

    public static ComparisonFilter co(AttributePath path, String value) {
        return co(path, text(value));
    }

    public static ComparisonFilter sw(AttributePath path, String value) {
        return sw(path, text(value));
    }

    public static ComparisonFilter ew(AttributePath path, String value) {
        return ew(path, text(value));
    }

    public static ComparisonFilter gt(AttributePath path, String value) {
        return gt(path, text(value));
    }

    public static ComparisonFilter ge(AttributePath path, String value) {
        return ge(path, text(value));
    }

    public static ComparisonFilter lt(AttributePath path, String value) {
        return lt(path, text(value));
    }

    public static ComparisonFilter le(AttributePath path, String value) {
        return le(path, text(value));
    }

    /** {@code path pr}: the attribute has a non-empty value. */
    public static PresenceFilter pr(AttributePath path) {
        return new PresenceFilter(path);
    }

    public static AndFilter and(Filter left, Filter right) {
        return new AndFilter(left, right);
    }

    public static OrFilter or(Filter left, Filter right) {
        return new OrFilter(left, right);
    }

    public static NotFilter not(Filter filter) {
        return new NotFilter(filter);
    }

    /**
     * {@code attribute[filter]}: some value of the multi-valued {@code attribute} matches {@code filter}, whose
     * paths name sub-attributes of {@code attribute} (so {@code type}, not {@code emails.type}).
     */
    public static ValuePathFilter valuePath(AttributePath attribute, Filter filter) {
        return new ValuePathFilter(attribute, filter);
    }

    private static JsonNode text(String value) {
        return value == null ? NullNode.getInstance() : TextNode.valueOf(value);
    }

    /** Renders {@code operand} in parentheses when it binds less tightly than its context requires. */
    static String operand(Filter operand, int minimumPrecedence) {
        return operand.precedence() < minimumPrecedence ? "(" + operand + ")" : operand.toString();
    }
}
