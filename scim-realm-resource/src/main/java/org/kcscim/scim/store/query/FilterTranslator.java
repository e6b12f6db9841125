package org.kcscim.scim.store.query;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.keycloak.models.jpa.entities.GroupEntity;
import org.keycloak.models.jpa.entities.UserGroupMembershipEntity;
import org.kcscim.scim.protocol.filter.AndFilter;
import org.kcscim.scim.protocol.filter.ComparisonFilter;
import org.kcscim.scim.protocol.filter.ComparisonOperator;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterVisitor;
import org.kcscim.scim.protocol.filter.NotFilter;
import org.kcscim.scim.protocol.filter.OrFilter;
import org.kcscim.scim.protocol.filter.PresenceFilter;
import org.kcscim.scim.protocol.filter.ValuePathFilter;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Translates a validated SCIM filter (RFC 7644 §3.4.2.2) into a JPA Criteria predicate over Keycloak's entities,
 * so that filtering happens in the database. Attributes map to columns or rows through {@link AttributeTargets};
 * operators go through {@link Comparisons}.
 * <p>
 * A multi-valued attribute matches when one of its entries does. {@code emails[type eq "work" and value co "x"]}
 * is {@code EXISTS} an anchor row of the user (one per entry) such that, for each inner comparison, {@code EXISTS}
 * a row named {@code kcscim.emails.<anchor value>.<sub-attribute>} satisfying it; {@code and}, {@code or} and
 * {@code not} combine those inside the anchor's {@code EXISTS}, so all of them speak of the same entry. Without
 * brackets, {@code emails.type eq "work"} is {@code emails[type eq "work"]}, and {@code emails co "x"} compares
 * the {@code value} sub-attribute. {@code members} and {@code groups} do the same over membership rows.
 * <p>
 * An attribute that cannot be filtered is a 400 {@code invalidFilter}, never a silent "no match".
 */
final class FilterTranslator implements FilterVisitor<Predicate, FilterTranslator.Scope> {

    /**
     * Where a node is translated: the criteria its subqueries belong to and, inside {@code attr[...]}, the entry
     * row (anchor or membership row) that sub-attribute paths are relative to.
     */
    record Scope(CommonAbstractCriteria criteria, AttributePath parent, From<?, ?> entry, Target parentTarget) {
        boolean inEntry() {
            return parent != null;
        }
    }

    private final CriteriaBuilder cb;
    private final ResourceKind kind;
    private final AttributeTargets targets;
    private final ResourceRows rows;
    private final Comparisons comparisons;

    private FilterTranslator(CriteriaBuilder cb, ResourceKind kind, AttributeTargets targets, ResourceRows rows,
                             QueryParameters parameters, CaseExactText caseExact) {
        this.cb = cb;
        this.kind = kind;
        this.targets = targets;
        this.rows = rows;
        this.comparisons = new Comparisons(cb, parameters, caseExact);
    }

    /**
     * @param filter a filter that passed {@code FilterValidator.validate} for the kind's resource type
     * @param query      the query {@code rows} belong to; subqueries are created in it
     * @param parameters where the compared values are bound, to be set on the query once built
     * @param caseExact  how the database keeps case-exact comparisons case-sensitive
     */
    static Predicate translate(Filter filter, CriteriaBuilder cb, CommonAbstractCriteria query, ResourceRows rows,
                               ResourceKind kind, AttributeTargets targets, QueryParameters parameters,
                               CaseExactText caseExact) {
        return filter.accept(new FilterTranslator(cb, kind, targets, rows, parameters, caseExact),
                new Scope(query, null, null, null));
    }

