package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import org.kcscim.scim.protocol.filter.Filter;

import java.util.List;
import java.util.Objects;

/**
 * Lists and counts the resources of one configuration in the database (RFC 7644 §3.4.2): filter, sort, page and
 * total are all computed by SQL over Keycloak's JPA entities, so nothing is loaded into memory to be filtered.
 * The count and the page share one predicate: the configuration's scope ANDed with the translated filter.
 * <p>
 * Filters must have passed {@code FilterValidator.validate} for the resource type. One instance serves one
 * request; it holds no state beyond its arguments.
 */
public abstract class ResourceQuery {

    private final EntityManager em;
    private final ResourceKind kind;
    private final AttributeTargets targets;
    private final String realmId;
    private final String ownerId;

    ResourceQuery(EntityManager em, ResourceKind kind, AttributeTargets targets, String realmId, String ownerId) {
        this.em = Objects.requireNonNull(em, "em");
        this.kind = kind;
        this.targets = targets;
        this.realmId = Objects.requireNonNull(realmId, "realmId");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    }

    /**
     * The number of resources that match, for {@code totalResults}.
     *
     * @param filter a validated filter, or null for all the configuration's resources
     * @throws org.kcscim.scim.protocol.error.ScimException 400 {@code invalidFilter} for an attribute that
     *                                                      cannot be filtered
     */
    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        ResourceRows rows = kind.rows(cb, query, realmId, ownerId);
        QueryParameters parameters = new QueryParameters(cb);
        // count(1) rather than count(id): a count that reads no column can be answered from the narrowest index
        // (every join here is one row per resource, and filters are IN subqueries, so nothing is counted twice)
        CaseExactText caseExact = CaseExactText.of(em, cb);
        query.select(cb.count(cb.literal(1))).where(where(cb, query, rows, filter, parameters, caseExact));
        return CustomPlans.around(em, () -> parameters.bindTo(em.createQuery(query)).getSingleResult());
    }

    /**
     * The ids of one page of matching resources, in a stable total order: the sort key, then the id.
     *
     * @param filter a validated filter, or null
     * @param sort   the requested order, or null for the default (users by creation time, groups by id)
     * @param offset how many matching resources to skip: {@code startIndex - 1}
     * @param limit  the page size ({@code count}); 0 returns an empty list without a query
     * @throws org.kcscim.scim.protocol.error.ScimException 400 {@code invalidFilter} for an attribute that
     *                                                      cannot be filtered, {@code invalidValue} for one that
     *                                                      cannot be sorted by
     */
    public List<String> ids(Filter filter, SortRequest sort, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        ResourceRows rows = kind.rows(cb, query, realmId, ownerId);
        CaseExactText caseExact = CaseExactText.of(em, cb);
        // Ordering first: it validates sortBy, and its join must exist before the query is used
        query.orderBy(SortOrders.of(cb, targets, rows, sort, caseExact));
        QueryParameters parameters = new QueryParameters(cb);
        query.select(rows.id()).where(where(cb, query, rows, filter, parameters, caseExact));
        if (limit == 0) {
            return List.of();
        }
        return CustomPlans.around(em, () -> parameters.bindTo(em.createQuery(query))
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /** The filter, then the scope: translating the filter may join the entity, which adds to the scope. */
    private Predicate where(CriteriaBuilder cb, CommonAbstractCriteria query, ResourceRows rows, Filter filter,
                            QueryParameters parameters, CaseExactText caseExact) {
        if (filter == null) {
            return rows.scope();
        }
        Predicate matches = FilterTranslator.translate(filter, cb, query, rows, kind, targets, parameters, caseExact);
        return cb.and(rows.scope(), matches);
    }
}
