package org.kcscim.scim.protocol.filter;

import java.util.Locale;
import java.util.Optional;

/**
 * The attribute operators of RFC 7644 §3.4.2.2 that compare an attribute with a value ({@code pr} has no value
 * and is {@link PresenceFilter}). Keywords are case-insensitive on input and rendered in lower case.
 */
public enum ComparisonOperator {
    EQ("eq"),
    NE("ne"),
    CO("co"),
    SW("sw"),
    EW("ew"),
    GT("gt"),
    GE("ge"),
    LT("lt"),
    LE("le");

    private final String keyword;

    ComparisonOperator(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** True for {@code gt ge lt le}, which RFC 7644 forbids on boolean and binary attributes. */
    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    /** True for {@code co sw ew}, which only make sense on text. */
    public boolean isSubstring() {
        return this == CO || this == SW || this == EW;
    }

    /** The operator spelled {@code keyword} in any case, or empty. */
    public static Optional<ComparisonOperator> fromKeyword(String keyword) {
        String lower = keyword.toLowerCase(Locale.ROOT);
        for (ComparisonOperator operator : values()) {
            if (operator.keyword.equals(lower)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return keyword;
    }
}
