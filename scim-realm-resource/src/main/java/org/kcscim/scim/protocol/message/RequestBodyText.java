package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.text.WellFormedText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * The check every request body passes once it is parsed as JSON: no string in it, value or member name, holds a NUL
 * or an unpaired surrogate (see {@link WellFormedText}); 400 {@code invalidValue} otherwise. JSON lets
 * both through as escapes ({@code "\u0000"}, {@code "\ud800"}), so the parser cannot refuse them.
 * <p>
 * The walk keeps its own stack, so that it costs linear time and no call depth whatever the nesting.
 */
public final class RequestBodyText {

    private RequestBodyText() {
    }

    /**
     * @param body a parsed request body; null passes (the readers refuse a missing body with their own error)
     * @throws ScimException 400 {@code invalidValue} naming where (as a JSON pointer) the first bad string is
     */
    public static void requireWellFormed(JsonNode body) {
        if (body == null) {
            return;
        }
        Deque<Located> pending = new ArrayDeque<>();
        pending.push(new Located(null, null, body));
        while (!pending.isEmpty()) {
            Located next = pending.pop();
            JsonNode node = next.node();
            if (node.isTextual()) {
                require(node.textValue(), next, "the value");
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    require(field.getKey(), next, "a member name");
                    pending.push(new Located(next, escaped(field.getKey()), field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(new Located(next, String.valueOf(i), node.get(i)));
                }
            }
        }
    }

    private static void require(String text, Located where, String what) {
        int index = WellFormedText.firstIllFormed(text);
        if (index >= 0) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "The body holds " + WellFormedText.describe(text, index)
                    + " in " + what + " at '" + printable(where.pointer()) + "'; strings may hold neither NUL characters"
                    + " nor unpaired surrogates");
        }
    }

    /** A member name as a JSON pointer token (RFC 6901 §3). */
    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A pointer is built from member names checked before they are appended, but cut it for the detail. */
    private static String printable(String pointer) {
        String shown = pointer.isEmpty() ? "/" : pointer;
        return shown.length() <= 120 ? shown : shown.substring(0, 117) + "...";
    }

    /** A node and how it was reached; its JSON pointer is only spelled out for an error. */
    private record Located(Located parent, String token, JsonNode node) {

        String pointer() {
            return parent == null ? "" : parent.pointer() + "/" + token;
        }
    }
}
