package org.kcscim.config;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.filter.ComparisonFilter;
import org.kcscim.scim.protocol.filter.ComparisonOperator;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.PatchPath;
import org.kcscim.scim.protocol.filter.PatchPathParser;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

/**
 * The SCIM value an {@link AttributeMapping} designates, resolved against a User resource type: a singular
 * simple attribute ({@code title}, {@code urn:…:User:costCenter}), a sub-attribute of a singular complex one
 * ({@code name.middleName}), or one sub-attribute of the entry of a given type in a multi-valued complex one
 * ({@code phoneNumbers[type eq "work"].value}). Only these shapes hold one value (or, for a multi-valued simple
 * extension attribute, one list of values) that a user attribute can keep and give back unchanged.
 *
 * @param schema    the schema of {@code attribute}, null for {@code externalId}
 * @param entryType the {@code type} of the entry for a value path, null otherwise
 * @param sub       the sub-attribute, null for a simple top-level attribute
 */
public record MappedPath(SchemaDefinition schema, AttributeDefinition attribute, String entryType,
                         AttributeDefinition sub) {

    /** A path that no user attribute can hold; the message says why, for an administrator. */
    public static final class Unmappable extends RuntimeException {
        Unmappable(String message) {
            super(message);
        }
    }

    /** The definition of the value kept: the sub-attribute, or the attribute itself. */
    public AttributeDefinition target() {
        return sub != null ? sub : attribute;
    }

    public boolean isEntry() {
        return entryType != null;
    }

    /** {@code name.sub} or {@code name}, the form native-field lists use. */
    public String shortName() {
        return sub == null ? attribute.name() : attribute.name() + "." + sub.name();
    }

    /** @throws Unmappable when the path does not parse, does not resolve, or designates no single value */
    public static MappedPath parse(String scimPath, ResourceTypeDefinition type) {
        PatchPath path;
        try {
            path = PatchPathParser.parse(scimPath, type);
        } catch (ScimException e) {
            throw new Unmappable("Not a SCIM attribute path: " + e.detail());
        }
        if (path.isExtension()) {
            throw new Unmappable("Names a whole schema extension; map its attributes one by one");
        }
        AttributePath attributePath = path.attribute();
        ResolvedAttribute resolved = type.resolve(attributePath).orElseThrow(() -> new Unmappable(
                "No attribute " + attributePath + " in the User schema, the Enterprise User extension or the"
                        + " declared extensions"));
        AttributeDefinition attribute = resolved.attribute();
        if (path.valueFilter().isPresent()) {
            return entry(resolved, path.valueFilter().get(), path.subAttribute().orElse(null));
        }
        if (resolved.subAttribute() != null) {
            if (attribute.multiValued()) {
                throw new Unmappable(attribute.name() + " holds several entries; map one of them with a value path"
                        + " such as " + attribute.name() + "[type eq \"work\"]." + resolved.subAttribute().name());
            }
            return new MappedPath(resolved.schema(), attribute, null, resolved.subAttribute());
        }
        if (attribute.isComplex()) {
            throw new Unmappable(attribute.name() + " is complex: one user attribute cannot hold it whole; map its"
                    + " sub-attributes" + (attribute.multiValued() ? " with a value path such as " + attribute.name()
                    + "[type eq \"work\"].value" : " such as " + attribute.name() + "."
                    + attribute.subAttributes().get(0).name()));
        }
        return new MappedPath(resolved.schema(), attribute, null, null);
    }

    private static MappedPath entry(ResolvedAttribute resolved, Filter filter, String subName) {
        AttributeDefinition attribute = resolved.attribute();
        if (!attribute.multiValued() || !attribute.isComplex() || attribute.subAttribute("type").isEmpty()) {
            throw new Unmappable("A value path applies to a multi-valued attribute with a type, such as phoneNumbers;"
                    + " " + attribute.name() + " is not one");
        }
        boolean typeEquality = filter instanceof ComparisonFilter comparison
                && comparison.operator() == ComparisonOperator.EQ
                && comparison.path().schemaUrn() == null && comparison.path().subAttribute() == null
                && comparison.path().name().equalsIgnoreCase("type") && comparison.value().isTextual();
        if (!typeEquality) {
            throw new Unmappable("The only value filter a mapping may use is [type eq \"<type>\"], such as "
                    + attribute.name() + "[type eq \"work\"].value");
        }
        String entryType = ((ComparisonFilter) filter).value().asText();
        if (subName == null) {
            throw new Unmappable("Name the sub-attribute the user attribute holds, such as " + attribute.name()
                    + "[type eq \"" + entryType + "\"].value");
        }
        AttributeDefinition sub = attribute.subAttribute(subName).orElseThrow(() -> new Unmappable(
                attribute.name() + " has no sub-attribute " + subName));
        if (sub.name().equals("type")) {
            throw new Unmappable("The type of the entry is the filter itself; map another sub-attribute");
        }
        return new MappedPath(resolved.schema(), attribute, entryType, sub);
    }
}
