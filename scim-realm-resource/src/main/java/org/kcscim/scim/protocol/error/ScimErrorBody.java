package org.kcscim.scim.protocol.error;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.message.ScimSchemaUris;

/** Renders the error response body of RFC 7644 §3.12; {@code status} is a string there, not a number. */
public final class ScimErrorBody {

    private ScimErrorBody() {
    }

    public static ObjectNode of(ScimException error) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("schemas").add(ScimSchemaUris.ERROR);
        body.put("status", Integer.toString(error.status()));
        if (error.scimType() != null) {
            body.put("scimType", error.scimType().keyword());
        }
        if (error.detail() != null) {
            body.put("detail", printable(error.detail()));
        }
        return body;
    }

    /**
     * The detail with NULs and unpaired surrogates replaced by U+FFFD: details quote client input, and a lone
     * surrogate cannot be encoded as UTF-8, so the error response itself would fail.
     */
    static String printable(String detail) {
        StringBuilder text = null;
        for (int i = 0; i < detail.length(); i++) {
            char c = detail.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < detail.length()
                    && Character.isLowSurrogate(detail.charAt(i + 1));
            boolean bad = c == '\u0000' || (Character.isSurrogate(c) && !paired);
            if (bad && text == null) {
                text = new StringBuilder(detail.substring(0, i));
            }
            if (text != null) {
                text.append(bad ? '\uFFFD' : c);
                if (paired) {
                    text.append(detail.charAt(i + 1));
                }
            }
            if (paired) {
                i++;
            }
        }
        return text == null ? detail : text.toString();
    }
}
