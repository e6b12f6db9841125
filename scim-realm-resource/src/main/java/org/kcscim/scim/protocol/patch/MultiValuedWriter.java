package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.AttributeDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a {@link PatchTarget} to a multi-valued attribute (RFC 7644 §3.5.2), such as {@code emails}:
 * <ul>
 *   <li>{@code add emails}: appends the entries given, skipping any equal to an entry already there. The value is
 *       an array; one object stands for an array of one only when the operation's {@code path} names the
 *       attribute (RFC clients send {@code add members} with one member so), never as a member of a path-less
 *       value or a body, where {@code "emails": {...}} is 400 {@code invalidValue} like {@code "emails": "x"};</li>
 *   <li>{@code replace emails}: the entries given become the whole list;</li>
 *   <li>{@code remove emails}: unassigns the list, or with a value (as Entra ID sends for members) removes the
 *       entries that have every sub-attribute value of one of the given objects; for a multi-valued simple
 *       attribute (a custom extension's list of strings), the values equal to one given, by its caseExact;</li>
 *   <li>a value filter, {@code emails[type eq "work"]}, narrows the target to the matching entries, and a
 *       sub-attribute after it, {@code emails[type eq "work"].value}, to one sub-attribute of those: add and
 *       replace set it (or merge an object into whole entries), remove removes it (or the entries). A plain
 *       sub-attribute path, {@code emails.display}, targets that sub-attribute in every entry. On a multi-valued
 *       simple attribute the filter tests each value as {@code value}: {@code badges[value eq "gold"]}; remove
 *       removes the matching values, replace puts the one value given in their place, add does too or, when none
 *       matches, appends it.</li>
 * </ul>
 * When nothing matches: replace is 400 {@code noTarget} (RFC 7644 §3.5.2.3); remove does nothing, so that
 * retried removes succeed as Okta and Entra ID expect; add creates the entry when the filter says what it is,
 * because Entra ID sends {@code add emails[type eq "work"].value} for a user without a work email: the new entry
 * takes the sub-attribute values the filter tests with {@code eq}, here {@code type: "work"}.
 * <p>
 * Afterwards at most one entry has {@code primary: true} (RFC 7643 §2.4, RFC 7644 §3.5.2): the one this
 * operation set last, or failing that the last one in the list; the others get {@code primary: false}.
 */
final class MultiValuedWriter {

    private MultiValuedWriter() {
    }

    static void apply(ObjectNode holder, PatchTarget target) {
        AttributeDefinition attribute = target.resolved().attribute();
        AttributeDefinition sub = target.resolved().subAttribute();
        Filter filter = target.path().valueFilter().orElse(null);
        List<JsonNode> entries = read(JsonFields.get(holder, attribute.name()));
        List<JsonNode> touched;
        if (filter == null && sub == null) {
            touched = whole(entries, target, attribute);
        } else {
            touched = selected(entries, target, attribute, sub, filter);
        }
        enforceSinglePrimary(entries, touched, attribute);
        if (entries.isEmpty()) {
            JsonFields.remove(holder, attribute.name());
        } else {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            list.addAll(entries);
            JsonFields.put(holder, attribute.name(), list);
        }
    }

    /** The stored entries; a lone value where an array belongs counts as an array of one. */
    private static List<JsonNode> read(JsonNode stored) {
        List<JsonNode> entries = new ArrayList<>();
        if (stored != null && stored.isArray()) {
            stored.forEach(entries::add);
        } else if (!JsonFields.isUnassigned(stored)) {
            entries.add(stored);
        }
        return entries;
    }

    /** An operation on the attribute as a whole; returns the entries it wrote. */
    private static List<JsonNode> whole(List<JsonNode> entries, PatchTarget target, AttributeDefinition attribute) {
        List<JsonNode> touched = new ArrayList<>();
        switch (target.type()) {
            case REPLACE -> {
                entries.clear();
                append(entries, touched, target, attribute);
            }
            case ADD -> append(entries, touched, target, attribute);
            case REMOVE -> {
                if (!target.hasValue()) {
                    entries.clear();
                } else {
                    for (JsonNode given : ValueCoercion.values(attribute, target.value(), target.describe(), target.pathGiven())) {
                        Filter same = attribute.isComplex() ? EntryFilters.sameValues(given)
                                : Filter.eq(AttributePath.of("value"), given);
                        if (same != null) {
                            entries.removeIf(entry -> FilterEvaluator.matches(same, attribute, entry));
                        }
                    }
                }
            }
        }
        return touched;
    }

    private static void append(List<JsonNode> entries, List<JsonNode> touched, PatchTarget target,
                               AttributeDefinition attribute) {
        for (JsonNode given : ValueCoercion.values(attribute, target.value(), target.describe(), target.pathGiven())) {
            JsonNode entry = withoutNulls(given);
            if (JsonFields.isUnassigned(entry)) {
                continue;
            }
            JsonNode existing = entries.stream().filter(entry::equals).findFirst().orElse(null);
            if (existing == null) {
                entries.add(entry);
                touched.add(entry);
            } else {
                touched.add(existing);
            }
        }
    }

    /** An operation on the entries a filter selects (all entries without filter), or on one sub-attribute of them. */
    private static List<JsonNode> selected(List<JsonNode> entries, PatchTarget target, AttributeDefinition attribute,
                                           AttributeDefinition sub, Filter filter) {
        List<JsonNode> matches = new ArrayList<>();
        for (JsonNode entry : entries) {
            if ((entry.isObject() || !attribute.isComplex())
                    && (filter == null || FilterEvaluator.matches(filter, attribute, entry))) {
                matches.add(entry);
            }
        }
        if (target.type() == PatchOperation.Type.ADD && target.clears() && sub == null) {
            return List.of();
        }
        if (target.type() == PatchOperation.Type.REMOVE || target.clears()) {
            // remove, or a null that unassigns: a null added to a sub-attribute, or replacing whole entries.
            if (sub == null) {
                entries.removeIf(entry -> matches.stream().anyMatch(match -> match == entry));
            } else {
                matches.forEach(entry -> JsonFields.remove((ObjectNode) entry, sub.name()));
                entries.removeIf(JsonFields::isUnassigned);
            }
            return List.of();
        }
        if (!attribute.isComplex()) {
            return replaceValues(entries, matches, target, attribute);
        }
        JsonNode value = sub != null ? ValueCoercion.simple(sub, target.value(), target.describe())
                : ValueCoercion.complex(attribute, target.value(), target.describe());
        if (matches.isEmpty()) {
            matches.add(newEntry(entries, target, attribute, filter));
        }
        for (JsonNode entry : matches) {
            if (sub != null) {
                JsonFields.put((ObjectNode) entry, sub.name(), value);
            } else {
                AttributeWriter.merge((ObjectNode) entry, (ObjectNode) value, attribute, target.describe());
            }
        }
        return matches;
    }

    /** Add or replace through a value filter on a multi-valued simple attribute: the one value given in place. */
    private static List<JsonNode> replaceValues(List<JsonNode> entries, List<JsonNode> matches, PatchTarget target,
                                                AttributeDefinition attribute) {
        JsonNode value = ValueCoercion.simple(attribute, target.value(), target.describe());
        if (matches.isEmpty() && target.type() != PatchOperation.Type.ADD) {
            throw ScimException.badRequest(ScimType.NO_TARGET, "No value of '" + target.path().attribute()
                    + "' matches '" + target.describe() + "'");
        }
        int first = matches.isEmpty() ? entries.size()
                : entries.indexOf(entries.stream().filter(entry -> matches.contains(entry)).findFirst().orElseThrow());
        entries.removeIf(entry -> matches.stream().anyMatch(match -> match == entry) || entry.equals(value));
        entries.add(Math.min(first, entries.size()), value);
        return List.of(value);
    }

    /** The entry an add creates when its filter matched nothing; replace has nothing to create it from. */
    private static ObjectNode newEntry(List<JsonNode> entries, PatchTarget target, AttributeDefinition attribute,
                                       Filter filter) {
        ObjectNode template = filter == null ? JsonNodeFactory.instance.objectNode() : EntryFilters.template(filter);
        boolean createsFromFilter = target.type() == PatchOperation.Type.ADD && template != null;
        boolean createsFirst = filter == null && entries.isEmpty();
        if (!createsFromFilter && !createsFirst) {
            throw ScimException.badRequest(ScimType.NO_TARGET, "No value of '" + target.path().attribute()
                    + "' matches '" + target.describe() + "'");
        }
        // Through coercion for the canonical sub-attribute names: the filter has them as the client spelled them.
        ObjectNode entry = ValueCoercion.complex(attribute, template, target.describe());
        entries.add(entry);
        return entry;
    }

    private static void enforceSinglePrimary(List<JsonNode> entries, List<JsonNode> touched,
                                             AttributeDefinition attribute) {
        AttributeDefinition primary = attribute.subAttribute("primary").orElse(null);
        if (primary == null) {
            return;
        }
        JsonNode winner = lastPrimary(touched, primary);
        if (winner == null) {
            winner = lastPrimary(entries, primary);
        }
        for (JsonNode entry : entries) {
            if (entry != winner && isPrimary(entry, primary)) {
                JsonFields.put((ObjectNode) entry, primary.name(), BooleanNode.FALSE);
            }
        }
    }

    private static JsonNode lastPrimary(List<JsonNode> entries, AttributeDefinition primary) {
        JsonNode last = null;
        for (JsonNode entry : entries) {
            if (isPrimary(entry, primary)) {
                last = entry;
            }
        }
        return last;
    }

    private static boolean isPrimary(JsonNode entry, AttributeDefinition primary) {
        if (!entry.isObject()) {
            return false;
        }
        JsonNode value = JsonFields.get((ObjectNode) entry, primary.name());
        return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
    }

    private static JsonNode withoutNulls(JsonNode value) {
        if (value.isObject()) {
            ObjectNode copy = ((ObjectNode) value).deepCopy();
            List<String> nulls = new ArrayList<>();
            copy.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                }
            });
            copy.remove(nulls);
            return copy;
        }
        return value;
    }
}
