package org.kcscim.scim.protocol.filter;

/**
 * One lexical unit of a filter or PATCH path.
 *
 * @param kind        what the token is
 * @param text        a word as written, or a string literal already unescaped; empty for the others
 * @param start       index of the first character in the source
 * @param end         index after the last character in the source
 * @param spaceBefore whether whitespace separates this token from the previous one
 */
record Token(Kind kind, String text, int start, int end, boolean spaceBefore) {

    enum Kind {
        /** A run of characters up to whitespace, a bracket, a parenthesis or a quote: names, keywords, literals. */
        WORD,
        /** A JSON string literal. */
        STRING,
        LEFT_PAREN,
        RIGHT_PAREN,
        LEFT_BRACKET,
        RIGHT_BRACKET,
        END
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    /** True for a word spelled {@code keyword} in any case. */
    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
}
