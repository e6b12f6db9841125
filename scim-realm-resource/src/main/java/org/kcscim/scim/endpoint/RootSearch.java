package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterParser;
import org.kcscim.scim.protocol.filter.FilterValidator;
import org.kcscim.scim.protocol.message.AttributeSelection;
import org.kcscim.scim.protocol.message.ListRequest;
import org.kcscim.scim.protocol.message.ListResponse;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.query.ResourceQuery;
import org.kcscim.scim.store.query.SortRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A search at the service root, {@code POST /.search} (RFC 7644 §3.4.3): the configuration's users and groups in
 * one list, all users first, then all groups.
 * <ul>
 *   <li>The filter is checked against each resource type. A type that cannot evaluate it is left out, so
 *       {@code userName sw "a"} finds users only; a filter that no type can evaluate is 400
 *       {@code invalidFilter}.</li>
 *   <li>{@code attributes} and {@code excludedAttributes}: each type honours the names it has, and a type with none
 *       of the requested attributes returns only {@code id}; a name that neither type has is 400
 *       {@code invalidValue}.</li>
 *   <li>{@code sortBy} orders within each type, and must be sortable in every type searched.</li>
 *   <li>{@code totalResults} is the sum of the two counts, and the page is cut from the concatenation with them:
 *       each type's query fetches only its share of the page, so nothing else is loaded.</li>
 * </ul>
 */
final class RootSearch {

    private static final ResourceTypeDefinition GROUP = ResourceTypeDefinition.GROUP;

    /** One resource type's share of the search: what it matches, and how its resources are rendered. */
    private record Part(ResourceQuery query, Filter filter, long total, Function<String, Optional<ObjectNode>> render) {
    }

    private RootSearch() {
    }

    static ObjectNode search(ScimSession scim, ListRequest request) {
        Filter parsed = request.filter() == null ? null : FilterParser.parse(request.filter());
        ResourceTypeDefinition userType = scim.userType();
        requireKnown(request.attributes(), userType);
        requireKnown(request.excluded(), userType);
        List<ScimException> refusals = new ArrayList<>();

        AttributeSelection userSelection = selection(userType, request);
        Optional<Part> users = part(parsed, userType, refusals, filter -> {
            // As on /Users: a directory matches people by userName before it creates them
            ResourceListing.userNameEquality(filter).ifPresent(scim.users()::adoptByUserName);
            return new Part(scim.userQuery(), filter, scim.userQuery().count(filter), id -> scim.users().listed(id)
                    .map(user -> userSelection.apply(scim.users().render(user))));
        });
        AttributeSelection groupSelection = selection(GROUP, request);
        boolean withMembers = groupSelection.includes("members");
        Optional<Part> groups = part(parsed, GROUP, refusals, filter ->
                new Part(scim.groupQuery(), filter, scim.groupQuery().count(filter), id -> scim.groups().find(id)
                        .map(group -> groupSelection.apply(scim.groups().render(group, withMembers)))));
        if (users.isEmpty() && groups.isEmpty()) {
            throw ScimException.badRequest(ScimType.INVALID_FILTER, "The filter applies to neither Users ("
                    + refusals.get(0).detail() + ") nor Groups (" + refusals.get(1).detail() + ")");
        }

        SortRequest sort = ResourceListing.sort(request);
        long offset = request.startIndex() - 1L;
        int wanted = request.count();
        List<ObjectNode> page = new ArrayList<>();
        for (Optional<Part> part : List.of(users, groups)) {
            if (part.isEmpty()) {
                continue;
            }
            long total = part.get().total();
            int share = (int) Math.max(0, Math.min(wanted, total - offset));
            if (share > 0) {
                part.get().query().ids(part.get().filter(), sort, (int) offset, share).stream()
                        .map(part.get().render())
                        .flatMap(Optional::stream)
                        .forEach(page::add);
                wanted -= share;
            }
            // The next type's results start where this one's end
            offset = Math.max(0, offset - total);
        }
        long totalResults = users.map(Part::total).orElse(0L) + groups.map(Part::total).orElse(0L);
        return ListResponse.page(page, totalResults, request.startIndex());
    }

    /**
     * The type's share, or empty (with the reason added to {@code refusals}) when the filter names attributes the
     * type does not have or cannot filter by. The count belongs to the check: the store refuses some attributes
     * only when it translates the filter.
     */
    private static Optional<Part> part(Filter parsed, ResourceTypeDefinition type, List<ScimException> refusals,
                                       Function<Filter, Part> share) {
        try {
            return Optional.of(share.apply(parsed == null ? null : FilterValidator.validate(parsed, type)));
        } catch (ScimException e) {
            if (e.status() != 400 || e.scimType() != ScimType.INVALID_FILTER) {
                throw e;
            }
            refusals.add(e);
            return Optional.empty();
        }
    }

    private static AttributeSelection selection(ResourceTypeDefinition type, ListRequest request) {
        List<AttributePath> attributes = known(request.attributes(), type);
        if (attributes.isEmpty() && !request.attributes().isEmpty()) {
            // None of the requested attributes exists here: id, which is always returned, is all there is to show
            attributes = List.of(AttributePath.of("id"));
        }
        return new AttributeSelection(type, attributes, known(request.excluded(), type));
    }

    private static List<AttributePath> known(List<AttributePath> paths, ResourceTypeDefinition type) {
        return paths.stream().filter(path -> AttributeSelection.isKnown(path, type)).toList();
    }

    private static void requireKnown(List<AttributePath> paths, ResourceTypeDefinition userType) {
        for (AttributePath path : paths) {
            if (!AttributeSelection.isKnown(path, userType) && !AttributeSelection.isKnown(path, GROUP)) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE, "Unknown attribute " + path);
            }
        }
    }
}
