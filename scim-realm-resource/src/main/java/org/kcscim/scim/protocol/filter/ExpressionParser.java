package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.text.WellFormedText;

import java.util.List;
import java.util.Optional;

/**
 * The recursive-descent core behind {@link FilterParser} and {@link PatchPathParser}: RFC 7644 §3.4.2.2, Figure 1,
 * with precedence made explicit.
 * <pre>
 * filter     = or
 * or         = and *( "or" and )
 * and        = term *( "and" term )
 * term       = "not" "(" or ")" / "(" or ")" / attrPath attrTail
 * attrTail   = "pr" / compareOp compValue / "[" or "]" [ "." subAttr ( "pr" / compareOp compValue ) ]
 * </pre>
 * Inside brackets value paths may not nest. The optional comparison after {@code "]"} is Entra ID's
 * {@code emails[type eq "work"].value eq "x"}; it is folded into the bracketed filter (see {@link ValuePathFilter}).
 * Input length is capped before the input is scanned, and nesting depth while it is scanned, before the parser
 * recurses: no input can exhaust memory or the stack, and the work done on an input too long is constant.
 */
final class ExpressionParser {

    /** The deepest nesting of parentheses and brackets accepted: 32 levels. */
    static final int MAX_DEPTH = 32;

    private final SyntaxErrors errors;
    private final List<Token> tokens;
    private int position;
    private int depth;

    /**
     * @param maxLength the longest input accepted; checked first, before the input is looked at any further
     */
    ExpressionParser(String source, ScimType scimType, String subject, int maxLength) {
        if (source != null && source.length() > maxLength) {
            throw new SyntaxErrors(scimType, subject, "").of("the " + subject + " is longer than " + maxLength
                    + " characters");
        }
        this.errors = new SyntaxErrors(scimType, subject, source == null ? "" : source);
        if (source == null || source.isBlank()) {
            throw errors.of("the " + subject + " is empty");
        }
        int illFormed = WellFormedText.firstIllFormed(source);
        if (illFormed >= 0) {
            throw errors.at(illFormed, WellFormedText.describe(source, illFormed) + " is not allowed");
        }
        this.tokens = Tokenizer.tokenize(source, errors, MAX_DEPTH);
    }

    SyntaxErrors errors() {
        return errors;
    }

    Token peek() {
        return tokens.get(position);
    }

    Token next() {
        Token token = tokens.get(position);
        if (!token.is(Token.Kind.END)) {
            position++;
        }
        return token;
    }

    /** A whole filter: the input must end where the expression does. */
    Filter filter() {
        Filter filter = or(false);
        Token rest = peek();
        if (!rest.is(Token.Kind.END)) {
            throw errors.at(rest.start(), "expected 'and', 'or' or the end of the " + errors.subject() + ", found "
                    + errors.describe(rest));
        }
        return filter;
    }

    /** Reads a word as an attribute path. */
    AttributePath attributePath(Token word) {
        return AttributePathSyntax.parse(word, errors);
    }

    /**
     * {@code "[" valFilter "]"} right after {@code attribute}, the opening bracket being the next token.
     * Shared by filters ({@code emails[type eq "work"]}) and PATCH paths ({@code members[value eq "id"]}).
     */
    Filter bracketedFilter(AttributePath attribute, Token attributeToken) {
        Token open = next();
        if (open.spaceBefore()) {
            throw errors.at(open.start(), "no space is allowed between an attribute and '['");
        }
        if (attribute.subAttribute() != null) {
            throw errors.at(attributeToken.start(), "a value filter applies to a multi-valued attribute, not to the "
                    + "sub-attribute '" + SyntaxErrors.quote(attribute.toString()) + "'");
        }
        enter(open);
        Filter inner = or(true);
        Token close = next();
        if (!close.is(Token.Kind.RIGHT_BRACKET)) {
            throw errors.at(close.start(), "expected 'and', 'or' or ']' to close the '[' at position "
                    + (open.start() + 1) + ", found " + errors.describe(close));
        }
        depth--;
        return inner;
    }

