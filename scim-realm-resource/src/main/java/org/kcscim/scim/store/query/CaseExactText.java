package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.kcscim.scim.protocol.filter.ComparisonOperator;

import java.util.Optional;

/**
 * Keeps comparisons of case-exact text ({@code id}, {@code externalId}, any attribute the schema marks
 * {@code caseExact}) case-sensitive on MariaDB and MySQL. There text compares in the column's collation, and the
 * default collations, which Keycloak's tables take, ignore case: {@code externalId eq "abc"} would find "ABC".
 * <p>
 * On those databases a case-exact comparison keeps the collation's comparison, which an index on the column
 * serves, and adds the same comparison with the value under {@value #BINARY}, which only exact-case values pass.
 * The collation goes on the value rather than on the column: a column still in utf8mb3 (what Keycloak advised
 * before 26.6) is then converted to the value's utf8mb4, where {@code column COLLATE utf8mb4_bin} would be refused.
 * Ordering ({@code gt ge lt le}, sorting) stays the collation's, with values it holds equal (differing only in
 * case) ordered by their code points. H2 and PostgreSQL compare text case-sensitively: their comparisons are left
 * as they are.
 */
final class CaseExactText {

    /** Compares code points, on MariaDB and on MySQL, in a utf8mb4 connection (what both drivers open). */
    private static final String BINARY = "utf8mb4_bin";

    private final CriteriaBuilder cb;
    private final boolean collationMayIgnoreCase;

    private CaseExactText(CriteriaBuilder cb, boolean collationMayIgnoreCase) {
        this.cb = cb;
        this.collationMayIgnoreCase = collationMayIgnoreCase;
    }

    /** For the queries of {@code em}: MariaDB's dialect is a {@link MySQLDialect} too. */
    static CaseExactText of(EntityManager em, CriteriaBuilder cb) {
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        return new CaseExactText(cb, factory.getJdbcServices().getDialect() instanceof MySQLDialect);
    }

    /**
     * {@code plain}, the comparison {@code column <operator> value} as the database makes it ({@code eq gt ge lt
     * le}, or LIKE for {@code co sw ew}), made case-sensitive where the collation may ignore case.
     */
    Predicate compare(Predicate plain, ComparisonOperator operator, Expression<String> column,
                      Expression<String> value) {
        if (!collationMayIgnoreCase) {
            return plain;
        }
        Expression<String> exact = binary(value);
        switch (operator) {
            case CO:
            case SW:
            case EW:
                return cb.and(plain, cb.like(column, exact, LikePatterns.ESCAPE));
            case EQ:
                return cb.and(plain, cb.equal(column, exact));
            case GT:
                return cb.or(plain, cb.and(cb.equal(column, value), cb.greaterThan(column, exact)));
            case GE:
                return cb.or(cb.greaterThan(column, value),
                        cb.and(cb.equal(column, value), cb.greaterThanOrEqualTo(column, exact)));
            case LT:
                return cb.or(plain, cb.and(cb.equal(column, value), cb.lessThan(column, exact)));
            case LE:
                return cb.or(cb.lessThan(column, value),
                        cb.and(cb.equal(column, value), cb.lessThanOrEqualTo(column, exact)));
            default:
                throw new IllegalArgumentException("Not a comparison of text: " + operator);
        }
    }

    /**
     * The sort key that orders values the collation holds equal, after {@code key} itself; empty where the
     * collation already tells them apart. Their bytes: a cast, unlike a collation, works on a utf8mb3 column too.
     */
    Optional<Expression<?>> tieBreaker(Expression<String> key) {
        return collationMayIgnoreCase ? Optional.of(key.cast(byte[].class)) : Optional.empty();
    }

    private Expression<String> binary(Expression<String> value) {
        if (!(cb instanceof HibernateCriteriaBuilder hibernate)) {
            throw new IllegalStateException("Case-exact comparisons on MariaDB/MySQL need Hibernate's criteria");
        }
        return hibernate.collate(value, BINARY);
    }
}
