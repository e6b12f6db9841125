package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.patch.PatchEngine;
import org.kcscim.scim.protocol.patch.PatchRequest;
import org.kcscim.scim.protocol.patch.PatchResult;
import org.kcscim.scim.protocol.resource.ResourceReader;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.keycloak.models.GroupModel;

import java.util.List;
import java.util.function.Supplier;

/**
 * The writes on {@code /Groups} (RFC 7644 §3.3, §3.5, §3.6), whether they come as requests of their own
 * ({@link GroupsEndpoint}) or as operations of a bulk request. Callers render the result as their response needs.
 * <p>
 * The body of a PUT or PATCH is read only once the group is found and the expected version matches: a request that
 * is wrong in several ways answers 404, then 412, then 400, the order the endpoints always had.
 */
public final class GroupOperations {

    private static final ResourceTypeDefinition TYPE = ResourceTypeDefinition.GROUP;

    private GroupOperations() {
    }

    public static GroupModel create(ScimSession scim, JsonNode body) {
        ResourceReader.Read read = ResourceReader.read(body, TYPE);
        return scim.groups().create(read.resource(), members(read));
    }

    /** @param ifMatch the expected version ({@code If-Match}), or null for any */
    public static GroupModel replace(ScimSession scim, String id, String ifMatch, Supplier<JsonNode> body) {
        GroupModel group = scim.groups().requireForWrite(id);
        Preconditions.requireMatch(ifMatch, scim.groups().render(group, false));
        ResourceReader.Read read = ResourceReader.read(body.get(), TYPE);
        scim.groups().replace(group, read.resource(), members(read));
        return group;
    }

    /**
     * Member changes come out of the engine as row changes; the group's own attributes as a patched copy of the
     * resource rendered without members, so the member list is never read to apply a PATCH.
     *
     * @param ifMatch the expected version ({@code If-Match}), or null for any
     */
    public static GroupModel patch(ScimSession scim, String id, String ifMatch, Supplier<JsonNode> body) {
        GroupModel group = scim.groups().requireForWrite(id);
        ObjectNode current = scim.groups().render(group, false);
        Preconditions.requireMatch(ifMatch, current);
        PatchResult result = PatchEngine.apply(Preconditions.withoutServerAttributes(current),
                PatchRequest.parse(body.get(), TYPE), TYPE);
        scim.groups().update(group, result.resource(), result.membershipChanges());
        return group;
    }

    /** @param ifMatch the expected version ({@code If-Match}), or null for any */
    public static void delete(ScimSession scim, String id, String ifMatch) {
        GroupModel group = scim.groups().requireForWrite(id);
        Preconditions.requireMatch(ifMatch, scim.groups().render(group, false));
        scim.groups().delete(group);
    }

    /** PUT and POST replace the member list: an absent {@code members} means no members. */
    private static List<String> members(ResourceReader.Read read) {
        return read.memberIds() == null ? List.of() : read.memberIds();
    }
}
