package org.kcscim.scim.endpoint;

import jakarta.ws.rs.core.MediaType;
import org.kcscim.scim.protocol.error.ScimException;

import java.util.Locale;

/**
 * The {@code Content-Type} a SCIM request body may have (RFC 7644 §3.1, §8.1): {@code application/scim+json} or
 * {@code application/json}, in UTF-8. A body of another type is refused rather than read as JSON, so that a
 * form post or an XML document never becomes a resource by accident.
 */
final class RequestMediaType {

    private RequestMediaType() {
    }

    /**
     * Refuses a body whose declared type SCIM does not read. No header at all is accepted: clients that omit it
     * still send JSON, and RFC 7231 lets the recipient assume a type.
     */
    static void check(String header) {
        if (header == null) {
            return;
        }
        String[] parts = header.split(";", -1);
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals(ScimMediaType.SCIM_JSON) && !type.equals("application/json")) {
            throw notJson(header);
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                if (parameter.isEmpty()) {
                    continue;
                }
                throw unsupported("Content-Type has a malformed parameter: '" + shown(parameter) + "'");
            }
            String name = parameter.substring(0, equals).trim();
            String value = unquoted(parameter.substring(equals + 1).trim());
            if (name.equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8") && !value.equalsIgnoreCase("utf8")) {
                throw unsupported("The body must be UTF-8 (RFC 7644 §3.1), not " + shown(value));
            }
        }
    }

    /** Whether Keycloak's HTTP layer can parse the header at all; some of its code fails on one it cannot. */
    static boolean isParseable(String header) {
        try {
            MediaType.valueOf(header);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The 415 for a body declared as something other than JSON, {@code header} echoed (bounded). */
    static ScimException notJson(String header) {
        return unsupported("Content-Type must be application/scim+json or application/json, not '" + shown(header) + "'");
    }

    private static ScimException unsupported(String detail) {
        return new ScimException(415, null, detail);
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Echoes a bounded prefix of what the client sent, so an error body never grows with a hostile header. */
    private static String shown(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
