package org.kcscim.scim.protocol.filter;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.Returned;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

/**
 * The schema check of a parsed filter against a resource type (RFC 7644 §3.4.2.2), run before any translation
 * so that a filter the server cannot honour is a 400 {@code invalidFilter} rather than a silent "no match":
 * <ul>
 *   <li>every path resolves ({@link ResourceTypeDefinition#resolve}); inside {@code attr[...]} paths are
 *       sub-attributes of {@code attr}, which must be multi-valued and complex; in a PATCH path {@code attr} may
 *       also be a multi-valued simple attribute (a custom extension's list of strings), whose values the filter
 *       tests as {@code value}, the default sub-attribute of RFC 7643 §2.4: {@code badges[value eq "gold"]}, the
 *       form RFC 7644 §3.5.2.2 describes for removing some values of a multi-valued attribute;</li>
 *   <li>attributes never returned ({@code password}) cannot be filtered on, not even with {@code pr}: a filter
 *       would let a client probe their values;</li>
 *   <li>a complex attribute takes only {@code pr}; operators and values fit the attribute type, see
 *       {@link ComparisonValueCheck}.</li>
 * </ul>
 * The result is the filter to use from then on: the same tree, except that string booleans ({@code "False"},
 * as Entra ID sends) compared with boolean attributes are replaced by JSON booleans.
 */
public final class FilterValidator implements FilterVisitor<Filter, AttributePath> {

    private final ResourceTypeDefinition type;
    private final ScimType scimType;
    private final String subject;
    /** Whether value filters on multi-valued simple attributes are accepted: the patch engine applies them, the
     *  query translators do not. */
    private final boolean simpleValueFilters;

    private FilterValidator(ResourceTypeDefinition type, ScimType scimType, String subject, boolean simpleValueFilters) {
        this.type = type;
        this.scimType = scimType;
        this.subject = subject;
        this.simpleValueFilters = simpleValueFilters;
    }

    /**
     * @return {@code filter}, normalised
     * @throws ScimException 400 {@code invalidFilter} naming the offending attribute
     */
    public static Filter validate(Filter filter, ResourceTypeDefinition type) {
        return filter.accept(new FilterValidator(type, ScimType.INVALID_FILTER, "filter", false), null);
    }

    /** The check of a PATCH path's value filter: the same rules, reported as {@code invalidPath}. */
    static ValuePathFilter validatePatchFilter(ValuePathFilter filter, ResourceTypeDefinition type) {
        return (ValuePathFilter) filter.accept(new FilterValidator(type, ScimType.INVALID_PATH, "PATCH path", true), null);
    }

    /** The param is the attribute of the enclosing value path, null at the top level. */
    @Override
    public Filter visit(ComparisonFilter filter, AttributePath parent) {
        AttributePath full = fullPath(filter.path(), parent);
        ResolvedAttribute resolved = resolve(full);
        if (parent == null && impliesValue(resolved)) {
            // RFC 7644 §3.4.2.2 writes emails co "example.com": a multi-valued attribute compared as a whole
            // means its "value" sub-attribute
            Filter explicit = Filter.comparison(filter.operator(), filter.path().withSubAttribute("value"), filter.value());
            return explicit.accept(this, null);
        }
        JsonNode value = ComparisonValueCheck.check(filter.operator(), full, resolved.target(), filter.value(),
                this::error);
        return value == filter.value() ? filter : Filter.comparison(filter.operator(), filter.path(), value);
    }

    private static boolean impliesValue(ResolvedAttribute resolved) {
        return resolved.subAttribute() == null && resolved.attribute().multiValued()
                && resolved.attribute().subAttribute("value").isPresent();
    }

    @Override
    public Filter visit(PresenceFilter filter, AttributePath parent) {
        resolve(fullPath(filter.path(), parent));
        return filter;
    }

