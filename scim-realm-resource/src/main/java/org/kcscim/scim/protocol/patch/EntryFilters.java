package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

import java.util.Iterator;
import java.util.Map;

/**
 * The two ways entries of a multi-valued attribute and value filters meet besides evaluation: a filter that finds
 * the entries like a given one (for a remove with a value), and the entry a filter describes (for an add whose
 * filter matched nothing).
 */
final class EntryFilters {

    private EntryFilters() {
    }

    /**
     * {@code a eq x and b eq y ...} for the non-null sub-attributes of {@code given}, so that comparison follows
     * {@code caseExact}; null when {@code given} has none.
     */
    static Filter sameValues(JsonNode given) {
        Filter result = null;
        if (!given.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                continue;
            }
            Filter same = Filter.eq(AttributePath.of(field.getKey()), field.getValue());
            result = result == null ? same : Filter.and(result, same);
        }
        return result;
    }

    /**
     * The entry {@code filter} describes when it is a conjunction of {@code eq} comparisons with values, such as
     * {@code type eq "work"} or {@code type eq "work" and primary eq true}; null for any other filter, which does
     * not say what a new entry would hold.
     */
    static ObjectNode template(Filter filter) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        return filter.accept(new Template(), entry) ? entry : null;
    }

    /** Writes the {@code eq} values into the entry; false as soon as a node is not part of a conjunction of them. */
    private static final class Template implements FilterVisitor<Boolean, ObjectNode> {

        @Override
        public Boolean visit(ComparisonFilter filter, ObjectNode entry) {
            if (filter.operator() != ComparisonOperator.EQ || filter.value().isNull()
                    || filter.path().subAttribute() != null || filter.path().schemaUrn() != null) {
                return false;
            }
            JsonNode earlier = JsonFields.get(entry, filter.path().name());
            if (earlier != null && !earlier.equals(filter.value())) {
                return false;
            }
            entry.set(filter.path().name(), filter.value());
            return true;
        }

        @Override
        public Boolean visit(AndFilter filter, ObjectNode entry) {
            return filter.left().accept(this, entry) && filter.right().accept(this, entry);
        }

        @Override
        public Boolean visit(PresenceFilter filter, ObjectNode entry) {
            return false;
        }

        @Override
        public Boolean visit(OrFilter filter, ObjectNode entry) {
            return false;
        }

        @Override
        public Boolean visit(NotFilter filter, ObjectNode entry) {
            return false;
        }

        @Override
        public Boolean visit(ValuePathFilter filter, ObjectNode entry) {
            return false;
        }
    }
}
