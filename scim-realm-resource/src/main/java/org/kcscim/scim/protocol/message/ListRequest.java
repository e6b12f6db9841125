package org.kcscim.scim.protocol.message;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;

import java.util.List;

/**
 * A query for a list of resources, from query parameters (RFC 7644 §3.4.2) or a SearchRequest body
 * (§3.4.3), before it is checked against a resource type.
 *
 * @param filter     the filter text, or null
 * @param sortBy     the attribute to sort by, or null
 * @param descending sortOrder=descending
 * @param startIndex 1-based index of the first result (values below 1 count as 1)
 * @param count      maximum number of results, already capped at {@link #MAX_COUNT}
 * @param attributes attributes to return, empty for the default set
 * @param excluded   attributes not to return
 */
public record ListRequest(String filter, String sortBy, boolean descending, int startIndex, int count,
                          List<AttributePath> attributes, List<AttributePath> excluded) {

    /** The most resources one page holds; advertised as {@code filter.maxResults}. */
    public static final int MAX_COUNT = 1000;
    public static final int DEFAULT_COUNT = 100;

    public ListRequest {
        attributes = List.copyOf(attributes);
        excluded = List.copyOf(excluded);
    }

    /** From the query parameters of a GET; any may be null. */
    public static ListRequest fromQuery(String filter, String sortBy, String sortOrder, String startIndex, String count,
                                        String attributes, String excludedAttributes) {
        return new ListRequest(
                blankToNull(filter),
                blankToNull(sortBy),
                descending(sortOrder),
                startIndex(integer("startIndex", startIndex, 1)),
                count(integer("count", count, DEFAULT_COUNT)),
                AttributeSelection.parseList(attributes),
                AttributeSelection.parseList(excludedAttributes));
    }

    static int startIndex(long requested) {
        return (int) Math.max(1, Math.min(requested, Integer.MAX_VALUE));
    }

    static int count(long requested) {
        return (int) Math.max(0, Math.min(requested, MAX_COUNT));
    }

    static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.isBlank() || sortOrder.equalsIgnoreCase("ascending")) {
            return false;
        }
        if (sortOrder.equalsIgnoreCase("descending")) {
            return true;
        }
        throw ScimException.badRequest(ScimType.INVALID_VALUE, "sortOrder must be ascending or descending");
    }

    private static long integer(String name, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, name + " must be an integer");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
