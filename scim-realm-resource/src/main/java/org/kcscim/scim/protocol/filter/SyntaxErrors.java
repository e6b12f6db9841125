package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;

/**
 * Builds the 400 a malformed filter or PATCH path gets: the same scanner and parser serve both, and only the
 * {@code scimType} and the noun in the detail differ.
 */
final class SyntaxErrors {

    /** Tokens quoted in details are cut, so that a 10 kB input does not come back in the response. */
    private static final int QUOTE_LIMIT = 40;

    private final ScimType scimType;
    private final String subject;
    private final String source;

    SyntaxErrors(ScimType scimType, String subject, String source) {
        this.scimType = scimType;
        this.subject = subject;
        this.source = source;
    }

    String subject() {
        return subject;
    }

    /** An error at {@code index} (0-based) of the source, reported 1-based as people count. */
    ScimException at(int index, String message) {
        return ScimException.badRequest(scimType, "Invalid " + subject + " at position " + (index + 1) + ": " + message);
    }

    /** An error about the input as a whole. */
    ScimException of(String message) {
        return ScimException.badRequest(scimType, "Invalid " + subject + ": " + message);
    }

    /** How a token reads in an error detail. */
    String describe(Token token) {
        if (token.is(Token.Kind.END)) {
            return "the end of the " + subject;
        }
        return "'" + quote(source.substring(token.start(), token.end())) + "'";
    }

    /**
     * An excerpt of the input for a detail: cut after {@value #QUOTE_LIMIT} characters (never inside a surrogate
     * pair), control characters and unpaired surrogates written as {@code U+XXXX}, so that the detail is text any
     * client can log and the response can be encoded at all.
     */
    static String quote(String text) {
        int end = text.length() <= QUOTE_LIMIT ? text.length() : QUOTE_LIMIT;
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                quoted.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                quoted.append(String.format("U+%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return end < text.length() ? quoted + "..." : quoted.toString();
    }
}
