package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.schema.CoreSchemas;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.keycloak.models.GroupModel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Keycloak group to the SCIM Group resource and back. displayName is the group name; members are
 * Keycloak memberships and never pass through here on writes (they change row by row, see the group store).
 */
public final class GroupMapper {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final AttributeCodec CODEC = new AttributeCodec(ResourceTypeDefinition.GROUP,
            Set.of("id", "meta", "displayName", "members"));

    private GroupMapper() {
    }

    /**
     * The resource as GET returns it. {@code members} is null when the client excluded them: they are then not
     * read at all. The version covers the revision counter, which every membership change bumps, so it changes
     * with the members without reading them.
     */
    public static ObjectNode render(GroupModel group, List<MemberRef> members, ScimUrls urls) {
        Map<String, List<String>> attributes = group.getAttributes();
        ObjectNode stored = CODEC.decode(attributes);
        ObjectNode resource = JSON.objectNode();
        resource.putArray("schemas").add(CoreSchemas.GROUP_URN);
        resource.put("id", group.getId());
        if (stored.has("externalId")) {
            resource.set("externalId", stored.get("externalId"));
        }
        resource.put("displayName", group.getName());

        ObjectNode versioned = resource.deepCopy();
        versioned.put("revision", group.getFirstAttribute(StoredNames.REVISION));
        String version = ResourceVersion.of(versioned);

        if (members != null && !members.isEmpty()) {
            // RFC 7643 §2.5: no members is the same state as unassigned, and strict clients expect it omitted
            ArrayNode array = resource.putArray("members");
            for (MemberRef member : members) {
                array.addObject().put("value", member.id()).put("$ref", urls.user(member.id()))
                        .put("display", member.display()).put("type", "User");
            }
        }
        long created = Timestamps.parse(group.getFirstAttribute(StoredNames.CREATED), 0);
        long lastModified = Timestamps.parse(group.getFirstAttribute(StoredNames.LAST_MODIFIED), created);
        ObjectNode meta = resource.putObject("meta");
        meta.put("resourceType", "Group");
        meta.put("created", Timestamps.iso(created));
        meta.put("lastModified", Timestamps.iso(lastModified));
        meta.put("location", urls.group(group.getId()));
        meta.put("version", version);
        return resource;
    }

    /** Writes name and stored attributes with replace semantics and marks the group changed. */
    public static void write(GroupModel group, ObjectNode resource, long now) {
        String name = resource.path("displayName").asText();
        if (!name.equals(group.getName())) {
            group.setName(name);
        }
        Map<String, List<String>> encoded = CODEC.encode(resource);
        group.getAttributes().keySet().stream()
                .filter(key -> CODEC.writes(key) && !encoded.containsKey(key))
                .toList()
                .forEach(group::removeAttribute);
        encoded.forEach(group::setAttribute);
        touch(group, now);
    }

    /** Records a change: a new revision (hence a new version) and the modification time. */
    public static void touch(GroupModel group, long now) {
        long revision = Timestamps.parse(group.getFirstAttribute(StoredNames.REVISION), 0);
        group.setSingleAttribute(StoredNames.REVISION, Long.toString(revision + 1));
        group.setSingleAttribute(StoredNames.LAST_MODIFIED, Timestamps.stored(now));
    }

}
