package org.kcscim.scim.store.query;

import org.kcscim.scim.protocol.schema.AttributeDefinition;

import java.util.List;

/**
 * Where the values of one SCIM attribute (or sub-attribute) live in Keycloak's tables, as far as filtering and
 * sorting need to know. Decided by {@link AttributeTargets} from the schema alone, so the mapping is tested
 * without a database.
 */
sealed interface Target {

    /** How a value is compared. */
    enum Kind {
        /** Text: strings, and booleans or numbers kept as text in attribute rows. */
        TEXT,
        /** A boolean column, such as {@code enabled}. */
        BOOLEAN,
        /** A column of epoch milliseconds, such as {@code createdTimestamp}. */
        EPOCH_MILLIS,
        /** Epoch milliseconds kept as text, zero-padded to 13 digits ({@code org.kcscim.scim.store.Timestamps}). */
        STORED_MILLIS
    }

    /**
     * A column of the resource's own entity.
     *
     * @param attribute       the JPA attribute name, such as {@code username}
     * @param storedLowerCase Keycloak lower-cases the column on write (usernames, emails), so a case-insensitive
     *                        comparison needs {@code lower()} on the value only, and an index on it stays usable
     */
    record Column(String attribute, Kind kind, boolean caseExact, boolean storedLowerCase) implements Target {
    }

    /** One attribute row named {@code name} per value; an absent attribute has no row. */
    record Stored(String name, Kind kind, boolean caseExact) implements Target {
    }

    /**
     * A multi-valued complex attribute kept as entries: anchor rows named {@code anchor} whose values are entry
     * indexes, and one row per sub-attribute value named {@code entryPrefix + index + "." + subAttribute}.
     */
    record Entries(AttributeDefinition attribute, String anchor, String entryPrefix, List<MappedEntry> mapped)
            implements Target {
        public Entries {
            mapped = List.copyOf(mapped);
        }

        Entries(AttributeDefinition attribute, String anchor, String entryPrefix) {
            this(attribute, anchor, entryPrefix, List.of());
        }

        Entries withMapped(List<MappedEntry> entries) {
            return new Entries(attribute, anchor, entryPrefix, entries);
        }

        /** The mappings that keep {@code subAttribute} of some entry in a user attribute. */
        List<MappedEntry> mappedOf(String subAttribute) {
            return mapped.stream().filter(entry -> entry.subAttribute().equals(subAttribute)).toList();
        }
    }

    /**
     * A sub-attribute of the entry of one type that an attribute mapping keeps in a user-profile attribute
     * (issue 15), such as {@code phoneNumbers[type eq "work"].value} in {@code phone}: that entry's own rows lack it.
     */
    record MappedEntry(String entryType, String subAttribute, String userAttribute) {
    }

    /** Rows of Keycloak's group membership table. */
    record Membership(Side side) implements Target {
    }

    /** A singular complex attribute, present when any of its parts is; only {@code pr} applies to it. */
    record AnyOf(List<Target> parts) implements Target {
        public AnyOf {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A value every resource of the kind has and no row holds, such as {@code meta.resourceType}: a comparison with
     * it is decided before the query runs ({@link ConstantComparison}).
     */
    record Constant(String value, boolean caseExact) implements Target {
    }

    /** Which end of a membership row the resource is at. */
    enum Side {
        /** A group's {@code members}: rows whose group is the group, compared by user id. */
        MEMBERS,
        /** A user's {@code groups}: rows whose user is the user, compared by group id (or group name). */
        GROUPS
    }
}
