package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.path.AttributePath;

import java.util.Objects;

/** {@code attrPath pr} (RFC 7644 §3.4.2.2): the attribute has a non-empty, non-null value. */
public final class PresenceFilter extends Filter {

    private final AttributePath path;

    PresenceFilter(AttributePath path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    public AttributePath path() {
        return path;
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
        return other instanceof PresenceFilter that && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path + " pr";
    }
}
