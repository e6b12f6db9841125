package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.kcscim.scim.protocol.path.AttributePath;

import java.math.BigInteger;
import java.util.Objects;

/**
 * {@code attrPath compareOp compValue} (RFC 7644 §3.4.2.2): an attribute compared with a JSON string, number,
 * boolean or null. Built with {@link Filter#comparison} or the per-operator factories.
 */
public final class ComparisonFilter extends Filter {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final ComparisonOperator operator;
    private final AttributePath path;
    private final JsonNode value;

    ComparisonFilter(ComparisonOperator operator, AttributePath path, JsonNode value) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.path = Objects.requireNonNull(path, "path");
        this.value = canonical(value);
    }

    public ComparisonOperator operator() {
        return operator;
    }

    public AttributePath path() {
        return path;
    }

    /** A {@code TextNode}, numeric node, {@code BooleanNode} or {@code NullNode}; never a Java null. */
    public JsonNode value() {
        return value;
    }

    @Override
    public <R, P> R accept(FilterVisitor<R, P> visitor, P param) {
        return visitor.visit(this, param);
    }

    @Override
    int precedence() {
        return ATOM_PRECEDENCE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComparisonFilter that
                && operator == that.operator && path.equals(that.path) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, path, value);
    }

    @Override
    public String toString() {
        // JsonNode.toString() writes JSON, which is exactly the compValue syntax (quoted and escaped strings).
        return path + " " + operator.keyword() + " " + value;
    }

    private static JsonNode canonical(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return NullNode.getInstance();
        }
        if (value.isTextual() || value.isBoolean()) {
            return value;
        }
        if (value.isIntegralNumber()) {
            BigInteger integer = value.bigIntegerValue();
            if (integer.compareTo(INT_MIN) >= 0 && integer.compareTo(INT_MAX) <= 0) {
                return IntNode.valueOf(integer.intValue());
            }
            return integer.bitLength() < Long.SIZE ? LongNode.valueOf(integer.longValue()) : BigIntegerNode.valueOf(integer);
        }
        if (value.isNumber()) {
            try {
                return DecimalNode.valueOf(value.decimalValue());
            } catch (NumberFormatException notFinite) {
                throw new IllegalArgumentException("A comparison value must be a finite number, not " + value);
            }
        }
        throw new IllegalArgumentException("A comparison value is a string, number, boolean or null, not " + value);
    }
}
