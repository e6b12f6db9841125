package org.kcscim.scim.store.query;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ORDER BY of a page (RFC 7644 §3.4.2.3), always a total order so that paging is stable: the sort key, then
 * the id.
 * <ul>
 *   <li>Sortable: singular attributes with a column or a stored row ({@link AttributeTargets#sortable}), and
 *   {@code emails} by Keycloak's email, the primary one. Anything else is 400 {@code invalidValue}.</li>
 *   <li>Text sorts under {@code lower()} unless {@code caseExact}, and then case-sensitively: where the database's
 *   collation ignores case, values that differ only in case are ordered by a second key ({@link CaseExactText}),
 *   not left to the id.</li>
 *   <li>A resource without a value sorts last in ascending order and first in descending order, as RFC 7644
 *   §3.4.2.3 says, the same on every database: a {@code case when value is null then 1 else 0 end} key comes
 *   before the value, in the same direction, instead of relying on each database's placement of nulls. Columns
 *   that are never null go without it, so that an index in their order serves the page.</li>
 *   <li>Without {@code sortBy}: the kind's default keys (users by creation time), then the id.</li>
 * </ul>
 */
final class SortOrders {

    /** Columns Keycloak's schema declares NOT NULL: usernames, group names, ids. */
    private static final Set<String> NEVER_NULL = Set.of("username", "name", "id");

    private SortOrders() {
    }

    @SuppressWarnings("unchecked")
    static List<Order> of(CriteriaBuilder cb, AttributeTargets targets, ResourceRows rows, SortRequest sort,
                          CaseExactText caseExact) {
        List<Order> orders = new ArrayList<>();
        if (sort == null) {
            rows.defaultOrder().forEach(key -> orders.add(cb.asc(key)));
        } else {
            Target target = sortTarget(targets, sort);
            Expression<?> value = sortKey(cb, rows, target);
            boolean neverNull = target instanceof Target.Column column && NEVER_NULL.contains(column.attribute());
            if (!neverNull) {
                // Left out where it cannot matter, so that the order is the column's own, which an index may hold
                Expression<Integer> missing = cb.<Integer>selectCase().when(cb.isNull(value), cb.literal(1))
                        .otherwise(cb.literal(0));
                orders.add(sort.descending() ? cb.desc(missing) : cb.asc(missing));
            }
            orders.add(sort.descending() ? cb.desc(value) : cb.asc(value));
            if (isCaseExactText(target)) {
                caseExact.tieBreaker((Expression<String>) value)
                        .ifPresent(key -> orders.add(sort.descending() ? cb.desc(key) : cb.asc(key)));
            }
        }
        orders.add(cb.asc(rows.id()));
        return orders;
    }

    /** The target to sort by; 400 {@code invalidValue} when the path does not name a sortable attribute. */
    static Target sortTarget(AttributeTargets targets, SortRequest sort) {
        ResolvedAttribute resolved = targets.type().resolve(sort.path())
                .orElseThrow(() -> cannotSort(sort, "unknown attribute for the resource type " + targets.type().name()));
        return targets.sortable(resolved)
                .orElseThrow(() -> cannotSort(sort, "only singular attributes kept by the server, and emails, are sortable"));
    }

    /**
     * Case-exact text whose values may differ only in case. Not the id: a primary key is unique in the column's
     * collation, and sorting by it alone keeps to its index.
     */
    private static boolean isCaseExactText(Target target) {
        ValueType type = target instanceof Target.Column column ? ValueType.of(column)
                : ValueType.of((Target.Stored) target);
        return type.kind() == Target.Kind.TEXT && type.caseExact() && !target.equals(AttributeTargets.ID);
    }

    private static Expression<?> sortKey(CriteriaBuilder cb, ResourceRows rows, Target target) {
        if (target instanceof Target.Column column) {
            Expression<String> value = rows.column(column.attribute());
            return ValueType.of(column).lowersColumn() ? cb.lower(value) : value;
        }
        Target.Stored stored = (Target.Stored) target;
        // One row per singular attribute, so the LEFT JOIN keeps one row per resource
        Join<?, ?> row = rows.entity().join("attributes", JoinType.LEFT);
        row.on(cb.equal(row.get("name"), stored.name()));
        return ValueType.of(stored).lowersColumn() ? cb.lower(row.get("value")) : row.get("value");
    }

    private static ScimException cannotSort(SortRequest sort, String reason) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, "Cannot sort by '" + sort.path() + "': " + reason);
    }
}