    @Override
    public Predicate visit(ComparisonFilter filter, Scope scope) {
        if (scope.inEntry()) {
            AttributeDefinition sub = subAttribute(filter.path(), scope);
            return comparisons.compare(entrySource(sub, scope), entryType(sub, scope), filter.operator(),
                    filter.value(), scope.parent().withSubAttribute(sub.name()).toString());
        }
        ResolvedAttribute resolved = resolve(filter.path());
        Target target = target(resolved, filter.path());
        if (target instanceof Target.Entries || target instanceof Target.Membership) {
            // emails.type eq "work" means emails[type eq "work"]; emails co "x" compares emails.value
            String sub = filter.path().subAttribute() == null ? "value" : filter.path().subAttribute();
            Filter inner = Filter.comparison(filter.operator(), AttributePath.of(sub), filter.value());
            return visit(Filter.valuePath(withoutSub(filter.path()), inner), scope);
        }
        if (target instanceof Target.Column column) {
            return comparisons.compare(column(column, scope), ValueType.of(column), filter.operator(), filter.value(),
                    filter.path().toString());
        }
        if (target instanceof Target.Stored stored) {
            return comparisons.compare(stored(stored, scope), ValueType.of(stored), filter.operator(),
                    filter.value(), filter.path().toString());
        }
        if (target instanceof Target.Constant constant) {
            return ConstantComparison.holds(constant, filter.operator(), filter.value(), filter.path().toString())
                    ? cb.conjunction() : cb.disjunction();
        }
        throw Comparisons.invalid("'" + filter.path() + "' is complex: compare one of its sub-attributes, or use pr");
    }

    @Override
    public Predicate visit(PresenceFilter filter, Scope scope) {
        if (scope.inEntry()) {
            AttributeDefinition sub = subAttribute(filter.path(), scope);
            return entrySource(sub, scope).present();
        }
        ResolvedAttribute resolved = resolve(filter.path());
        Target target = target(resolved, filter.path());
        boolean multiValued = target instanceof Target.Entries || target instanceof Target.Membership;
        if (multiValued && filter.path().subAttribute() != null) {
            Filter inner = Filter.pr(AttributePath.of(filter.path().subAttribute()));
            return visit(Filter.valuePath(withoutSub(filter.path()), inner), scope);
        }
        return present(target, scope);
    }

    @Override
    public Predicate visit(AndFilter filter, Scope scope) {
        return cb.and(filter.left().accept(this, scope), filter.right().accept(this, scope));
    }

    @Override
    public Predicate visit(OrFilter filter, Scope scope) {
        return cb.or(filter.left().accept(this, scope), filter.right().accept(this, scope));
    }

    @Override
    public Predicate visit(NotFilter filter, Scope scope) {
        return cb.not(filter.filter().accept(this, scope));
    }

    @Override
    public Predicate visit(ValuePathFilter filter, Scope scope) {
        if (scope.inEntry()) {
            throw Comparisons.invalid("value filters cannot be nested, as in '" + scope.parent() + "[" + filter + "]'");
        }
        Target target = target(resolve(filter.attribute()), filter.attribute());
        if (!(target instanceof Target.Entries) && !(target instanceof Target.Membership)) {
            throw Comparisons.invalid("'" + filter.attribute() + "' is not a multi-valued complex attribute, so it "
                    + "takes no [filter]");
        }
        AttributePath parent = withoutSub(filter.attribute());
        if (target instanceof Target.Entries entries && isAboutOneRow(filter.filter())) {
            return anyEntryRow(entries, parent, filter.filter(), scope);
        }
        return someEntry(target, scope, entry -> filter.filter().accept(this,
                new Scope(scope.criteria(), parent, entry, target)));
    }

    /**
     * Whether a test inside {@code attr[...]} holds for an entry exactly when it holds for one of the entry's rows:
     * a comparison or a presence test of one sub-attribute. Not {@code ne} nor {@code eq null}, which hold for an
     * entry without the row.
     */
    private static boolean isAboutOneRow(Filter filter) {
        if (filter instanceof PresenceFilter) {
            return true;
        }
        return filter instanceof ComparisonFilter comparison && comparison.operator() != ComparisonOperator.NE
                && !comparison.value().isNull();
    }

