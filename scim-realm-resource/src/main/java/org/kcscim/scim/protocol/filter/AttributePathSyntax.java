package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.path.AttributePath;

/**
 * Reads an {@code attrPath} word, {@code [URI ":"] ATTRNAME ["." subAttr]} (RFC 7644 §3.4.2.2, Figure 1).
 * The schema URI is everything before the last colon: URNs hold colons and dots of their own
 * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}), attribute names hold neither.
 */
final class AttributePathSyntax {

    private AttributePathSyntax() {
    }

    static AttributePath parse(Token word, SyntaxErrors errors) {
        String text = word.text();
        int colon = text.lastIndexOf(':');
        String urn = colon < 0 ? null : text.substring(0, colon);
        String local = text.substring(colon + 1);
        if (urn != null && !isUri(urn)) {
            throw errors.at(word.start(), "'" + SyntaxErrors.quote(urn) + "' is not a schema URI");
        }
        if (local.isEmpty()) {
            throw errors.at(word.start(), "an attribute name must follow the schema URI in '"
                    + SyntaxErrors.quote(text) + "'");
        }
        int dot = local.indexOf('.');
        String name = dot < 0 ? local : local.substring(0, dot);
        String sub = dot < 0 ? null : local.substring(dot + 1);
        int nameStart = word.start() + colon + 1;
        requireName(name, nameStart, errors);
        if (sub != null) {
            requireName(sub, nameStart + dot + 1, errors);
        }
        return new AttributePath(urn, name, sub);
    }

    /** A sub-attribute glued to a closing bracket, {@code .value} in {@code emails[type eq "work"].value}. */
    static String subAttribute(Token word, SyntaxErrors errors) {
        String name = word.text().substring(1);
        requireName(name, word.start() + 1, errors);
        return name;
    }

    static void requireName(String name, int position, SyntaxErrors errors) {
        if (!isName(name)) {
            throw errors.at(position, "'" + SyntaxErrors.quote(name) + "' is not an attribute name"
                    + (name.indexOf('.') >= 0 ? " (an attribute path has at most one sub-attribute)" : ""));
        }
    }

    /** {@code ATTRNAME = ALPHA *(nameChar)}, {@code nameChar = "-" / "_" / DIGIT / ALPHA}, plus {@code $ref}. */
    static boolean isName(String name) {
        if (name.equals("$ref")) {
            return true;
        }
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** A scheme (RFC 3986 §3.1) followed by a colon and something: enough to tell a URN or URL from a typo. */
    private static boolean isUri(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
