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
            body.put("detail", error.detail());
        }
        return body;
    }
}
