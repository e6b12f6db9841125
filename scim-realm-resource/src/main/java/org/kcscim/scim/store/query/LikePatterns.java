package org.kcscim.scim.store.query;

/**
 * LIKE patterns for {@code co}, {@code sw} and {@code ew} (RFC 7644 §3.4.2.2). The value is taken literally: its
 * {@code %} and {@code _} are escaped, and so is the escape character itself.
 * <p>
 * The escape character is {@code !} rather than the usual backslash, because a backslash in the SQL literal of an
 * {@code ESCAPE} clause is itself an escape on MySQL and MariaDB (unless {@code NO_BACKSLASH_ESCAPES} is set),
 * while {@code !} means the same on H2, PostgreSQL, MariaDB, MySQL, Oracle and SQL Server.
 */
public final class LikePatterns {

    /** The character every pattern built here is escaped with: pass it as the {@code ESCAPE} of the LIKE. */
    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    /** {@code text} with every LIKE wildcard and escape character escaped, so that it matches only itself. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Matches any text that contains {@code text}. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** Matches any text that starts with {@code text}. */
    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    /** Matches any text that ends with {@code text}. */
    public static String endsWith(String text) {
        return "%" + escape(text);
    }
}
