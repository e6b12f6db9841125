package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PATCH (RFC 7644 §3.5.2) turns a resource into, for the store to persist.
 * <ul>
 *   <li>{@link #resource()}: the resource after every operation, attribute names spelled as the schemas spell
 *       them. For a group it never contains member changes: those are {@link #membershipChanges()}, and the
 *       group's {@code members} in the resource are whatever the input held, untouched.</li>
 *   <li>{@code password} is writeOnly (RFC 7643 §4.1.1): when a PATCH sets it, it is in {@link #resource()} as the
 *       client sent it. The store must take it out, set the Keycloak credential from {@link #password()} under
 *       the realm's password policy, and never store or return it. The input resource never has one (it is never
 *       returned), so a present password is always a new one.</li>
 * </ul>
 */
public final class PatchResult {

    private final ObjectNode resource;
    private final List<MembershipChange> membershipChanges;
    private final String password;

    /**
     * @param resource          the new resource, a modified copy of the input
     * @param membershipChanges for the Group type, the changes to its members in operation order; otherwise empty
     */
    public PatchResult(ObjectNode resource, List<MembershipChange> membershipChanges) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.membershipChanges = List.copyOf(membershipChanges);
        // Read now, so that the store may remove it from the resource before or after asking for it.
        JsonNode written = JsonFields.get(resource, "password");
        this.password = written != null && written.isTextual() ? written.textValue() : null;
    }

    /** The patched resource; the store may modify it (removing {@code password}, say). */
    public ObjectNode resource() {
        return resource;
    }

    /** The membership changes, in operation order; empty for users and for group PATCHes that leave members be. */
    public List<MembershipChange> membershipChanges() {
        return membershipChanges;
    }

    /** The password the PATCH set, if any, as it was when the result was built. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }
}
