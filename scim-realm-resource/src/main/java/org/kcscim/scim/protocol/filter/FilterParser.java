package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

/**
 * Parses the {@code filter} query parameter and {@code /.search} member (RFC 7644 §3.4.2.2) into a {@link Filter}.
 * <ul>
 *   <li>Precedence {@code not} over {@code and} over {@code or}; {@code and}/{@code or} associate to the left;
 *       {@code not} takes a parenthesised filter.</li>
 *   <li>Operators, {@code and}/{@code or}/{@code not}, {@code pr}, {@code true}/{@code false}/{@code null} are
 *       case-insensitive; attribute names keep their spelling (resolution ignores case).</li>
 *   <li>Attribute paths may be qualified with a schema URN, split at the last colon.</li>
 *   <li>Entra ID's {@code emails[type eq "work"].value eq "x"} is read as
 *       {@code emails[type eq "work" and value eq "x"]}.</li>
 * </ul>
 * The parser checks syntax only; {@link FilterValidator} checks the attributes against a resource type.
 */
public final class FilterParser {

    /** The longest filter accepted, checked before any other work on it. */
    public static final int MAX_LENGTH = 4096;

    private FilterParser() {
    }

    /**
     * @throws ScimException 400 {@code invalidFilter}, with the position (1-based) of the problem in the detail,
     *                       for any malformed input, including null, blank, over {@value #MAX_LENGTH} characters,
     *                       nested over 32 levels, or holding a NUL or an unpaired surrogate (also as an escape)
     */
    public static Filter parse(String filter) {
        return new ExpressionParser(filter, ScimType.INVALID_FILTER, "filter", MAX_LENGTH).filter();
    }
}
