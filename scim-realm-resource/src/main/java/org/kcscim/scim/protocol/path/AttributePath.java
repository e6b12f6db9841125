package org.kcscim.scim.protocol.path;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribute reference as RFC 7644 §3.10 writes it: {@code [schemaURN ":"] name ["." subAttribute]}.
 * Names compare case-insensitively (RFC 7643 §2.1), schema URNs too.
 *
 * @param schemaUrn    the schema the attribute is qualified with, or null when it is left to the default
 * @param name         the attribute name
 * @param subAttribute the sub-attribute name, or null
 */
public record AttributePath(String schemaUrn, String name, String subAttribute) {

    public AttributePath {
        Objects.requireNonNull(name, "name");
    }

    public static AttributePath of(String name) {
        return new AttributePath(null, name, null);
    }

    public static AttributePath of(String name, String subAttribute) {
        return new AttributePath(null, name, subAttribute);
    }

    public Optional<String> schema() {
        return Optional.ofNullable(schemaUrn);
    }

    public Optional<String> sub() {
        return Optional.ofNullable(subAttribute);
    }

    /** The same attribute with {@code subAttribute} below it. */
    public AttributePath withSubAttribute(String subAttribute) {
        return new AttributePath(schemaUrn, name, subAttribute);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributePath that
                && equalsIgnoreCase(schemaUrn, that.schemaUrn)
                && name.equalsIgnoreCase(that.name)
                && equalsIgnoreCase(subAttribute, that.subAttribute);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower(schemaUrn), lower(name), lower(subAttribute));
    }

    @Override
    public String toString() {
        return (schemaUrn == null ? "" : schemaUrn + ":") + name + (subAttribute == null ? "" : "." + subAttribute);
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
