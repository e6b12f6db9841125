package org.kcscim.scim.store;

import java.time.Instant;

/**
 * The text form of times kept in attributes: epoch milliseconds zero-padded to 13 digits, so that comparing
 * the text compares the times (filters on {@code meta.lastModified} run in SQL on that text).
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static String stored(long epochMillis) {
        return String.format("%013d", epochMillis);
    }

    /** The stored text back as epoch milliseconds, or {@code fallback} when absent or unreadable. */
    public static long parse(String stored, long fallback) {
        if (stored == null) {
            return fallback;
        }
        try {
            return Long.parseLong(stored);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
