package org.kcscim.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.mapping.AuthMeans;
import org.kcscim.mapping.Mapping;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.time.Instant;
import java.util.Objects;

/** The JSON of a mapping in the admin REST API; groups and accounts by name, and only those that still exist. */
final class MappingRepresentation {

    private MappingRepresentation() {
    }

    static ObjectNode of(Mapping mapping, KeycloakSession session, RealmModel home) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", mapping.id());
        json.put("name", mapping.name());
        json.put("configurationId", mapping.configurationId());
        ArrayNode groups = json.putArray("groups");
        mapping.settings().groupIds().stream()
                .map(id -> session.groups().getGroupById(home, id))
                .filter(Objects::nonNull)
                .forEach(group -> groups.add(group(group)));
        mapping.settings().roles().forEach(json.putArray("roles")::add);
        ArrayNode accounts = json.putArray("accounts");
        mapping.settings().accountRealmIds().stream()
                .map(id -> session.realms().getRealm(id))
                .filter(Objects::nonNull)
                .forEach(realm -> accounts.add(realm.getName()));
        ArrayNode means = json.putArray("means");
        mapping.settings().means().stream().map(AuthMeans::toString).forEach(means::add);
        json.put("createdAt", Instant.ofEpochMilli(mapping.createdAt()).toString());
        json.put("updatedAt", Instant.ofEpochMilli(mapping.updatedAt()).toString());
        return json;
    }

    static ObjectNode group(GroupModel group) {
        return JsonNodeFactory.instance.objectNode().put("id", group.getId()).put("name", group.getName());
    }
}
