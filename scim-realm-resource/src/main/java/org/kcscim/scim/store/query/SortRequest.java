package org.kcscim.scim.store.query;

import org.kcscim.scim.protocol.path.AttributePath;

import java.util.Objects;

/**
 * {@code sortBy} and {@code sortOrder} of a query (RFC 7644 §3.4.2.3).
 *
 * @param path       the attribute to sort by, such as {@code name.familyName}
 * @param descending true for {@code sortOrder=descending}; ascending is the default
 */
public record SortRequest(AttributePath path, boolean descending) {

    public SortRequest {
        Objects.requireNonNull(path, "path");
    }

    public static SortRequest ascending(AttributePath path) {
        return new SortRequest(path, false);
    }

    public static SortRequest descending(AttributePath path) {
        return new SortRequest(path, true);
    }
}
