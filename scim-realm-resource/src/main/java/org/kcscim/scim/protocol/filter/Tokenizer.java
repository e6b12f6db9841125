package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.text.WellFormedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a filter (RFC 7644 §3.4.2.2) or PATCH path (§3.5.2) into {@link Token}s. Words are maximal runs of
 * anything but whitespace, parentheses, brackets and quotes, so URNs with colons and dots ({@code 2.0}), {@code $ref}
 * and numbers stay whole; the parser gives words their meaning from where they stand.
 */
final class Tokenizer {

    private final String source;
    private final SyntaxErrors errors;
    private final int maxDepth;
    private final List<Token> tokens = new ArrayList<>();
    private int index;
    private int depth;

    private Tokenizer(String source, SyntaxErrors errors, int maxDepth) {
        this.source = source;
        this.errors = errors;
        this.maxDepth = maxDepth;
    }

    /**
     * The tokens of {@code source}, ending with an {@link Token.Kind#END} token.
     *
     * @param maxDepth the deepest nesting of parentheses and brackets accepted: counted here, in one linear pass,
     *                 so that a too deep input is refused before the parser recurses into it
     */
    static List<Token> tokenize(String source, SyntaxErrors errors, int maxDepth) {
        Tokenizer tokenizer = new Tokenizer(source, errors, maxDepth);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (true) {
            int beforeSpace = index;
            while (index < source.length() && Character.isWhitespace(source.charAt(index))) {
                index++;
            }
            boolean spaceBefore = index > beforeSpace;
            if (index == source.length()) {
                tokens.add(new Token(Token.Kind.END, "", index, index, spaceBefore));
                return;
            }
            Token token = next(spaceBefore);
            requireSeparation(token);
            trackDepth(token);
            tokens.add(token);
        }
    }

    private Token next(boolean spaceBefore) {
        int start = index;
        char c = source.charAt(index);
        Token.Kind single = switch (c) {
            case '(' -> Token.Kind.LEFT_PAREN;
            case ')' -> Token.Kind.RIGHT_PAREN;
            case '[' -> Token.Kind.LEFT_BRACKET;
            case ']' -> Token.Kind.RIGHT_BRACKET;
            default -> null;
        };
        if (single != null) {
            index++;
            return new Token(single, "", start, index, spaceBefore);
        }
        if (c == '"') {
            String value = string();
            return new Token(Token.Kind.STRING, value, start, index, spaceBefore);
        }
        while (index < source.length() && !endsWord(source.charAt(index))) {
            index++;
        }
        return new Token(Token.Kind.WORD, source.substring(start, index), start, index, spaceBefore);
    }

    private void trackDepth(Token token) {
        if (token.is(Token.Kind.LEFT_PAREN) || token.is(Token.Kind.LEFT_BRACKET)) {
            if (++depth > maxDepth) {
                throw errors.at(token.start(), "parentheses and brackets nest deeper than " + maxDepth + " levels");
            }
        } else if ((token.is(Token.Kind.RIGHT_PAREN) || token.is(Token.Kind.RIGHT_BRACKET)) && depth > 0) {
            depth--;
        }
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"';
    }

    /**
     * Two words can never touch (the first would have swallowed the second), but a word and a string can:
     * {@code eq"x"} or {@code "x"and}. The grammar puts a space there, and without one the intent is unclear.
     */
    private void requireSeparation(Token token) {
        if (tokens.isEmpty() || token.spaceBefore()) {
            return;
        }
        Token previous = tokens.get(tokens.size() - 1);
        boolean wordLike = token.is(Token.Kind.WORD) || token.is(Token.Kind.STRING);
        boolean previousWordLike = previous.is(Token.Kind.WORD) || previous.is(Token.Kind.STRING);
        if (wordLike && previousWordLike) {
            throw errors.at(token.start(), "expected a space between " + errors.describe(previous) + " and "
                    + errors.describe(token));
        }
    }

    /** A JSON string literal (RFC 8259 §7), from the opening quote at {@code index}; returns the unescaped text. */
    private String string() {
        int start = index;
        index++;
        StringBuilder value = new StringBuilder();
        while (index < source.length()) {
            char c = source.charAt(index);
            if (c == '"') {
                index++;
                // An escape such as \u0000 or a lone \ud800 yields what the raw text was checked not to hold.
                int illFormed = WellFormedText.firstIllFormed(value);
                if (illFormed >= 0) {
                    throw errors.at(start, "the string starting here holds "
                            + WellFormedText.describe(value, illFormed) + ", which is not allowed");
                }
                return value.toString();
            }
            if (c == '\\') {
                value.append(escape());
            } else {
                value.append(c);
                index++;
            }
        }
        throw errors.at(start, "the string starting here has no closing quote");
    }

    private char escape() {
        int start = index;
        if (index + 1 >= source.length()) {
            throw errors.at(start, "the string ends inside an escape sequence");
        }
        char kind = source.charAt(index + 1);
        index += 2;
        return switch (kind) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape(start);
            default -> throw errors.at(start, "'\\" + SyntaxErrors.quote(String.valueOf(kind))
                    + "' is not a JSON escape sequence");
        };
    }

    private char unicodeEscape(int start) {
        if (index + 4 > source.length()) {
            throw errors.at(start, "'\\u' needs four hexadecimal digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = hexDigit(source.charAt(index + i));
            if (digit < 0) {
                throw errors.at(start, "'\\u' needs four hexadecimal digits");
            }
            code = code * 16 + digit;
        }
        index += 4;
        return (char) code;
    }

    // Character.digit would also take non-ASCII digits, which JSON does not.
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