    /**
     * Some entry satisfies a test of one sub-attribute, read from the rows of that sub-attribute in every entry at
     * once, without the anchor rows: the shape that lets a lookup such as {@code emails.value eq "x"} go through
     * an index on the value (see {@link ResourceKind#anyEntryRows}).
     */
    private Predicate anyEntryRow(Target.Entries entries, AttributePath parent, Filter test, Scope scope) {
        Scope inEntry = new Scope(scope.criteria(), parent, null, entries);
        AttributePath path = test instanceof ComparisonFilter comparison ? comparison.path()
                : ((PresenceFilter) test).path();
        AttributeDefinition sub = subAttribute(path, inEntry);
        List<ValueSource> sources = new ArrayList<>();
        sources.add(kind.anyEntryRows(cb, scope.criteria(), rows.id(), entries.entryPrefix(), sub.name()));
        for (Target.MappedEntry mapped : entries.mappedOf(sub.name())) {
            // Rendered into an entry of its type, which the user then has
            sources.add(kind.attributeRows(cb, scope.criteria(), rows.id(), cb.literal(mapped.userAttribute())));
        }
        ValueSource values = ValueSource.either(cb, sources);
        if (test instanceof ComparisonFilter comparison) {
            return comparisons.compare(values, ValueType.of(sub), comparison.operator(), comparison.value(),
                    parent.withSubAttribute(sub.name()).toString());
        }
        return values.present();
    }

    /**
     * The resource has an entry (an anchor row, or a membership row) for which {@code condition} holds:
     * {@code id IN (SELECT owner FROM entries WHERE ...)}, see {@link ValueSource#rows} for why not EXISTS.
     */
    private Predicate someEntry(Target target, Scope scope, Function<Root<?>, Predicate> condition) {
        if (target instanceof Target.Entries entries) {
            return ValueSource.in(cb, scope.criteria(), kind.attributeEntity(), rows.id(), kind::ownerId,
                    anchor -> cb.and(cb.equal(anchor.get("name"), entries.anchor()), condition.apply(anchor)));
        }
        Target.Side side = ((Target.Membership) target).side();
        return ValueSource.in(cb, scope.criteria(), UserGroupMembershipEntity.class, rows.id(),
                membership -> side == Target.Side.MEMBERS ? membership.get("groupId") : membership.get("user").get("id"),
                condition::apply);
    }

    /** The resource has a value for {@code target}: any entry, any membership row, any part of a complex one. */
    private Predicate present(Target target, Scope scope) {
        if (target instanceof Target.Constant) {
            return cb.conjunction();
        }
        if (target instanceof Target.Column column) {
            return column(column, scope).present();
        }
        if (target instanceof Target.Stored stored) {
            return stored(stored, scope).present();
        }
        if (target instanceof Target.AnyOf anyOf) {
            List<Predicate> parts = new ArrayList<>();
            for (Target part : anyOf.parts()) {
                parts.add(present(part, scope));
            }
            return cb.or(parts.toArray(Predicate[]::new));
        }
        // The codec writes an anchor only for an entry with at least one value
        Predicate anEntry = someEntry(target, scope, entry -> cb.conjunction());
        if (target instanceof Target.Entries entries && !entries.mapped().isEmpty()) {
            // A mapped value set in Keycloak makes an entry of its own when there is none of its type
            List<Predicate> alternatives = new ArrayList<>(List.of(anEntry));
            for (Target.MappedEntry mapped : entries.mapped()) {
                alternatives.add(kind.attributeRows(cb, scope.criteria(), rows.id(),
                        cb.literal(mapped.userAttribute())).present());
            }
            return cb.or(alternatives.toArray(Predicate[]::new));
        }
        return anEntry;
    }


    private ValueSource column(Target.Column column, Scope scope) {
        return rows.columnValues(scope.criteria(), column.attribute(), column.kind() == Target.Kind.TEXT);
    }

    private ValueSource stored(Target.Stored stored, Scope scope) {
        return kind.attributeRows(cb, scope.criteria(), rows.id(), cb.literal(stored.name()));
    }

