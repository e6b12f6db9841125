package org.kcscim.scim.store;

import org.kcscim.scim.store.MappingChange.EntryMove;
import org.kcscim.scim.store.MappingChange.EntryValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves the value of an entry's sub-attribute ({@code phoneNumbers[type eq "work"].value}) between its hidden row
 * and a user attribute, for a batch of users. The hidden row is named by the entry's index, so the batch's entry
 * rows are read first to find, per user, the first entry of the type (as {@link MappedAttributes} picks it); then
 * the users whose entry has the same index are moved by one rename.
 */
final class EntryValueMoves {

    private final UserAttributeRows rows;

    EntryValueMoves(UserAttributeRows rows) {
        this.rows = rows;
    }

    /** Out of the entries, into the user attribute; a user without such an entry value has nothing to move. */
    void toUser(EntryMove move) {
        EntryValue entry = move.entry();
        Map<String, Integer> first = firstEntries(entry, rows.startingWith(entry.entryPrefix()));
        byIndex(first).forEach((index, users) -> rows.rename(users, entry.valueRow(index), move.userAttribute()));
    }

    /**
     * Back into the first entry of the type; a user without one (the value was set in Keycloak) gets a new entry
     * of that type, last, as the directory's next write would also keep it.
     */
    void toHidden(EntryMove move) {
        EntryValue entry = move.entry();
        List<String> holders = rows.holders(move.userAttribute());
        if (holders.isEmpty()) {
            return;
        }
        List<UserAttributeRows.Row> entryRows = rows.startingWith(holders, entry.entryPrefix());
        Map<String, Integer> first = firstEntries(entry, entryRows);
        Map<String, Integer> next = nextIndexes(entry, entryRows);
        for (String user : holders) {
            if (!first.containsKey(user)) {
                int index = next.getOrDefault(user, 0);
                rows.add(user, entry.anchor(), Integer.toString(index));
                rows.add(user, entry.row(index, "type"), entry.entryType());
                first.put(user, index);
            }
        }
        byIndex(first).forEach((index, users) -> rows.rename(users, move.userAttribute(), entry.valueRow(index)));
    }

    /** Per user, the lowest index among the entries whose type is the entry value's, ignoring case. */
    private static Map<String, Integer> firstEntries(EntryValue entry, List<UserAttributeRows.Row> entryRows) {
        Map<String, Integer> first = new HashMap<>();
        for (UserAttributeRows.Row row : entryRows) {
            int index = entry.typeRowIndex(row.name());
            if (index >= 0 && row.value() != null && row.value().equalsIgnoreCase(entry.entryType())) {
                first.merge(row.userId(), index, Math::min);
            }
        }
        return first;
    }

    /** Per user, one past the highest entry index of the attribute. */
    private static Map<String, Integer> nextIndexes(EntryValue entry, List<UserAttributeRows.Row> entryRows) {
        Map<String, Integer> next = new HashMap<>();
        for (UserAttributeRows.Row row : entryRows) {
            if (row.name().equals(entry.anchor()) && row.value() != null) {
                int index = EntryValue.parseIndex(row.value());
                if (index >= 0) {
                    next.merge(row.userId(), index + 1, Math::max);
                }
            }
        }
        return next;
    }

    private static Map<Integer, List<String>> byIndex(Map<String, Integer> indexes) {
        Map<Integer, List<String>> users = new TreeMap<>();
        indexes.forEach((user, index) -> users.computeIfAbsent(index, i -> new ArrayList<>()).add(user));
        return users;
    }
}
