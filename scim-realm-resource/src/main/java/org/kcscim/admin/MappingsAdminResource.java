package org.kcscim.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.ScimConfigurationStore;
import org.kcscim.mapping.AuthMeans;
import org.kcscim.mapping.Mapping;
import org.kcscim.mapping.MappingReconciler;
import org.kcscim.mapping.MappingSettings;
import org.kcscim.mapping.MappingStore;
import org.kcscim.mapping.RoleResolver;
import org.kcscim.scim.store.query.GroupMemberQuery;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/realms/{realm}/provisioning/mappings}: which roles, in which realms, the members of provisioned
 * groups get, and how they may sign in. Every write reconciles the groups it touches.
 */
public class MappingsAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminAudit audit;
    private final MappingStore mappings;
    private final ScimConfigurationStore configurations;
    private final MappingReconciler reconciler;

    public MappingsAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                                 AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.audit = new AdminAudit(session, adminEvent, "mappings");
        this.mappings = new MappingStore(session, realm);
        this.configurations = new ScimConfigurationStore(session, realm);
        this.reconciler = new MappingReconciler(session, realm);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("configuration") String configurationId) {
        auth.realm().requireViewRealm();
        List<Mapping> found = configurationId == null || configurationId.isBlank()
                ? mappings.list() : mappings.of(configurationId);
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        found.forEach(mapping -> list.add(MappingRepresentation.of(mapping, session, realm)));
        return Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        auth.realm().requireViewRealm();
        return AdminResponses.respond(session, () ->
                Response.ok(MappingRepresentation.of(existing(id), session, realm), MediaType.APPLICATION_JSON_TYPE).build());
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        auth.realm().requireManageRealm();
        return AdminResponses.respond(session, () -> {
            MappingInput input = MappingInput.parse(body);
            input.groups().ifPresent(reconciler::lock);
            ScimConfiguration configuration = configuration(input);
            Checked checked = check(input, configuration, null);
            requireUniqueName(configuration, checked.settings().name(), null);
            Mapping created = mappings.create(configuration, checked.settings());
            reconciler.reconcile(created.settings().groupIds());
            ObjectNode representation = MappingRepresentation.of(created, session, realm);
            audit.record(OperationType.CREATE, representation, created.id());
            URI location = session.getContext().getUri().getAbsolutePathBuilder().path(created.id()).build();
            return Response.created(location).type(MediaType.APPLICATION_JSON_TYPE).entity(representation).build();
        });
    }

    /** Changes the fields present in the body; absent fields keep their values. */
    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, String body) {
        auth.realm().requireManageRealm();
        return AdminResponses.respond(session, () -> {
            MappingInput input = MappingInput.parse(body);
            Mapping before = existing(id);
            Set<String> locked = new LinkedHashSet<>(before.settings().groupIds());
            input.groups().ifPresent(locked::addAll);
            reconciler.lock(locked);
            Mapping existing = existing(id);
            if (input.configurationId().isPresent() && !input.configurationId().get().equals(existing.configurationId())) {
                throw AdminProblem.invalid("configurationId", "A mapping cannot move to another configuration");
            }
            ScimConfiguration configuration = configurations.find(existing.configurationId())
                    .orElseThrow(() -> AdminProblem.notFound("No mapping " + id));
            Checked checked = check(input, configuration, existing);
            requireUniqueName(configuration, checked.settings().name(), existing.id());
            Mapping updated = mappings.update(existing, checked.settings());
            Set<String> touched = new LinkedHashSet<>(existing.settings().groupIds());
            touched.addAll(updated.settings().groupIds());
            reconciler.reconcile(touched);
            ObjectNode representation = MappingRepresentation.of(updated, session, realm);
            audit.record(OperationType.UPDATE, representation, updated.id());
            return Response.ok(representation, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        auth.realm().requireManageRealm();
        return AdminResponses.respond(session, () -> {
            reconciler.lock(existing(id).settings().groupIds());
            Mapping existing = existing(id);
            mappings.delete(existing);
            reconciler.reconcile(existing.settings().groupIds());
            audit.record(OperationType.DELETE, null, existing.id());
            return Response.noContent().build();
        });
    }

    /** What a mapping body would do, without saving it: groups and member counts, and each role per account. */
    @POST
    @Path("preview")
    @Produces(MediaType.APPLICATION_JSON)
    public Response preview(String body) {
        auth.realm().requireViewRealm();
        return AdminResponses.respond(session, () -> {
            MappingInput input = MappingInput.parse(body);
            Checked checked = check(input, configuration(input), null);
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            GroupMemberQuery members = new GroupMemberQuery(em);
            ObjectNode preview = JsonNodeFactory.instance.objectNode();
            ArrayNode groups = preview.putArray("groups");
            for (GroupModel group : checked.groups()) {
                groups.add(MappingRepresentation.group(group).put("members", members.countDistinct(List.of(group.getId()))));
            }
            preview.put("members", members.countDistinct(checked.settings().groupIds()));
            ArrayNode grants = preview.putArray("grants");
            RoleResolver resolver = new RoleResolver(realm);
            for (RealmModel account : checked.accounts()) {
                for (String role : checked.settings().roles()) {
                    resolver.resolve(role, account).ifPresent(grant -> grants.addObject()
                            .put("role", role)
                            .put("account", account.getName())
                            .put("client", grant.client() == null ? null : grant.client().getClientId())
                            .put("roleName", grant.resolved().getName()));
                }
            }
            checked.settings().means().stream().map(AuthMeans::toString).forEach(preview.putArray("means")::add);
            return Response.ok(preview, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    /** A mapping body checked against the server, with what it names. */
    private record Checked(MappingSettings settings, List<GroupModel> groups, List<RealmModel> accounts) {
    }

    private Checked check(MappingInput input, ScimConfiguration configuration, Mapping existing) {
        MappingValidation validation = new MappingValidation(session, realm, configuration);
        MappingSettings current = existing == null ? null : existing.settings();
        String name = input.name().orElseGet(() -> current == null ? null : current.name());
        if (name == null) {
            throw AdminProblem.invalid("name", "Is required");
        }
        List<String> groupIds = required(input.groups(), current == null ? null : current.groupIds(), "groups");
        List<String> roles = required(input.roles(), current == null ? null : current.roles(), "roles");
        List<String> accountNames = input.accounts().orElseGet(() -> current == null ? null
                : current.accountRealmIds().stream().map(id -> session.realms().getRealm(id))
                .filter(Objects::nonNull).map(RealmModel::getName).toList());
        if (accountNames == null) {
            throw AdminProblem.invalid("accounts", "Is required");
        }
        List<String> meansText = required(input.means(), current == null ? null
                : current.means().stream().map(AuthMeans::toString).toList(), "means");

        List<GroupModel> groups = validation.groups(groupIds);
        List<RealmModel> accounts = validation.accounts(accountNames);
        validation.roles(roles, accounts, auth);
        List<AuthMeans> means = validation.means(meansText);
        validation.throwIfInvalid();
        return new Checked(new MappingSettings(name, groupIds, roles,
                accounts.stream().map(RealmModel::getId).toList(), means), groups, accounts);
    }

    private static List<String> required(Optional<List<String>> given, List<String> current, String field) {
        List<String> value = given.orElse(current);
        if (value == null) {
            throw AdminProblem.invalid(field, "Is required");
        }
        return value;
    }

    private ScimConfiguration configuration(MappingInput input) {
        String id = input.configurationId().orElseThrow(() -> AdminProblem.invalid("configurationId", "Is required"));
        return configurations.find(id).orElseThrow(() ->
                AdminProblem.invalid("configurationId", "No SCIM configuration '" + id + "' in realm '" + realm.getName() + "'"));
    }

    private Mapping existing(String id) {
        return mappings.find(id).orElseThrow(() -> AdminProblem.notFound("No mapping " + id));
    }

    private void requireUniqueName(ScimConfiguration configuration, String name, String ownId) {
        mappings.findByName(configuration.id(), name)
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw AdminProblem.conflict("name", "Configuration '" + configuration.name()
                            + "' already has a mapping named '" + name + "'");
                });
    }

}
