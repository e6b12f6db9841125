package org.kcscim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.persistence.EntityManager;
import org.kcscim.activity.ActivityEntry;
import org.kcscim.activity.ConfigurationActivity;
import org.kcscim.mapping.Mapping;
import org.kcscim.mapping.MappingReconciler;
import org.kcscim.mapping.MappingStore;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.store.query.GroupMemberQuery;
import org.kcscim.scim.store.query.GroupQuery;
import org.kcscim.scim.store.query.SortRequest;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.GroupModel;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kcscim.config.ApiKey;
import org.kcscim.config.ConfigurationSettings;
import org.kcscim.config.KeyUsage;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.ScimConfigurationStore;
import org.kcscim.config.UserDeleteAction;
import org.kcscim.scim.endpoint.ScimBaseUrl;
import org.kcscim.scim.store.StoredValueMigration;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.userprofile.UserProfileProvider;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /admin/realms/{realm}/provisioning/configurations}: SCIM configurations of the realm and their keys.
 * Reads need view-realm, writes manage-realm; every write is an admin event without the key.
 */
public class ConfigurationsAdminResource {

    /** A rotation may keep the old key working for at most this long. */
    static final long MAX_GRACE_SECONDS = 30L * 24 * 3600;
    static final int DEFAULT_ACTIVITY = 50;
    static final int MAX_ACTIVITY = 200;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminAudit audit;
    private final ScimConfigurationStore store;
    private final AccountRealms accounts;