    @Override
    public Filter visit(AndFilter filter, AttributePath parent) {
        Filter left = filter.left().accept(this, parent);
        Filter right = filter.right().accept(this, parent);
        return left == filter.left() && right == filter.right() ? filter : Filter.and(left, right);
    }

    @Override
    public Filter visit(OrFilter filter, AttributePath parent) {
        Filter left = filter.left().accept(this, parent);
        Filter right = filter.right().accept(this, parent);
        return left == filter.left() && right == filter.right() ? filter : Filter.or(left, right);
    }

    @Override
    public Filter visit(NotFilter filter, AttributePath parent) {
        Filter inner = filter.filter().accept(this, parent);
        return inner == filter.filter() ? filter : Filter.not(inner);
    }

    @Override
    public Filter visit(ValuePathFilter filter, AttributePath parent) {
        if (parent != null) {
            throw error("value filters cannot be nested, as in '" + parent + "[" + filter + "]'");
        }
        ResolvedAttribute resolved = resolve(filter.attribute());
        boolean simpleList = simpleValueFilters && resolved.subAttribute() == null && resolved.attribute().multiValued()
                && !resolved.attribute().isComplex();
        if (!simpleList && (!resolved.attribute().isComplex() || !resolved.attribute().multiValued())) {
            throw error("'" + filter.attribute() + "' is not a multi-valued complex attribute, so it takes no "
                    + "[filter]");
        }
        Filter inner = filter.filter().accept(this, filter.attribute());
        return inner == filter.filter() ? filter : Filter.valuePath(filter.attribute(), inner);
    }

    /** Inside {@code emails[...]}, {@code type} means {@code emails.type}; nothing deeper exists in SCIM. */
    private AttributePath fullPath(AttributePath path, AttributePath parent) {
        if (parent == null) {
            return path;
        }
        if (path.schemaUrn() != null || path.subAttribute() != null) {
            throw error("'" + path + "' inside '" + parent + "[...]' must be a sub-attribute name of '" + parent + "'");
        }
        return parent.withSubAttribute(path.name());
    }

    private ResolvedAttribute resolve(AttributePath path) {
        if (simpleValueFilters && path.subAttribute() != null && path.subAttribute().equalsIgnoreCase("value")) {
            // badges.value inside badges[...]: the value itself, when badges is a multi-valued simple attribute
            ResolvedAttribute list = type.resolve(new AttributePath(path.schemaUrn(), path.name(), null)).orElse(null);
            if (list != null && list.attribute().multiValued() && !list.attribute().isComplex()) {
                return list;
            }
        }
        ResolvedAttribute resolved = type.resolve(path).orElseThrow(() -> error(unknown(path, type)));
        if (resolved.attribute().returned() == Returned.NEVER || resolved.target().returned() == Returned.NEVER) {
            throw error("'" + path + "' is never returned and cannot be used in a " + subject);
        }
        return resolved;
    }

    private ScimException error(String message) {
        return ScimException.badRequest(scimType, "Invalid " + subject + ": " + message);
    }

    /** Why {@code path} does not resolve, with a hint for the usual mistakes. */
    static String unknown(AttributePath path, ResourceTypeDefinition type) {
        if (path.schemaUrn() != null && type.schema(path.schemaUrn()).isEmpty()) {
            return "'" + path.schemaUrn() + "' is not a schema of the resource type " + type.name();
        }
        AttributePath top = new AttributePath(path.schemaUrn(), path.name(), null);
        if (path.subAttribute() != null && type.resolve(top).isPresent()) {
            return "'" + top + "' has no sub-attribute '" + path.subAttribute() + "'";
        }
        if (path.schemaUrn() == null) {
            for (SchemaDefinition extension : type.extensions()) {
                if (extension.attribute(path.name()).isPresent()) {
                    return "unknown attribute '" + path + "'; an extension attribute needs its schema URN, as in '"
                            + extension.id() + ":" + path + "'";
                }
            }
        }
        return "unknown attribute '" + path + "' for the resource type " + type.name();
    }
}
