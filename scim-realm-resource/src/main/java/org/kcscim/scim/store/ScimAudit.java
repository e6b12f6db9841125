package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.config.ScimConfiguration;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Records every change made through SCIM as a Keycloak admin event, so that the admin console's "Admin events"
 * answers "who changed this user": the details name the SCIM configuration. There is no administrator behind a
 * SCIM request, so the event is built here rather than with Keycloak's admin-request event builder.
 */
public final class ScimAudit {

    public static final String DETAIL_CONFIGURATION_ID = "scimConfigurationId";
    public static final String DETAIL_CONFIGURATION_NAME = "scimConfigurationName";
    /** The resource types SCIM changes are recorded under. */
    public static final ResourceType[] RESOURCE_TYPES =
            {ResourceType.USER, ResourceType.GROUP, ResourceType.GROUP_MEMBERSHIP};

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ScimConfiguration configuration;

    public ScimAudit(KeycloakSession session, RealmModel realm, ScimConfiguration configuration) {
        this.session = session;
        this.realm = realm;
        this.configuration = configuration;
    }

    /**
     * @param representation the resource after the change, or null; only computed when the realm keeps the
     *                       events' representations
     */
    public void record(OperationType operation, ResourceType resourceType, String resourcePath,
                       Supplier<? extends JsonNode> representation) {
        if (!realm.isAdminEventsEnabled() && realm.getEventsListenersStream().findAny().isEmpty()) {
            return;
        }
        AdminEvent event = new AdminEvent();
        event.setId(UUID.randomUUID().toString());
        event.setTime(System.currentTimeMillis());
        event.setRealmId(realm.getId());
        event.setRealmName(realm.getName());
        event.setOperationType(operation);
        event.setResourceType(resourceType);
        event.setResourcePath(resourcePath);
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setRealmName(realm.getName());
        auth.setIpAddress(session.getContext().getConnection().getRemoteAddr());
        event.setAuthDetails(auth);
        Map<String, String> details = new LinkedHashMap<>();
        details.put(DETAIL_CONFIGURATION_ID, configuration.id());
        details.put(DETAIL_CONFIGURATION_NAME, configuration.name());
        event.setDetails(details);
        if (representation != null && realm.isAdminEventsDetailsEnabled()) {
            event.setRepresentation(representation.get().toString());
        }
        if (realm.isAdminEventsEnabled()) {
            EventStoreProvider store = session.getProvider(EventStoreProvider.class);
            if (store != null) {
                store.onEvent(event, realm.isAdminEventsDetailsEnabled());
            }
        }
        realm.getEventsListenersStream().forEach(id -> {
            EventListenerProvider listener = session.getProvider(EventListenerProvider.class, id);
            if (listener != null) {
                listener.onEvent(event, realm.isAdminEventsDetailsEnabled());
            }
        });
    }
}