    public ConfigurationsAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                                       AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.audit = new AdminAudit(session, adminEvent, "configurations");
        this.store = new ScimConfigurationStore(session, realm);
        this.accounts = new AccountRealms(session, realm);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        auth.realm().requireViewRealm();
        long now = System.currentTimeMillis();
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        List<ScimConfiguration> configurations = store.list();
        Map<String, Long> lastUses = KeyUsage.of(session)
                .lastUses(configurations.stream().map(ScimConfiguration::id).toList());
        configurations.forEach(configuration -> list.add(
                representation(configuration, lastUses.getOrDefault(configuration.id(), 0L), now)));
        return Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        auth.realm().requireViewRealm();
        return AdminResponses.respond(session, () ->
                Response.ok(representation(existing(id), System.currentTimeMillis()), MediaType.APPLICATION_JSON_TYPE)
                        .build());
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        auth.realm().requireManageRealm();
        return AdminResponses.respond(session, () -> {
            ConfigurationInput input = ConfigurationInput.parse(body);
            String name = input.name().orElseThrow(() -> AdminProblem.invalid("name", "Is required"));
            ConfigurationSettings settings = new ConfigurationSettings(
                    name,
                    input.accounts().map(accounts::idsOf).orElseGet(accounts::defaultIds),
                    input.active().orElse(true),
                    input.adoptExistingUsers().orElse(false),
                    input.userDeleteAction().orElse(UserDeleteAction.DELETE),
                    input.schemaExtensions().orElse(List.of()),
                    input.attributeMappings().orElse(List.of()));
            requireValidAttributeSettings(settings);
            requireUniqueName(name, null);

            ScimConfigurationStore.Created created = store.create(settings);
            ObjectNode representation = representation(created.configuration(), System.currentTimeMillis());
            audit.record(OperationType.CREATE, representation, created.configuration().id());
            URI location = session.getContext().getUri().getAbsolutePathBuilder()
                    .path(created.configuration().id()).build();
            return Response.created(location)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ConfigurationRepresentation.withKey(representation, created.apiKey()))
                    .build();
        });
    }

    /** Changes the fields present in the body; absent fields keep their values, as in Keycloak's own API. */
    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, String body) {
        auth.realm().requireManageRealm();
        return AdminResponses.respond(session, () -> {
            ScimConfiguration existing = existing(id);
            ConfigurationInput input = ConfigurationInput.parse(body);
            ConfigurationSettings current = existing.settings();
            ConfigurationSettings settings = new ConfigurationSettings(
                    input.name().orElse(current.name()),
                    input.accounts().map(accounts::idsOf).orElse(current.accountRealmIds()),
                    input.active().orElse(current.active()),
                    input.adoptExistingUsers().orElse(current.adoptExistingUsers()),
                    input.userDeleteAction().orElse(current.userDeleteAction()),
                    input.schemaExtensions().orElse(current.schemaExtensions()),
                    input.attributeMappings().orElse(current.attributeMappings()));
            requireValidAttributeSettings(settings);
            requireUniqueName(settings.name(), existing.id());

            ScimConfiguration updated = store.update(existing, settings);
            new StoredValueMigration(session).migrate(existing, updated);
            ObjectNode representation = representation(updated, System.currentTimeMillis());
            audit.record(OperationType.UPDATE, representation, updated.id());
            return Response.ok(representation, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    /** Deleting a configuration revokes its key at once. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        auth.realm().requireManageRealm();
        return AdminResponses.respond(session, () -> {
            ScimConfiguration existing = existing(id);
            // Its mappings go first, so that the roles they granted are taken back
            MappingStore mappings = new MappingStore(session, realm);
            MappingReconciler reconciler = new MappingReconciler(session, realm);
            reconciler.lock(mappings.of(existing.id()).stream().flatMap(m -> m.settings().groupIds().stream()).toList());
            for (Mapping mapping : mappings.of(existing.id())) {
                mappings.delete(mapping);
                reconciler.reconcile(mapping.settings().groupIds());
            }
            store.delete(existing);
            audit.record(OperationType.DELETE, null, existing.id());
            return Response.noContent().build();
        });
    }

    /**
     * Generates a new key and returns it, the only time it is ever shown. With {@code graceSeconds} the previous
     * key keeps working that long, so that the directory can be switched over without failed requests.
     */
    @POST
    @Path("{id}/api-key")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rotateKey(@PathParam("id") String id, String body) {
        auth.realm().requireManageRealm();
        return AdminResponses.respond(session, () -> {
            ScimConfiguration existing = existing(id);
            long graceSeconds = graceSeconds(ConfigurationInput.readObject(body));
            ApiKey key = store.rotateKey(existing, graceSeconds);
            ScimConfiguration rotated = existing(id);
            ObjectNode representation = representation(rotated, System.currentTimeMillis());
            audit.record(OperationType.ACTION, JsonNodeFactory.instance.objectNode().put("graceSeconds", graceSeconds),
                    id, "api-key");
            return Response.ok(ConfigurationRepresentation.withKey(representation, key), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        });
    }

    /**
     * The configuration's recent activity, newest first: what its directory changed, and the sign-ins refused to
     * its users. Reading events needs Keycloak's view-events as well.
     */
    @GET
    @Path("{id}/activity")
    @Produces(MediaType.APPLICATION_JSON)
    public Response activity(@PathParam("id") String id, @QueryParam("max") Integer max) {
        auth.realm().requireViewRealm();
        auth.realm().requireViewEvents();
        return AdminResponses.respond(session, () -> {
            ScimConfiguration configuration = existing(id);
            int limit = max == null ? DEFAULT_ACTIVITY : max;
            if (limit < 1 || limit > MAX_ACTIVITY) {
                throw AdminProblem.invalid("max", "Must be between 1 and " + MAX_ACTIVITY);
            }
            EventStoreProvider events = session.getProvider(EventStoreProvider.class);
            List<ActivityEntry> entries = new ConfigurationActivity(events, realm).recent(configuration, limit);
            return Response.ok(entries, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    /**
     * The groups this configuration provisioned, for the mapping screen's group picker: {@code search} is a
     * case-insensitive part of the name; ordered by name, paged in the database.
     */
    @GET
    @Path("{id}/groups")
    @Produces(MediaType.APPLICATION_JSON)
    public Response groups(@PathParam("id") String id, @QueryParam("search") String search,
                           @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        auth.realm().requireViewRealm();
        return AdminResponses.respond(session, () -> {
            ScimConfiguration configuration = existing(id);
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            GroupQuery query = new GroupQuery(em, realm.getId(), configuration.id());
            Filter filter = search == null || search.isBlank() ? null
                    : Filter.co(AttributePath.of("displayName"), search.strip());
            int offset = first == null ? 0 : Math.max(0, first);
            int limit = max == null ? 20 : Math.max(0, Math.min(max, 100));
            GroupMemberQuery members = new GroupMemberQuery(em);
            ObjectNode page = JsonNodeFactory.instance.objectNode();
            page.put("total", query.count(filter));
            ArrayNode groups = page.putArray("groups");
            for (String groupId : query.ids(filter, SortRequest.ascending(AttributePath.of("displayName")), offset, limit)) {
                GroupModel group = session.groups().getGroupById(realm, groupId);
                if (group != null) {
                    groups.addObject().put("id", group.getId()).put("name", group.getName())
                            .put("members", members.countDistinct(List.of(group.getId())));
                }
            }
            return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    private static long graceSeconds(JsonNode body) {
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("graceSeconds")) {
                throw AdminProblem.invalid(name, "Unknown property");
            }
        }
        JsonNode grace = body.get("graceSeconds");
        if (grace == null || grace.isNull()) {
            return 0;
        }
        if (!grace.canConvertToLong() || !grace.isIntegralNumber()
                || grace.longValue() < 0 || grace.longValue() > MAX_GRACE_SECONDS) {
            throw AdminProblem.invalid("graceSeconds", "Must be a whole number of seconds from 0 to " + MAX_GRACE_SECONDS);
        }
        return grace.longValue();
    }

    private ScimConfiguration existing(String id) {
        return store.find(id).orElseThrow(() -> AdminProblem.notFound("No SCIM configuration " + id));
    }

    private void requireValidAttributeSettings(ConfigurationSettings settings) {
        List<FieldError> errors = AttributeSettingsValidation.check(settings.schemaExtensions(),
                settings.attributeMappings(), singleValuedProfileAttributes());
        if (!errors.isEmpty()) {
            throw AdminProblem.invalid(errors);
        }
    }

    /** The attributes the realm's user profile declares, single-valued ones only. */
    private Set<String> singleValuedProfileAttributes() {
        UPConfig profile = session.getProvider(UserProfileProvider.class).getConfiguration();
        return profile.getAttributes().stream()
                .filter(attribute -> !attribute.isMultivalued())
                .map(UPAttribute::getName)
                .collect(Collectors.toSet());
    }

    private void requireUniqueName(String name, String ownId) {
        store.findByName(name)
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw AdminProblem.conflict("name", "A SCIM configuration named '" + name + "' already exists");
                });
    }

    private ObjectNode representation(ScimConfiguration configuration, long now) {
        return representation(configuration, KeyUsage.of(session).lastUse(configuration.id()), now);
    }

    private ObjectNode representation(ScimConfiguration configuration, long keyLastUsedAt, long now) {
        List<String> accountNames = accounts.namesOf(configuration.settings().accountRealmIds());
        return ConfigurationRepresentation.of(configuration, keyLastUsedAt, accountNames, ScimBaseUrl.of(session, realm),
                now);
    }

}
