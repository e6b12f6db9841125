package org.kcscim.scim.store.query;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.ParameterExpression;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a criteria query binds. Client-supplied values go through here rather than
 * {@code CriteriaBuilder.literal}, which Hibernate renders into the SQL text: bound, they can never change the
 * statement, and every filter of one shape shares one statement (and one plan) whatever its values. The server's
 * own constants (attribute row names, the 1 of {@code select 1}) stay literals.
 */
final class QueryParameters {

    private final CriteriaBuilder cb;
    private final Map<ParameterExpression<?>, Object> values = new LinkedHashMap<>();

    QueryParameters(CriteriaBuilder cb) {
        this.cb = cb;
    }

    /** A parameter that {@link #bindTo} sets to {@code value}. */
    <T> ParameterExpression<T> of(Class<T> type, T value) {
        ParameterExpression<T> parameter = cb.parameter(type);
        values.put(parameter, value);
        return parameter;
    }

    /** Sets every parameter created here on {@code query}, built from the criteria they belong to. */
    <Q extends TypedQuery<?>> Q bindTo(Q query) {
        values.forEach((parameter, value) -> set(query, parameter, value));
        return query;
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(TypedQuery<?> query, ParameterExpression<T> parameter, Object value) {
        query.setParameter(parameter, (T) value);
    }
}
