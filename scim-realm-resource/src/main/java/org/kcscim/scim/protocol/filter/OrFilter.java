package org.kcscim.scim.protocol.filter;

import java.util.Objects;

/**
 * {@code filter or filter} (RFC 7644 §3.4.2.2), the loosest-binding operator. Chains parse left-associatively.
 */
public final class OrFilter extends Filter {

    private final Filter left;
    private final Filter right;

    OrFilter(Filter left, Filter right) {
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
        return OR_PRECEDENCE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrFilter that && left.equals(that.left) && right.equals(that.right);
    }

    @Override
    public int hashCode() {
        return Objects.hash("or", left, right);
    }

    @Override
    public String toString() {
        return operand(left, OR_PRECEDENCE) + " or " + operand(right, OR_PRECEDENCE + 1);
    }
}
