package org.kcscim.scim.protocol.filter;

import java.util.Objects;

/** {@code not (filter)} (RFC 7644 §3.4.2.2): the negation; the parentheses are mandatory in the syntax. */
public final class NotFilter extends Filter {

    private final Filter filter;

    NotFilter(Filter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** The negated filter. */
    public Filter filter() {
        return filter;
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
        return other instanceof NotFilter that && filter.equals(that.filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash("not", filter);
    }

    @Override
    public String toString() {
        return "not (" + filter + ")";
    }
}
