package org.kcscim.scim.store.query;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.List;
import java.util.function.Function;

/**
 * Where the values one filter node compares are read: a column of a row the query already has (such as the
 * user's {@code username}), or related rows found by a subquery (attribute rows of the resource,
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
     * A column of the resource's own entity read by a subquery: {@code resourceId IN (SELECT e.id FROM entity e
     * WHERE scope(e) AND <test of e.column>)}. The same answers as {@link #column} on a joined row.
     */
    static ValueSource entityColumn(CriteriaBuilder cb, CommonAbstractCriteria parent, Class<?> entity,
                                    String attribute, boolean text, Expression<?> resourceId,
                                    Function<Root<?>, Predicate> scope) {
        return new ValueSource(cb) {
            @Override
            Predicate some(Condition condition) {
                return in(row -> cb.and(cb.isNotNull(row.get(attribute)), condition.test(row.get(attribute), null)));
            }

            @Override
            Predicate present() {
                return in(row -> text ? nonEmpty(cb, row.get(attribute)) : cb.isNotNull(row.get(attribute)));
            }

            private Predicate in(Function<Root<?>, Predicate> test) {
                return ValueSource.in(cb, parent, entity, resourceId, row -> row.get("id"),
                        row -> cb.and(scope.apply(row), test.apply(row)));
            }
        };
    }

    /**
     * Rows of {@code entity} that belong to the resource {@code resourceId} (the row's {@code rowOwner} equals
     * it), narrowed by {@code rowFilter}, each holding one value in {@code valueAttribute}.
     * <p>
     * Written as {@code resourceId IN (SELECT rowOwner ...)} rather than a correlated {@code EXISTS}: H2 runs a
     * correlated {@code EXISTS} on attribute rows through the (name, value) index once per resource, which at
     * 10,000 users took minutes; an {@code IN} over an uncorrelated subquery is evaluated once (PostgreSQL plans
     * both as a semi-join).
     *
     * @param parent     the query or subquery the condition is part of
     * @param longValues whether values longer than 255 characters sit in {@code longValue} with their hashes, as
     *                   in Keycloak's user attributes
     */
    static ValueSource rows(CriteriaBuilder cb, CommonAbstractCriteria parent, Class<?> entity, String valueAttribute,
                            boolean longValues, Expression<?> resourceId, Function<Root<?>, Expression<?>> rowOwner,
                            Function<Root<?>, Predicate> rowFilter) {
        return new ValueSource(cb) {
            @Override
            Predicate some(Condition condition) {
                return in(row -> condition.test(row.get(valueAttribute), longValues ? row : null));
            }

            @Override
            Predicate present() {
                return in(row -> {
                    Predicate value = nonEmpty(cb, row.get(valueAttribute));
                    return longValues ? cb.or(value, cb.isNotNull(row.get(LongValues.HASH))) : value;
                });
            }

            private Predicate in(Function<Root<?>, Predicate> condition) {
                return ValueSource.in(cb, parent, entity, resourceId, rowOwner,
                        row -> cb.and(rowFilter.apply(row), condition.apply(row)));
            }
        };
    }

    /** The values of all {@code sources} together: one value of any of them is a value. */
    static ValueSource either(CriteriaBuilder cb, List<ValueSource> sources) {
        if (sources.size() == 1) {
            return sources.get(0);
        }
        return new ValueSource(cb) {
            @Override
            Predicate some(Condition condition) {
                return cb.or(sources.stream().map(source -> source.some(condition)).toArray(Predicate[]::new));
            }

            @Override
            Predicate present() {
                return cb.or(sources.stream().map(ValueSource::present).toArray(Predicate[]::new));
            }
        };
    }

    /** The values of {@code source} where {@code applies} holds, and none elsewhere. */
    static ValueSource where(CriteriaBuilder cb, Predicate applies, ValueSource source) {
        return new ValueSource(cb) {
            @Override
            Predicate some(Condition condition) {
                return cb.and(applies, source.some(condition));
            }

            @Override
            Predicate present() {
                return cb.and(applies, source.present());
            }
        };
    }

    /** {@code resourceId IN (SELECT rowOwner(row) FROM entity row WHERE where(row))}; ids are strings. */
    @SuppressWarnings("unchecked")
    static Predicate in(CriteriaBuilder cb, CommonAbstractCriteria parent, Class<?> entity, Expression<?> resourceId,
                        Function<Root<?>, Expression<?>> rowOwner, Function<Root<?>, Predicate> where) {
        Subquery<String> subquery = parent.subquery(String.class);
        Root<?> row = subquery.from(entity);
        subquery.select((Expression<String>) rowOwner.apply(row)).where(where.apply(row));
        return cb.in((Expression<String>) resourceId).value(subquery);
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
