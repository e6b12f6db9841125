package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.path.AttributePath;

import java.util.Objects;

/**
 * {@code attrPath "[" valFilter "]"} (RFC 7644 §3.4.2.2): some value of a multi-valued complex attribute
 * satisfies the inner filter as a whole, e.g. {@code emails[type eq "work" and value co "@example.com"]} needs one
 * email that is both. Paths in the inner filter are relative: {@code type} stands for {@code emails.type}.
 * <p>
 * The Entra ID form {@code emails[type eq "work"].value eq "x"} (a value path followed by a sub-attribute
 * comparison, outside RFC 7644's grammar) has no node of its own: the parser folds the trailing comparison into
 * the inner filter, {@code emails[type eq "work" and value eq "x"]}, which is what Entra means (one work email
 * whose value is x).
 */
public final class ValuePathFilter extends Filter {

    private final AttributePath attribute;
    private final Filter filter;

    ValuePathFilter(AttributePath attribute, Filter filter) {
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.filter = Objects.requireNonNull(filter, "filter");
        if (attribute.subAttribute() != null) {
            throw new IllegalArgumentException("A value path applies to an attribute, not to the sub-attribute "
                    + attribute);
        }
    }

    /** The multi-valued attribute, without sub-attribute. */
    public AttributePath attribute() {
        return attribute;
    }

    /** The filter each value is tested against, with paths relative to {@link #attribute()}. */
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
        return other instanceof ValuePathFilter that && attribute.equals(that.attribute) && filter.equals(that.filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, filter);
    }

    @Override
    public String toString() {
        return attribute + "[" + filter + "]";
    }
}