    /** The {@code .subAttr} glued to a closing bracket, consumed if there is one. */
    Optional<String> subAttributeAfterBracket() {
        Token token = peek();
        if (token.is(Token.Kind.WORD) && token.text().startsWith(".") && !token.spaceBefore()) {
            next();
            return Optional.of(AttributePathSyntax.subAttribute(token, errors));
        }
        return Optional.empty();
    }

    private Filter or(boolean inValuePath) {
        Filter filter = and(inValuePath);
        while (peek().isKeyword("or")) {
            next();
            filter = Filter.or(filter, and(inValuePath));
        }
        return filter;
    }

    private Filter and(boolean inValuePath) {
        Filter filter = term(inValuePath);
        while (peek().isKeyword("and")) {
            next();
            filter = Filter.and(filter, term(inValuePath));
        }
        return filter;
    }

    private Filter term(boolean inValuePath) {
        Token token = next();
        if (token.is(Token.Kind.LEFT_PAREN)) {
            return parenthesised(token, inValuePath);
        }
        if (token.isKeyword("not")) {
            Token open = next();
            if (!open.is(Token.Kind.LEFT_PAREN)) {
                throw errors.at(open.start(), "'not' must be followed by a filter in parentheses, found "
                        + errors.describe(open));
            }
            return Filter.not(parenthesised(open, inValuePath));
        }
        // No SCIM attribute is called "and" or "or"; naming the misplaced keyword helps more than "not an operator".
        if (token.is(Token.Kind.WORD) && !token.isKeyword("and") && !token.isKeyword("or")) {
            return attributeExpression(token, inValuePath);
        }
        throw errors.at(token.start(), "expected an attribute, '(' or 'not', found " + errors.describe(token));
    }

    private Filter parenthesised(Token open, boolean inValuePath) {
        enter(open);
        Filter inner = or(inValuePath);
        Token close = next();
        if (!close.is(Token.Kind.RIGHT_PAREN)) {
            throw errors.at(close.start(), "expected 'and', 'or' or ')' to close the '(' at position "
                    + (open.start() + 1) + ", found " + errors.describe(close));
        }
        depth--;
        return inner;
    }

    private Filter attributeExpression(Token attributeToken, boolean inValuePath) {
        AttributePath path = attributePath(attributeToken);
        if (!peek().is(Token.Kind.LEFT_BRACKET)) {
            return condition(path, attributeToken);
        }
        if (inValuePath) {
            throw errors.at(peek().start(), "value filters cannot be nested");
        }
        Filter inner = bracketedFilter(path, attributeToken);
        Optional<String> sub = subAttributeAfterBracket();
        if (sub.isPresent()) {
            Token subToken = tokens.get(position - 1);
            inner = Filter.and(inner, condition(AttributePath.of(sub.get()), subToken));
        }
        return Filter.valuePath(path, inner);
    }

    /** {@code "pr"} or {@code compareOp compValue} after the attribute path read from {@code after}. */
    private Filter condition(AttributePath path, Token after) {
        Token operatorToken = next();
        if (!operatorToken.is(Token.Kind.WORD)) {
            throw errors.at(operatorToken.start(), "expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after "
                    + errors.describe(after) + ", found " + errors.describe(operatorToken));
        }
        if (operatorToken.isKeyword("pr")) {
            return Filter.pr(path);
        }
        ComparisonOperator operator = ComparisonOperator.fromKeyword(operatorToken.text())
                .orElseThrow(() -> errors.at(operatorToken.start(), errors.describe(operatorToken)
                        + " is not an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)"));
        Token valueToken = next();
        JsonNode value = LiteralSyntax.value(valueToken);
        if (value == null) {
            throw errors.at(valueToken.start(), "expected a value (a quoted string, a number, true, false or null) "
                    + "after " + errors.describe(operatorToken) + ", found " + errors.describe(valueToken));
        }
        return Filter.comparison(operator, path, value);
    }

    private void enter(Token open) {
        if (++depth > MAX_DEPTH) {
            throw errors.at(open.start(), "parentheses and brackets nest deeper than " + MAX_DEPTH + " levels");
        }
    }
}
