package org.kcscim.scim.store.query;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows one query reads for the resources in scope: where their ids come from, and their entity's columns.
 * For users the ids come from the ownership table, and the user table is added to the query only when a filter or
 * an order reads one of its columns, so that counting and paging a configuration's users in the default order
 * read nothing but the ownership index.
 */
final class ResourceRows {

    private final CriteriaBuilder cb;
    private final AbstractQuery<?> query;
    private final Class<?> entity;
    private final Expression<String> id;
    private final List<Expression<?>> defaultOrder;
    private final List<Predicate> scope = new ArrayList<>();
    private final Function<Root<?>, Predicate> entityScope;
    private Root<?> entityRoot;

    private ResourceRows(CriteriaBuilder cb, AbstractQuery<?> query, Class<?> entity, Expression<String> id,
                         List<Expression<?>> defaultOrder, Function<Root<?>, Predicate> entityScope) {
        this.cb = cb;
        this.query = query;
        this.entity = entity;
        this.id = id;
        this.defaultOrder = defaultOrder;
        this.entityScope = entityScope;
    }

    /** Resources read from their entity alone, whose rows in scope are those {@code scope} accepts. */
    static ResourceRows ofEntity(CriteriaBuilder cb, AbstractQuery<?> query, Class<?> entity,
                                 Function<Root<?>, Predicate> scope) {
        Root<?> root = query.from(entity);
        ResourceRows rows = new ResourceRows(cb, query, entity, root.get("id"), List.of(), null);
        rows.entityRoot = root;
        rows.scope.add(scope.apply(root));
        return rows;
    }

    /**
     * Resources whose ids are read from {@code index}, a table with one row per resource in scope; their entity is
     * joined by id on first use.
     *
     * @param idOf         the resource id in an index row
     * @param indexScope   the index rows in scope
     * @param defaultOrder the index columns of the default order, before the id
     * @param entityScope  what the entity's row must satisfy too once it is joined (nothing beyond the index, when
     *                     the index is kept exact; but the entity is what Keycloak's own queries trust)
     */
    static ResourceRows ofIndex(CriteriaBuilder cb, AbstractQuery<?> query, Class<?> index, Class<?> entity,
                                Function<Root<?>, Expression<String>> idOf, Function<Root<?>, Predicate> indexScope,
                                Function<Root<?>, List<Expression<?>>> defaultOrder,
                                Function<Root<?>, Predicate> entityScope) {
        Root<?> root = query.from(index);
        ResourceRows rows = new ResourceRows(cb, query, entity, idOf.apply(root), defaultOrder.apply(root), entityScope);
        rows.scope.add(indexScope.apply(root));
        return rows;
    }

    /** The resource's id. */
    Expression<String> id() {
        return id;
    }

    /** The sort keys before the id when the client asks for no order. */
    List<Expression<?>> defaultOrder() {
        return defaultOrder;
    }

    /** A column of the resource's entity, joined to the query: what an order reads. */
    <T> Path<T> column(String attribute) {
        return entity().get(attribute);
    }

    /**
     * A column of the resource's entity as a filter reads it. Resources read from an index test it in a subquery
     * on the entity ({@code id IN (SELECT e.id FROM entity e WHERE ...)}) instead of joining the entity: the
     * database then finds the few matching rows first, where a join under a LIMIT could walk the index in page
     * order and probe the entity once per resource until the page is full, through every resource when few
     * match.
     *
     * @param parent the query or subquery the test is part of
     * @param text   whether the column is text, which counts as absent when empty
     */
    ValueSource columnValues(CommonAbstractCriteria parent, String attribute, boolean text) {
        if (entityScope == null) {
            return ValueSource.column(cb, entity().get(attribute), text);
        }
        return ValueSource.entityColumn(cb, parent, entity, attribute, text, id, entityScope);
    }

    /** The resource's entity, joined to the query on first use. */
    Root<?> entity() {
        if (entityRoot == null) {
            entityRoot = query.from(entity);
            scope.add(cb.equal(entityRoot.get("id"), id));
            scope.add(entityScope.apply(entityRoot));
        }
        return entityRoot;
    }

    /** Every condition of the scope, the joins made so far included: build it after the filter and the order. */
    Predicate scope() {
        return cb.and(scope.toArray(Predicate[]::new));
    }
}
