package org.kcscim.scim.protocol.filter;

import java.util.Objects;

/**
 * {@code filter and filter} (RFC 7644 §3.4.2.2). Chains parse left-associatively: {@code a and b and c} is
 * {@code and(and(a, b), c)}.
 */
public final class AndFilter extends Filter {

    private final Filter left;
    private final Filter right;

    AndFilter(Filter left, Filter right) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
    }

    public Filter left() {
        return left;
    }

    public Filter right() {
        return right;
    }

    @Override
    public <R, P> R accept(FilterVisitor<R, P> visitor, P param) {
        return visitor.visit(this, param);
    }

    @Override
    int precedence() {
        return AND_PRECEDENCE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AndFilter that && left.equals(that.left) && right.equals(that.right);
    }

    @Override
    public int hashCode() {
        return Objects.hash("and", left, right);
    }

    @Override
    public String toString() {
        // A right operand of equal precedence gets parentheses so that the rendering parses back to this very tree.
        return operand(left, AND_PRECEDENCE) + " and " + operand(right, AND_PRECEDENCE + 1);
    }
}
