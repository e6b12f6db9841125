package org.kcscim.scim.store;

/** A user as a group's {@code members} entry shows it. */
public record MemberRef(String id, String display) {
}
