package org.kcscim.scim.store.query;

import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.StoredNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps the attributes of one resource type to where their values live ({@link Target}): a few native Keycloak
 * columns, membership rows, and attribute rows named as {@link StoredNames} describes for everything else.
 * Pure: schema in, target out.
 */
abstract class AttributeTargets {

    static final Target ID = new Target.Column("id", Target.Kind.TEXT, true, false);

    abstract ResourceTypeDefinition type();

    /**
     * The target of a path that resolved against {@link #type()}, or empty when the attribute cannot be filtered
     * (such as {@code meta.version}, which is computed).
     */
    final Optional<Target> of(ResolvedAttribute resolved) {
        AttributeDefinition attribute = resolved.attribute();
        if (resolved.isCommon()) {
            switch (attribute.name()) {
                case "id":
                    return Optional.of(ID);
                case "meta":
                    if (resolved.subAttribute() == null) {
                        return anyOf(resolved);
                    }
                    if (resolved.subAttribute().name().equals("resourceType")) {
                        // How a client restricts a root search to one type: meta.resourceType eq "User"
                        return Optional.of(new Target.Constant(type().name(), resolved.subAttribute().caseExact()));
                    }
                    return meta(resolved.subAttribute().name());
                default:
                    return stored(resolved);
            }
        }
        return specific(resolved);
    }

    /** The target of {@code meta.<sub>}, or empty when it is computed rather than kept. */
    abstract Optional<Target> meta(String subAttribute);

    /** The target of an attribute of the type's own schemas. */
    abstract Optional<Target> specific(ResolvedAttribute resolved);

    /**
     * The target to sort by: a column or a stored value of a singular attribute, or empty when sorting by it is
     * not supported.
     */
    Optional<Target> sortable(ResolvedAttribute resolved) {
        if (resolved.attribute().multiValued()) {
            return Optional.empty();
        }
        return of(resolved).filter(target -> target instanceof Target.Column || target instanceof Target.Stored);
    }

    /** The target of an attribute kept in attribute rows, which is every attribute without a native home. */
    static Optional<Target> stored(ResolvedAttribute resolved) {
        AttributeDefinition attribute = resolved.attribute();
        AttributeDefinition sub = resolved.subAttribute();
        if (attribute.multiValued()) {
            if (!attribute.isComplex()) {
                // A custom extension's list: one row per value, under the attribute's own name
                return Optional.of(new Target.Stored(StoredNames.singular(resolved.schema(), attribute),
                        Target.Kind.TEXT, attribute.caseExact()));
            }
            return Optional.of(new Target.Entries(attribute, StoredNames.anchor(resolved.schema(), attribute),
                    StoredNames.entryPrefix(resolved.schema(), attribute)));
        }
        String base = baseName(resolved);
        if (!attribute.isComplex()) {
            return Optional.of(new Target.Stored(base, Target.Kind.TEXT, attribute.caseExact()));
        }
        if (sub == null) {
            return anyOf(resolved, AttributeTargets::stored);
        }
        return Optional.of(new Target.Stored(base + "." + sub.name(), Target.Kind.TEXT, sub.caseExact()));
    }

    /** The present-if-any-part-is target of a singular complex attribute, from the targets of its parts. */
    final Optional<Target> anyOf(ResolvedAttribute resolved) {
        return anyOf(resolved, this::of);
    }

    private static Optional<Target> anyOf(ResolvedAttribute resolved,
                                          Function<ResolvedAttribute, Optional<Target>> part) {
        List<Target> parts = new ArrayList<>();
        for (AttributeDefinition sub : resolved.attribute().subAttributes()) {
            part.apply(new ResolvedAttribute(resolved.schema(), resolved.attribute(), sub)).ifPresent(parts::add);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Target.AnyOf(parts));
    }

    /**
     * The name of a singular attribute's row, such as {@code kcscim.title} or {@code kcscim.enterprise.department}:
     * {@link StoredNames#entryPrefix} without its final dot, since {@link StoredNames} keeps the singular form to
     * itself.
     */
    private static String baseName(ResolvedAttribute resolved) {
        String prefix = StoredNames.entryPrefix(resolved.schema(), resolved.attribute());
        return prefix.substring(0, prefix.length() - 1);
    }
}
