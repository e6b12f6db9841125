package org.kcscim.scim.store;

/** A group as a user's {@code groups} entry shows it. */
public record GroupRef(String id, String name) {
}
