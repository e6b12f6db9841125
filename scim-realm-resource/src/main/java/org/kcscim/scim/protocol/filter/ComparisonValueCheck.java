package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.AttributeType;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Whether a comparison's operator and value fit the attribute's type (RFC 7644 §3.4.2.2, RFC 7643 §2.3), so that
 * the translation to a query never meets {@code active gt "yes"}. One leniency: Entra ID and Okta send booleans
 * as strings, so {@code "true"}/{@code "False"} in any case are accepted for a boolean attribute and replaced by
 * JSON booleans; the returned value is what later passes must use.
 */
final class ComparisonValueCheck {

    private ComparisonValueCheck() {
    }

    /**
     * The value to compare with, normalised.
     *
     * @param error builds the exception for a message
     */
    static JsonNode check(ComparisonOperator operator, AttributePath path, AttributeDefinition target, JsonNode value,
                          Function<String, ScimException> error) {
        AttributeType type = target.type();
        if (target.isComplex()) {
            throw error.apply("'" + path + "' is complex: compare one of its sub-attributes, or use pr");
        }
        if (value.isNull()) {
            if (operator != ComparisonOperator.EQ && operator != ComparisonOperator.NE) {
                throw error.apply("null can only be compared with eq or ne, not " + operator.keyword());
            }
            return value;
        }
        if (operator.isOrdering() && (type == AttributeType.BOOLEAN || type == AttributeType.BINARY)) {
            throw error.apply("'" + operator.keyword() + "' cannot compare the " + type.keyword() + " attribute '"
                    + path + "'");
        }
        if (operator.isSubstring() && !isText(type)) {
            throw error.apply("'" + operator.keyword() + "' needs a string attribute, and '" + path + "' is "
                    + type.keyword());
        }
        return switch (type) {
            case BOOLEAN -> booleanValue(path, value, error);
            case INTEGER -> require(value.isIntegralNumber(), value, path, type, error);
            case DECIMAL -> require(value.isNumber(), value, path, type, error);
            case DATE_TIME -> dateTime(path, value, error);
            default -> require(value.isTextual(), value, path, type, error);
        };
    }

    private static boolean isText(AttributeType type) {
        return type == AttributeType.STRING || type == AttributeType.REFERENCE || type == AttributeType.BINARY;
    }

    private static JsonNode booleanValue(AttributePath path, JsonNode value, Function<String, ScimException> error) {
        if (value.isBoolean()) {
            return value;
        }
        if (value.isTextual() && (value.textValue().equalsIgnoreCase("true") || value.textValue().equalsIgnoreCase("false"))) {
            return BooleanNode.valueOf(value.textValue().equalsIgnoreCase("true"));
        }
        throw mismatch(value, path, AttributeType.BOOLEAN, error);
    }

    private static JsonNode dateTime(AttributePath path, JsonNode value, Function<String, ScimException> error) {
        if (!value.isTextual()) {
            throw mismatch(value, path, AttributeType.DATE_TIME, error);
        }
        try {
            // xsd:dateTime, as RFC 7643 §2.3.5 requires: a date, a time and an optional offset.
            DateTimeFormatter.ISO_DATE_TIME.parse(value.textValue());
            return value;
        } catch (DateTimeParseException notADate) {
            throw error.apply(value + " is not a dateTime (such as \"2024-05-13T04:42:34Z\") for '" + path + "'");
        }
    }

    private static JsonNode require(boolean fits, JsonNode value, AttributePath path, AttributeType type,
                                    Function<String, ScimException> error) {
        if (!fits) {
            throw mismatch(value, path, type, error);
        }
        return value;
    }

    private static ScimException mismatch(JsonNode value, AttributePath path, AttributeType type,
                                          Function<String, ScimException> error) {
        String shown = SyntaxErrors.quote(value.toString());
        return error.apply(shown + " is not a valid value for the " + type.keyword() + " attribute '" + path + "'");
    }
}
