package org.kcscim.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kcscim.mapping.RoleResolver;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /admin/realms/{realm}/provisioning/roles?accounts=...}: the role names a mapping may use for those
 * accounts, that is the names that resolve in every one of them, for the screens' role picker.
 */
public class RolesAdminResource {

    private final KeycloakSession session;
    private final RealmModel home;
    private final AdminPermissionEvaluator auth;

    public RolesAdminResource(KeycloakSession session, RealmModel home, AdminPermissionEvaluator auth) {
        this.session = session;
        this.home = home;
        this.auth = auth;
    }

    private record CatalogEntry(String name, String description, String type) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response catalog(@QueryParam("accounts") List<String> accountParams) {
        auth.realm().requireViewRealm();
        return AdminResponses.respond(session, () -> {
            List<RealmModel> accounts = accounts(accountParams);
            RoleResolver resolver = new RoleResolver(home);
            Map<String, CatalogEntry> common = null;
            for (RealmModel account : accounts) {
                Map<String, CatalogEntry> here = catalogOf(account, resolver);
                if (common == null) {
                    common = here;
                } else {
                    common.keySet().retainAll(here.keySet());
                }
            }
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            (common == null ? List.<CatalogEntry>of() : common.values()).forEach(entry -> list.addObject()
                    .put("name", entry.name()).put("description", entry.description()).put("type", entry.type()));
            return Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    /** Management roles first, then, for the home realm itself, its realm roles and client roles. */
    private Map<String, CatalogEntry> catalogOf(RealmModel account, RoleResolver resolver) {
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        ClientModel management = resolver.managementClient(account);
        if (management != null) {
            sorted(management.getRolesStream().toList()).forEach(role ->
                    entries.put(role.getName(), new CatalogEntry(role.getName(), description(role), "management")));
        }
        if (account.getId().equals(home.getId())) {
            sorted(home.getRolesStream().toList()).forEach(role ->
                    entries.putIfAbsent(role.getName(), new CatalogEntry(role.getName(), description(role), "realm")));
            home.getClientsStream()
                    .filter(client -> management == null || !client.getId().equals(management.getId()))
                    .sorted(Comparator.comparing(ClientModel::getClientId))
                    .forEach(client -> sorted(client.getRolesStream().toList()).forEach(role -> {
                        String name = client.getClientId() + "/" + role.getName();
                        entries.putIfAbsent(name, new CatalogEntry(name, description(role), "client"));
                    }));
        }
        return entries;
    }

    private List<RealmModel> accounts(List<String> params) {
        List<String> names = params == null ? List.of() : params.stream()
                .flatMap(param -> Arrays.stream(param.split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        if (names.isEmpty()) {
            throw AdminProblem.invalid("accounts", "Name at least one realm");
        }
        List<FieldError> errors = new ArrayList<>();
        List<RealmModel> accounts = new ArrayList<>();
        for (String name : names) {
            RealmModel realm = session.realms().getRealmByName(name);
            if (realm == null) {
                errors.add(new FieldError("accounts", "Realm '" + name + "' does not exist"));
            } else {
                accounts.add(realm);
            }
        }
        if (!errors.isEmpty()) {
            throw AdminProblem.invalid(errors);
        }
        return accounts;
    }

    private static List<RoleModel> sorted(List<RoleModel> roles) {
        return roles.stream().sorted(Comparator.comparing(RoleModel::getName)).toList();
    }

    private static String description(RoleModel role) {
        return Objects.requireNonNullElse(role.getDescription(), "");
    }
}
