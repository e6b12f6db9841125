package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.path.AttributePath;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code path} of a PATCH operation (RFC 7644 §3.5.2): {@code attrPath / valuePath ["." subAttr]}, plus the
 * bare URN of a schema extension, which targets the whole extension object. The forms:
 * <ul>
 *   <li>{@code name.givenName}, {@code emails}, {@code urn:…:enterprise:2.0:User:manager}: {@link #attribute()}
 *       only, with its sub-attribute if any;</li>
 *   <li>{@code emails[type eq "work"]}: {@link #attribute()} plus {@link #valueFilter()}, whose paths are relative
 *       to the attribute;</li>
 *   <li>{@code emails[type eq "work"].value}: the same plus {@link #subAttribute()};</li>
 *   <li>{@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}: {@link #isExtension()}, with
 *       {@link #extensionUrn()} and no attribute.</li>
 * </ul>
 */
public final class PatchPath {

    private final String extensionUrn;
    private final AttributePath attribute;
    private final Filter valueFilter;
    private final String subAttribute;

    private PatchPath(String extensionUrn, AttributePath attribute, Filter valueFilter, String subAttribute) {
        this.extensionUrn = extensionUrn;
        this.attribute = attribute;
        this.valueFilter = valueFilter;
        this.subAttribute = subAttribute;
    }

    /** {@code attrPath}: an attribute or one sub-attribute of it. */
    public static PatchPath attribute(AttributePath attribute) {
        return new PatchPath(null, Objects.requireNonNull(attribute, "attribute"), null, null);
    }

    /** {@code attrPath "[" valFilter "]"}: the values of a multi-valued attribute that match {@code filter}. */
    public static PatchPath valueFilter(AttributePath attribute, Filter filter) {
        return valueFilter(attribute, filter, null);
    }

    /** {@code attrPath "[" valFilter "]" "." subAttr}; {@code subAttribute} may be null. */
    public static PatchPath valueFilter(AttributePath attribute, Filter filter, String subAttribute) {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(filter, "filter");
        if (attribute.subAttribute() != null) {
            throw new IllegalArgumentException("A value filter applies to an attribute, not to the sub-attribute "
                    + attribute);
        }
        return new PatchPath(null, attribute, filter, subAttribute);
    }

    /** The URN of a schema extension alone: the whole extension object. */
    public static PatchPath extension(String urn) {
        return new PatchPath(Objects.requireNonNull(urn, "urn"), null, null, null);
    }

    public boolean isExtension() {
        return extensionUrn != null;
    }

    /** The extension URN of a whole-extension path, empty otherwise. */
    public Optional<String> extensionUrn() {
        return Optional.ofNullable(extensionUrn);
    }

    /**
     * The attribute targeted, or filtered on when there is a {@link #valueFilter()}.
     *
     * @throws IllegalStateException for a whole-extension path, which has no attribute
     */
    public AttributePath attribute() {
        if (attribute == null) {
            throw new IllegalStateException("The path " + extensionUrn + " names a whole extension, not an attribute");
        }
        return attribute;
    }

    public Optional<Filter> valueFilter() {
        return Optional.ofNullable(valueFilter);
    }

    /** The sub-attribute after the value filter, {@code value} in {@code emails[type eq "work"].value}. */
    public Optional<String> subAttribute() {
        return Optional.ofNullable(subAttribute);
    }

    /**
     * The attribute the operation finally touches, ignoring the filter: {@code emails.value} for
     * {@code emails[type eq "work"].value}, {@code name.givenName} for {@code name.givenName}.
     *
     * @throws IllegalStateException for a whole-extension path
     */
    public AttributePath target() {
        return subAttribute == null ? attribute() : attribute().withSubAttribute(subAttribute);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatchPath that
                && (extensionUrn == null ? that.extensionUrn == null : extensionUrn.equalsIgnoreCase(that.extensionUrn))
                && Objects.equals(attribute, that.attribute)
                && Objects.equals(valueFilter, that.valueFilter)
                && (subAttribute == null ? that.subAttribute == null : subAttribute.equalsIgnoreCase(that.subAttribute));
    }

    @Override
    public int hashCode() {
        return Objects.hash(extensionUrn == null ? null : extensionUrn.toLowerCase(Locale.ROOT), attribute,
                valueFilter, subAttribute == null ? null : subAttribute.toLowerCase(Locale.ROOT));
    }

    /** The path in PATCH syntax. */
    @Override
    public String toString() {
        if (extensionUrn != null) {
            return extensionUrn;
        }
        if (valueFilter == null) {
            return attribute.toString();
        }
        return attribute + "[" + valueFilter + "]" + (subAttribute == null ? "" : "." + subAttribute);
    }
}