    /** Where the sub-attribute {@code sub} of the entry in scope is read. */
    private ValueSource entrySource(AttributeDefinition sub, Scope scope) {
        From<?, ?> entry = scope.entry();
        if (scope.parentTarget() instanceof Target.Entries entries) {
            ValueSource own = kind.entryRows(cb, scope.criteria(), (Root<?>) entry, entryRowName(entries, entry, sub.name()));
            List<ValueSource> sources = new ArrayList<>(List.of(own));
            for (Target.MappedEntry mapped : entries.mappedOf(sub.name())) {
                sources.add(ValueSource.where(cb, cb.and(cb.not(own.present()), hasType(entries, entry, mapped, scope)),
                        kind.attributeRows(cb, scope.criteria(), kind.ownerId((Root<?>) entry),
                                cb.literal(mapped.userAttribute()))));
            }
            return ValueSource.either(cb, sources);
        }
        Target.Side side = ((Target.Membership) scope.parentTarget()).side();
        if (sub.name().equals("value")) {
            Expression<?> id = side == Target.Side.MEMBERS ? entry.get("user").get("id") : entry.get("groupId");
            return ValueSource.column(cb, id, true);
        }
        if (side == Target.Side.GROUPS && sub.name().equals("display")) {
            return ValueSource.rows(cb, scope.criteria(), GroupEntity.class, "name", false, entry.get("groupId"),
                    group -> group.get("id"), group -> cb.conjunction());
        }
        throw Comparisons.invalid("'" + scope.parent().withSubAttribute(sub.name()) + "' cannot be filtered");
    }

    private Expression<String> entryRowName(Target.Entries entries, From<?, ?> entry, String subAttribute) {
        return cb.concat(cb.concat(cb.literal(entries.entryPrefix()), entry.<String>get("value")),
                cb.literal("." + subAttribute));
    }

    /**
     * The entry in scope is of the type whose sub-attribute a mapping keeps elsewhere. Any entry of that type
     * without its own value counts as the one the mapped value renders into (the first of them, in fact): a
     * directory sends one entry per type.
     */
    @SuppressWarnings("unchecked")
    private Predicate hasType(Target.Entries entries, From<?, ?> entry, Target.MappedEntry mapped, Scope scope) {
        ValueSource types = kind.entryRows(cb, scope.criteria(), (Root<?>) entry, entryRowName(entries, entry, "type"));
        return types.some((value, row) -> cb.equal(cb.lower((Expression<String>) value),
                cb.literal(mapped.entryType().toLowerCase(Locale.ROOT))));
    }

    private ValueType entryType(AttributeDefinition sub, Scope scope) {
        if (scope.parentTarget() instanceof Target.Membership && sub.name().equals("value")) {
            return ValueType.EXACT_TEXT;
        }
        return ValueType.of(sub);
    }

    /** The definition of {@code path}, a sub-attribute name relative to the entry in scope. */
    private AttributeDefinition subAttribute(AttributePath path, Scope scope) {
        if (path.schemaUrn() != null || path.subAttribute() != null) {
            throw Comparisons.invalid("'" + path + "' inside '" + scope.parent() + "[...]' must be a sub-attribute name");
        }
        ResolvedAttribute resolved = resolve(scope.parent().withSubAttribute(path.name()));
        return resolved.subAttribute();
    }

    private ResolvedAttribute resolve(AttributePath path) {
        return targets.type().resolve(path)
                .orElseThrow(() -> Comparisons.invalid("unknown attribute '" + path + "'"));
    }

    private Target target(ResolvedAttribute resolved, AttributePath path) {
        return targets.of(resolved)
                .orElseThrow(() -> Comparisons.invalid("'" + path + "' cannot be filtered"));
    }

    private static AttributePath withoutSub(AttributePath path) {
        return new AttributePath(path.schemaUrn(), path.name(), null);
    }
}
