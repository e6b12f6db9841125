package org.kcscim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Records the admin events of one kind of object of the admin REST API, at
 * {@code provisioning/<collection>/<id>[/<action>]}. Configurations and mappings are components, hence the
 * default resource type.
 */
final class AdminAudit {

    private final KeycloakSession session;
    private final AdminEventBuilder adminEvent;
    private final String collection;

    AdminAudit(KeycloakSession session, AdminEventBuilder adminEvent, String collection) {
        this(session, adminEvent, ResourceType.COMPONENT, collection);
    }

    AdminAudit(KeycloakSession session, AdminEventBuilder adminEvent, ResourceType type, String collection) {
        this.session = session;
        this.adminEvent = adminEvent.resource(type);
        this.collection = collection;
    }

    /** @param representation what to record, never a secret; null for none */
    void record(OperationType operation, JsonNode representation, String... path) {
        String[] full = new String[path.length + 2];
        full[0] = "provisioning";
        full[1] = collection;
        System.arraycopy(path, 0, full, 2, path.length);
        AdminEventBuilder event = adminEvent.clone(session).operation(operation).resourcePath(full);
        if (representation != null) {
            event.representation(representation);
        }
        event.success();
    }
}
