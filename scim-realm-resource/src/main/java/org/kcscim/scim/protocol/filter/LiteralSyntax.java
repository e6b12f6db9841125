package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads a {@code compValue} (RFC 7644 §3.4.2.2): a JSON string, number, {@code true}, {@code false} or
 * {@code null}. The keywords are taken in any case, as clients send {@code True}. Numbers become
 * {@code BigInteger}/{@code BigDecimal} nodes so no digit is lost; {@link ComparisonFilter} narrows them.
 */
final class LiteralSyntax {

    private LiteralSyntax() {
    }

    /** The value of {@code token}, or null when it is not a value. */
    static JsonNode value(Token token) {
        if (token.is(Token.Kind.STRING)) {
            return TextNode.valueOf(token.text());
        }
        if (!token.is(Token.Kind.WORD)) {
            return null;
        }
        String text = token.text();
        if (text.equalsIgnoreCase("true")) {
            return BooleanNode.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return BooleanNode.FALSE;
        }
        if (text.equalsIgnoreCase("null")) {
            return NullNode.getInstance();
        }
        return number(text);
    }

    /** {@code [ "-" ] int [ frac ] [ exp ]} of RFC 8259 §6, checked by hand so that no exception decides. */
    private static JsonNode number(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        int integerStart = i;
        i = digits(text, i);
        if (i == integerStart || (text.charAt(integerStart) == '0' && i - integerStart > 1)) {
            return null;
        }
        boolean integral = true;
        if (i < length && text.charAt(i) == '.') {
            int fractionStart = ++i;
            i = digits(text, i);
            if (i == fractionStart) {
                return null;
            }
            integral = false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            i = digits(text, i);
            if (i == exponentStart) {
                return null;
            }
            integral = false;
        }
        if (i != length) {
            return null;
        }
        try {
            return integral ? BigIntegerNode.valueOf(new BigInteger(text)) : DecimalNode.valueOf(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException outOfRange) {
            // An exponent beyond what BigDecimal holds, e.g. 1e9999999999.
            return null;
        }
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
