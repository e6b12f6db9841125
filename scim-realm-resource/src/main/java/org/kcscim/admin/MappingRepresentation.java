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
import java.util.Comparator;
import java.util.Objects;

/** The JSON of a mapping in the admin REST API; groups and accounts by name, and only those that still exist. */
final class MappingRepresentation {

    private MappingRepresentation() {
    }

    /** Lists come back sorted: Keycloak keeps a component's multi-valued config without order. */
    static ObjectNode of(Mapping mapping, KeycloakSession session, RealmModel home) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", mapping.id());
        json.put("name", mapping.name());
        json.put("configurationId", mapping.configurationId());
        ArrayNode groups = json.putArray("groups");
        mapping.settings().groupIds().stream()
                .map(id -> session.groups().getGroupById(home, id))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(GroupModel::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(group -> groups.add(group(group)));
        mapping.settings().roles().stream().sorted().forEach(json.putArray("roles")::add);
        ArrayNode accounts = json.putArray("accounts");
        mapping.settings().accountRealmIds().stream()
                .map(id -> session.realms().getRealm(id))
                .filter(Objects::nonNull)
                .map(RealmModel::getName)
                .sorted()
                .forEach(accounts::add);
        ArrayNode means = json.putArray("means");
        // local first, then the identity providers by alias
        mapping.settings().means().stream().map(AuthMeans::toString)
                .sorted(Comparator.comparing((String text) -> !text.equals("local")).thenComparing(text -> text))
                .forEach(means::add);
        json.put("createdAt", Instant.ofEpochMilli(mapping.createdAt()).toString());
        json.put("updatedAt", Instant.ofEpochMilli(mapping.updatedAt()).toString());
        return json;
    }

    static ObjectNode group(GroupModel group) {
        return JsonNodeFactory.instance.objectNode().put("id", group.getId()).put("name", group.getName());
    }
}
