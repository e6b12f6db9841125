package org.kcscim.scim.protocol.filter;

/**
 * An operation over a {@link Filter} tree (RFC 7644 §3.4.2.2), one method per node type, so that each pass
 * (schema check, translation to a query, evaluation) lives in its own class. Java 17 has no final pattern
 * {@code switch}, hence the classic double dispatch through {@link Filter#accept}.
 *
 * @param <R> what a visit returns
 * @param <P> a parameter passed down the tree
 */
public interface FilterVisitor<R, P> {

    R visit(ComparisonFilter filter, P param);

    R visit(PresenceFilter filter, P param);

    R visit(AndFilter filter, P param);

    R visit(OrFilter filter, P param);

    R visit(NotFilter filter, P param);

    R visit(ValuePathFilter filter, P param);
}
