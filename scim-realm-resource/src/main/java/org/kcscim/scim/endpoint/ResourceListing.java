package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.ComparisonFilter;
import org.kcscim.scim.protocol.filter.ComparisonOperator;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterParser;
import org.kcscim.scim.protocol.filter.FilterValidator;
import org.kcscim.scim.protocol.message.AttributeSelection;
import org.kcscim.scim.protocol.message.ListRequest;
import org.kcscim.scim.protocol.message.ListResponse;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.query.SortRequest;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Answers a list or search request for users or groups: the filter, order, page and total come from the
 * database; only the page's resources are loaded and rendered.
 */
final class ResourceListing {

    private ResourceListing() {
    }

    static ObjectNode users(ScimSession scim, ListRequest request) {
        ResourceTypeDefinition type = scim.userType();
        Filter filter = filter(request, type);
        AttributeSelection selection = new AttributeSelection(type, request.attributes(), request.excluded());
        // A directory matches people by userName before it creates them: that is when adoption happens
        userNameEquality(filter).ifPresent(scim.users()::adoptByUserName);
        SortRequest sort = sort(request);
        List<String> ids = scim.userQuery().ids(filter, sort, request.startIndex() - 1, request.count());
        long total = total(request, ids, () -> scim.userQuery().count(filter));
        List<ObjectNode> page = ids.stream()
                .map(id -> scim.users().listed(id))
                .flatMap(Optional::stream)
                .map(user -> selection.apply(scim.users().render(user)))
                .toList();
        return ListResponse.page(page, total, request.startIndex());
    }

    static ObjectNode groups(ScimSession scim, ListRequest request) {
        ResourceTypeDefinition type = ResourceTypeDefinition.GROUP;
        Filter filter = filter(request, type);
        AttributeSelection selection = new AttributeSelection(type, request.attributes(), request.excluded());
        boolean withMembers = selection.includes("members");
        SortRequest sort = sort(request);
        List<String> ids = scim.groupQuery().ids(filter, sort, request.startIndex() - 1, request.count());
        long total = total(request, ids, () -> scim.groupQuery().count(filter));
        List<ObjectNode> page = ids.stream()
                .map(id -> scim.groups().find(id))
                .flatMap(Optional::stream)
                .map(group -> selection.apply(scim.groups().render(group, withMembers)))
                .toList();
        return ListResponse.page(page, total, request.startIndex());
    }

    /**
     * {@code totalResults}: a page that came back short ends the results, so its end is the total and the count
     * query is skipped (unless the page is empty past the start, where the end is unknown). That is the common
     * case of a lookup by userName or externalId, and of a directory's test connection.
     */
    static long total(ListRequest request, List<String> page, LongSupplier count) {
        boolean endKnown = page.isEmpty() ? request.startIndex() == 1 : true;
        if (request.count() > 0 && page.size() < request.count() && endKnown) {
            return request.startIndex() - 1L + page.size();
        }
        return count.getAsLong();
    }

    private static Filter filter(ListRequest request, ResourceTypeDefinition type) {
        return request.filter() == null ? null : FilterValidator.validate(FilterParser.parse(request.filter()), type);
    }

    static SortRequest sort(ListRequest request) {
        if (request.sortBy() == null) {
            return null;
        }
        List<AttributePath> paths = AttributeSelection.parseList(request.sortBy());
        if (paths.size() != 1) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "sortBy takes one attribute");
        }
        return new SortRequest(paths.get(0), request.descending());
    }

    /** The userName of a filter that is exactly {@code userName eq "..."}. */
    static Optional<String> userNameEquality(Filter filter) {
        if (filter instanceof ComparisonFilter comparison
                && comparison.operator() == ComparisonOperator.EQ
                && comparison.path().subAttribute() == null
                && comparison.path().name().equalsIgnoreCase("userName")
                && comparison.value().isTextual()) {
            return Optional.of(comparison.value().asText());
        }
        return Optional.empty();
    }
}
