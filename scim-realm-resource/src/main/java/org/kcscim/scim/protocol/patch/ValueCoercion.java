package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.Mutability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a PATCH value against the attribute it is written to (RFC 7643 §2.3 types, RFC 7644 §3.5.2) and returns
 * it in the form the resource stores: canonical sub-attribute names, JSON booleans for boolean attributes. A value
 * of the wrong type is 400 {@code invalidValue}; an unknown sub-attribute is 400 {@code invalidPath}.
 * <p>
 * Leniencies, each for a real client:
 * <ul>
 *   <li>{@code "True"}/{@code "false"} in any case for a boolean (Entra ID sends {@code "active":"False"});</li>
 *   <li>a bare string where a singular complex value with a {@code value} sub-attribute is expected stands for
 *       {@code {"value": ...}} (Entra ID sends the enterprise {@code manager} as the manager's id); never for an
 *       entry of a multi-valued attribute, so {@code "emails": "x"} and {@code "emails": ["x"]} are refused;</li>
 *   <li>where one complex value is expected, an array holding exactly one object is that object;</li>
 *   <li>where a multi-valued attribute is expected, one object stands for an array of one only when a PATCH
 *       {@code path} names the attribute (see {@code MultiValuedWriter}).</li>
 * </ul>
 * A JSON null is kept as {@link NullNode}: the writers read it as "unassign" (RFC 7643 §2.5). Read-only
 * sub-attributes inside a value of a writable attribute are dropped, as RFC 7644 §3.5.1 has them ignored in a
 * PUT: clients echo what they read, such as a member's {@code display} or the manager's {@code displayName}.
 */
final class ValueCoercion {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ValueCoercion() {
    }

    /**
     * A value for a singular attribute, for one sub-attribute, or for one entry of a multi-valued attribute.
     *
     * @param path the attribute as the client named it, for error details
     */
    static JsonNode value(AttributeDefinition attribute, JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return NullNode.getInstance();
        }
        return attribute.isComplex() ? complex(attribute, value, path) : simple(attribute, value, path);
    }

    /**
     * The entries given for a multi-valued attribute: an array of them.
     *
     * @param loneObject whether one object (for a complex attribute) may stand for an array of one: only where a
     *                   PATCH path names the attribute
     */
    static List<JsonNode> values(AttributeDefinition attribute, JsonNode value, String path, boolean loneObject) {
        List<JsonNode> entries = new ArrayList<>();
        if (value == null || value.isNull()) {
            return entries;
        }
        if (!value.isArray()) {
            if (loneObject && attribute.isComplex() && value.isObject()) {
                entries.add(complex(attribute, value, path));
                return entries;
            }
            throw invalid(path, "expected an array (the attribute is multi-valued), found " + describe(value));
        }
        for (JsonNode element : value) {
            boolean fits = attribute.isComplex() ? element.isObject() : element.isValueNode() && !element.isNull();
            if (!fits) {
                throw invalid(path, "each element of this multi-valued attribute must be "
                        + (attribute.isComplex() ? "an object" : "a " + attribute.type().keyword())
                        + ", found " + describe(element));
            }
            entries.add(value(attribute, element, path));
        }
        return entries;
    }

    /** A complex value as an object with canonical sub-attribute names; members may be {@link NullNode}. */
    static ObjectNode complex(AttributeDefinition attribute, JsonNode value, String path) {
        if (value.isArray() && value.size() == 1) {
            value = value.get(0);
        }
        if (value.isValueNode() && !attribute.multiValued() && attribute.subAttribute("value").isPresent()) {
            ObjectNode wrapped = JSON.objectNode();
            wrapped.set("value", value);
            value = wrapped;
        }
        if (!value.isObject()) {
            throw invalid(path, "expected an object (the attribute is complex), found " + describe(value));
        }
        ObjectNode result = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            AttributeDefinition sub = attribute.subAttribute(field.getKey()).orElseThrow(() ->
                    ScimException.badRequest(ScimType.INVALID_PATH,
                            "Unknown attribute '" + path + "." + field.getKey() + "' in the value"));
            if (sub.mutability() == Mutability.READ_ONLY && attribute.mutability() != Mutability.READ_ONLY) {
                continue;
            }
            JsonNode subValue = field.getValue();
            result.set(sub.name(), subValue.isNull() ? NullNode.getInstance()
                    : simple(sub, subValue, path + "." + sub.name()));
        }
        return result;
    }

    /** A value of a non-complex attribute or sub-attribute, which must not be null. */
    static JsonNode simple(AttributeDefinition attribute, JsonNode value, String path) {
        return switch (attribute.type()) {
            case BOOLEAN -> bool(value, path);
            case INTEGER -> require(value.isIntegralNumber(), value, path, "an integer");
            case DECIMAL -> require(value.isNumber(), value, path, "a number");
            case DATE_TIME -> {
                require(value.isTextual() && instant(value.textValue()).isPresent(), value, path,
                        "a dateTime such as \"2024-05-13T04:42:34Z\"");
                yield value;
            }
            case COMPLEX -> throw invalid(path, "expected an object, found " + describe(value));
            default -> require(value.isTextual(), value, path, "a string");
        };
    }

    /**
     * An xsd:dateTime (RFC 7643 §2.3.5) as an instant; a value without offset is taken as UTC, so that comparisons
     * are total.
     */
    static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADateTime) {
                return Optional.empty();
            }
        }
    }

    private static JsonNode bool(JsonNode value, String path) {
        if (value.isBoolean()) {
            return value;
        }
        if (value.isTextual()) {
            String text = value.textValue().trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return BooleanNode.valueOf(text.equalsIgnoreCase("true"));
            }
        }
        throw invalid(path, "expected a boolean (true or false), found " + describe(value));
    }

    private static JsonNode require(boolean fits, JsonNode value, String path, String expected) {
        if (!fits) {
            throw invalid(path, "expected " + expected + ", found " + describe(value));
        }
        return value;
    }

    /** A value as an error detail quotes it: its kind for containers, cut to 80 characters otherwise. */
    static String describe(JsonNode value) {
        String text = value.isContainerNode() ? (value.isArray() ? "an array" : "an object") : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static ScimException invalid(String path, String message) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, "Invalid value for '" + path + "': " + message);
    }
}
