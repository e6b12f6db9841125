package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.schema.CoreSchemas;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;
import org.keycloak.models.UserModel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Keycloak user to the SCIM User resource and back. Native fields: userName (username), name.givenName
 * (first name), name.familyName (last name), the primary email (email) and active (enabled); the rest is kept in
 * attributes by {@link AttributeCodec}. Reading the native fields live is what makes edits made in the admin
 * console visible through SCIM.
 */
public final class UserMapper {

    /** Keeps the userName as the directory wrote it: Keycloak lower-cases usernames. */
    static final String USER_NAME = StoredNames.PREFIX + "userName";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> NOT_STORED = Set.of("id", "meta", "userName", "active", "password", "groups",
            "name.givenName", "name.familyName", "manager.$ref", "manager.displayName");

    private final ResourceTypeDefinition type;
    private final AttributeCodec codec;
    private final MappedAttributes mapped;

    /** @param type the configuration's User type, with its extensions; {@code mapped} its attribute mappings */
    public UserMapper(ResourceTypeDefinition type, MappedAttributes mapped) {
        this.type = type;
        this.codec = new AttributeCodec(type, NOT_STORED);
        this.mapped = mapped;
    }

    /** The resource as GET returns it, with {@code meta}; {@code groups} lists the groups given. */
    public ObjectNode render(UserModel user, List<GroupRef> groups, ScimUrls urls) {
        Map<String, List<String>> attributes = user.getAttributes();
        ObjectNode stored = codec.decode(attributes);
        mapped.restore(stored, attributes);

        ObjectNode resource = JSON.objectNode();
        ArrayNode schemas = resource.putArray("schemas").add(CoreSchemas.USER_URN);
        resource.put("id", user.getId());
        copy(stored, resource, "externalId");
        resource.put("userName", userName(user, attributes));
        ObjectNode name = stored.get("name") instanceof ObjectNode storedName ? storedName : JSON.objectNode();
        putIfPresent(name, "givenName", user.getFirstName());
        putIfPresent(name, "familyName", user.getLastName());
        if (!name.isEmpty()) {
            resource.set("name", name);
        }
        resource.put("active", user.isEnabled());
        stored.fieldNames().forEachRemaining(field -> {
            if (!resource.has(field) && type.extensions().stream().noneMatch(e -> e.id().equals(field))) {
                resource.set(field, stored.get(field));
            }
        });
        withNativeEmail(resource, user.getEmail());
        if (!groups.isEmpty()) {
            ArrayNode array = resource.putArray("groups");
            for (GroupRef group : groups) {
                array.addObject().put("value", group.id()).put("$ref", urls.group(group.id()))
                        .put("display", group.name()).put("type", "direct");
            }
        }
        for (SchemaDefinition schema : type.extensions()) {
            if (stored.get(schema.id()) instanceof ObjectNode extension && !extension.isEmpty()) {
                if (extension.get("manager") instanceof ObjectNode manager && manager.hasNonNull("value")) {
                    manager.put("$ref", urls.user(manager.get("value").asText()));
                }
                schemas.add(schema.id());
                resource.set(schema.id(), extension);
            }
        }

        long created = user.getCreatedTimestamp() == null ? 0 : user.getCreatedTimestamp();
        long lastModified = Timestamps.parse(user.getFirstAttribute(StoredNames.LAST_MODIFIED), created);
        String version = ResourceVersion.of(resource);
        ObjectNode meta = resource.putObject("meta");
        meta.put("resourceType", "User");
        meta.put("created", Timestamps.iso(created));
        meta.put("lastModified", Timestamps.iso(lastModified));
        meta.put("location", urls.user(user.getId()));
        meta.put("version", version);
        return resource;
    }

    /**
     * Writes every SCIM-controlled field of {@code user} from {@code resource}, with replace semantics: what
     * the resource leaves out is cleared. The password is not part of this; the caller sets it.
     */
    public void write(UserModel user, ObjectNode resource, long now) {
        String userName = resource.path("userName").asText();
        user.setUsername(userName);
        user.setSingleAttribute(USER_NAME, userName);
        JsonNode name = resource.path("name");
        user.setFirstName(textOrNull(name.get("givenName")));
        user.setLastName(textOrNull(name.get("familyName")));
        user.setEnabled(!resource.path("active").isBoolean() || resource.path("active").booleanValue());
        String email = primaryEmail(resource.path("emails"));
        user.setEmail(email);
        if (email != null) {
            // The directory is the authority on its people's addresses
            user.setEmailVerified(true);
        }

        ObjectNode unmapped = resource.deepCopy();
        Map<String, List<String>> profileValues = mapped.extract(unmapped);
        Map<String, List<String>> encoded = codec.encode(unmapped);
        user.getAttributes().keySet().stream()
                .filter(key -> codec.writes(key) && !encoded.containsKey(key))
                .toList()
                .forEach(user::removeAttribute);
        encoded.forEach(user::setAttribute);
        profileValues.forEach((attribute, values) -> {
            if (values.isEmpty()) {
                user.removeAttribute(attribute);
            } else if (!values.equals(user.getAttributes().get(attribute))) {
                user.setAttribute(attribute, values);
            }
        });
        user.setSingleAttribute(StoredNames.LAST_MODIFIED, Timestamps.stored(now));
    }

    /** The primary email, or the first one when none is marked primary. */
    static String primaryEmail(JsonNode emails) {
        if (!emails.isArray() || emails.isEmpty()) {
            return null;
        }
        for (JsonNode email : emails) {
            if (email.path("primary").asBoolean(false) && email.hasNonNull("value")) {
                return email.get("value").asText();
            }
        }
        JsonNode first = emails.get(0).get("value");
        return first == null || first.isNull() ? null : first.asText();
    }

    /** The console may have changed the email: the primary entry shows Keycloak's value. */
    private static void withNativeEmail(ObjectNode resource, String nativeEmail) {
        if (nativeEmail == null) {
            return;
        }
        JsonNode emails = resource.get("emails");
        if (emails instanceof ArrayNode array && !array.isEmpty()) {
            ObjectNode primary = null;
            for (JsonNode email : array) {
                if (email.path("primary").asBoolean(false)) {
                    primary = (ObjectNode) email;
                }
            }
            if (primary == null) {
                primary = (ObjectNode) array.get(0);
            }
            if (!nativeEmail.equalsIgnoreCase(primary.path("value").asText())) {
                primary.put("value", nativeEmail);
            }
        } else {
            resource.putArray("emails").addObject().put("value", nativeEmail).put("primary", true);
        }
    }

    private static String userName(UserModel user, Map<String, List<String>> attributes) {
        List<String> original = attributes.get(USER_NAME);
        if (original != null && !original.isEmpty() && original.get(0).equalsIgnoreCase(user.getUsername())) {
            return original.get(0);
        }
        return user.getUsername();
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field));
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        } else {
            node.remove(field);
        }
    }

    private static String textOrNull(JsonNode value) {
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }
}
