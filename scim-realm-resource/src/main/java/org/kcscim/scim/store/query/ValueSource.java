package org.kcscim.scim.store.query;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.function.Function;

/**
 * Where the values one filter node compares are read: a column of a row the query already has (such as the
 * user's {@code username}), or related rows found by a correlated {@code EXISTS} (attribute rows of the resource,
 * the rows of one entry, the groups of a membership row). Both answer the two questions every operator reduces to:
 * does some value satisfy a condition, and is there a non-empty value at all.
 */
abstract class ValueSource {

    /** A test of one value; {@code row} is the attribute row it was read from when that row has long values. */
    @FunctionalInterface
    interface Condition {
        Predicate test(Expression<?> value, Path<?> row);
    }

    final CriteriaBuilder cb;

    private ValueSource(CriteriaBuilder cb) {
        this.cb = cb;
    }

    /** Some value satisfies {@code condition}; false when there is no value. */
    abstract Predicate some(Condition condition);

    /** There is a non-empty value. */
    abstract Predicate present();

    /** A column of a row in scope; {@code text} columns count as absent when empty. */
    static ValueSource column(CriteriaBuilder cb, Expression<?> column, boolean text) {
        return new ValueSource(cb) {
            @Override
            Predicate some(Condition condition) {
                return cb.and(cb.isNotNull(column), condition.test(column, null));
            }

            @Override
            Predicate present() {
                return text ? nonEmpty(cb, column) : cb.isNotNull(column);
            }
        };
    }

    /**
     * Rows of {@code entity} that {@code correlation} ties to the row in scope, each holding one value in
     * {@code valueAttribute}.
     *
     * @param parent     the query or subquery the {@code EXISTS} is part of
     * @param longValues whether values longer than 255 characters sit in {@code longValue} with their hashes, as
     *                   in Keycloak's user attributes
     */
    static ValueSource rows(CriteriaBuilder cb, CommonAbstractCriteria parent, Class<?> entity, String valueAttribute,
                            boolean longValues, Function<Root<?>, Predicate> correlation) {
        return new ValueSource(cb) {
            @Override
            Predicate some(Condition condition) {
                return exists(row -> condition.test(row.get(valueAttribute), longValues ? row : null));
            }

            @Override
            Predicate present() {
                return exists(row -> {
                    Predicate value = nonEmpty(cb, row.get(valueAttribute));
                    return longValues ? cb.or(value, cb.isNotNull(row.get(LongValues.HASH))) : value;
                });
            }

            private Predicate exists(Function<Root<?>, Predicate> condition) {
                Subquery<Integer> subquery = parent.subquery(Integer.class);
                Root<?> row = subquery.from(entity);
                subquery.select(cb.literal(1)).where(correlation.apply(row), condition.apply(row));
                return cb.exists(subquery);
            }
        };
    }

    /**
     * Non-null and not empty. {@code length(x) > 0} rather than {@code x <> ''}, because Oracle stores '' as null
     * and {@code x <> ''} would hold for no row there.
     */
    @SuppressWarnings("unchecked")
    static Predicate nonEmpty(CriteriaBuilder cb, Expression<?> text) {
        return cb.and(cb.isNotNull(text), cb.greaterThan(cb.length((Expression<String>) text), 0));
    }
}
