package org.kcscim.scim.store;

import org.kcscim.config.MappedPath;
import org.kcscim.config.ScimConfiguration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a change of a configuration's attribute mappings moves in its users' stored values (issue 15): rows that
 * only change name (a singular value between its hidden row and a user attribute, or between two user attributes),
 * and values going out of, or back into, an entry of a multi-valued attribute. Pure: worked out from the two
 * versions of the configuration alone.
 *
 * @param renames  old row name to new row name
 * @param toUser   entry values that a mapping now keeps in a user attribute
 * @param toHidden entry values whose mapping was removed, going back into their entry
 */
public record MappingChange(Map<String, String> renames, List<EntryMove> toUser, List<EntryMove> toHidden) {

    /**
     * The value of one sub-attribute in the first entry of one type, such as {@code phoneNumbers[type eq
     * "work"].value}, as the hidden rows name it: an anchor row per entry whose value is the entry's index, and a row
     * per sub-attribute named {@code entryPrefix + index + "." + sub}.
     */
    public record EntryValue(String anchor, String entryPrefix, String entryType, String subAttribute) {

        /** The row of the sub-attribute {@code name} of the entry at {@code index}. */
        public String row(int index, String name) {
            return entryPrefix + index + "." + name;
        }

        public String valueRow(int index) {
            return row(index, subAttribute);
        }

        /** The index in {@code rowName} when it names the {@code type} row of an entry, or -1. */
        public int typeRowIndex(String rowName) {
            String suffix = ".type";
            if (!rowName.startsWith(entryPrefix) || !rowName.endsWith(suffix)) {
                return -1;
            }
            return parseIndex(rowName.substring(entryPrefix.length(), rowName.length() - suffix.length()));
        }

        static int parseIndex(String text) {
            if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            return Integer.parseInt(text);
        }
    }

    /** An entry value and the user attribute it moves to or from. */
    public record EntryMove(EntryValue entry, String userAttribute) {
    }

    public MappingChange {
        renames = Map.copyOf(renames);
        toUser = List.copyOf(toUser);
        toHidden = List.copyOf(toHidden);
    }

    public static MappingChange between(ScimConfiguration before, ScimConfiguration after) {
        Map<String, String> renames = renames(rowHomes(before), rowHomes(after));
        Map<EntryValue, String> oldEntries = entryHomes(before);
        Map<EntryValue, String> newEntries = entryHomes(after);
        List<EntryMove> toUser = new ArrayList<>();
        List<EntryMove> toHidden = new ArrayList<>();
        newEntries.forEach((entry, attribute) -> {
            String old = oldEntries.get(entry);
            if (old == null) {
                toUser.add(new EntryMove(entry, attribute));
            } else if (!old.equals(attribute)) {
                renames.put(old, attribute);
            }
        });
        oldEntries.forEach((entry, attribute) -> {
            if (!newEntries.containsKey(entry)) {
                toHidden.add(new EntryMove(entry, attribute));
            }
        });
        return new MappingChange(renames, toUser, toHidden);
    }

    public boolean isEmpty() {
        return renames.isEmpty() && toUser.isEmpty() && toHidden.isEmpty();
    }

    /** How many mapped values change home. */
    public int size() {
        return renames.size() + toUser.size() + toHidden.size();
    }

    private static Map<String, String> renames(Map<String, String> oldHome, Map<String, String> newHome) {
        Map<String, String> renames = new LinkedHashMap<>();
        newHome.forEach((hidden, attribute) -> {
            String from = oldHome.getOrDefault(hidden, hidden);
            if (!from.equals(attribute)) {
                renames.put(from, attribute);
            }
        });
        oldHome.forEach((hidden, attribute) -> {
            if (!newHome.containsKey(hidden)) {
                renames.put(attribute, hidden);
            }
        });
        return renames;
    }

    /** For each mapped singular value: its hidden row name to the user attribute that holds it instead. */
    private static Map<String, String> rowHomes(ScimConfiguration configuration) {
        Map<String, String> homes = new LinkedHashMap<>();
        for (MappedAttributes.Mapped mapped : MappedAttributes.of(configuration).all()) {
            MappedPath path = mapped.path();
            if (!path.isEntry()) {
                String hidden = path.sub() == null ? StoredNames.singular(path.schema(), path.attribute())
                        : StoredNames.subOfSingular(path.schema(), path.attribute(), path.sub());
                homes.put(hidden, mapped.userAttribute());
            }
        }
        return homes;
    }

    /** For each mapped entry value: the user attribute that holds it. Entry types compare ignoring case. */
    private static Map<EntryValue, String> entryHomes(ScimConfiguration configuration) {
        Map<EntryValue, String> homes = new LinkedHashMap<>();
        for (MappedAttributes.Mapped mapped : MappedAttributes.of(configuration).all()) {
            MappedPath path = mapped.path();
            if (path.isEntry()) {
                homes.put(new EntryValue(StoredNames.anchor(path.schema(), path.attribute()),
                        StoredNames.entryPrefix(path.schema(), path.attribute()),
                        path.entryType().toLowerCase(Locale.ROOT), path.sub().name()), mapped.userAttribute());
            }
        }
        return homes;
    }
}
