package org.kcscim.scim.protocol.patch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One change to the members of a group, produced by a PATCH on {@code members} (RFC 7644 §3.5.2) instead of an
 * edited member list, so that the store applies it as single-row inserts and deletes and never reads or rewrites
 * the whole list: two concurrent PATCHes on one group then cannot lose each other's members.
 * <p>
 * The store applies the changes of a {@link PatchResult} in order:
 * <ul>
 *   <li>{@link Kind#ADD}: make each id a member; an id that already is one is left alone;</li>
 *   <li>{@link Kind#REMOVE}: remove each id; an id that is no member is ignored (a remove is idempotent);</li>
 *   <li>{@link Kind#REMOVE_ALL}: remove every member;</li>
 *   <li>{@link Kind#REPLACE_ALL}: afterwards the members are exactly {@link #memberIds()} (possibly none).</li>
 * </ul>
 * The ids are SCIM ids of users as the client sent them, without duplicates, in the client's order; whether they
 * exist and may be seen by the caller is the store's question.
 *
 * @param kind      what to do
 * @param memberIds the users concerned; empty for {@link Kind#REMOVE_ALL}
 */
public record MembershipChange(Kind kind, List<String> memberIds) {

    /** The four shapes a membership PATCH can take. */
    public enum Kind {
        ADD,
        REMOVE,
        REMOVE_ALL,
        REPLACE_ALL
    }

    public MembershipChange {
        Objects.requireNonNull(kind, "kind");
        memberIds = List.copyOf(new LinkedHashSet<>(memberIds));
        if (kind == Kind.REMOVE_ALL && !memberIds.isEmpty()) {
            throw new IllegalArgumentException("REMOVE_ALL takes no member ids");
        }
    }

    public static MembershipChange add(List<String> memberIds) {
        return new MembershipChange(Kind.ADD, memberIds);
    }

    public static MembershipChange remove(List<String> memberIds) {
        return new MembershipChange(Kind.REMOVE, memberIds);
    }

    public static MembershipChange removeAll() {
        return new MembershipChange(Kind.REMOVE_ALL, List.of());
    }

    public static MembershipChange replaceAll(List<String> memberIds) {
        return new MembershipChange(Kind.REPLACE_ALL, memberIds);
    }
}
