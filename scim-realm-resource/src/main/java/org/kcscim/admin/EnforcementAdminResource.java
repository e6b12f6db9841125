package org.kcscim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kcscim.enforcement.EnforcementInstaller;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.util.JsonSerialization;

import java.util.List;

/**
 * {@code /admin/realms/{realm}/provisioning/enforcement}: whether each of the realm's flows enforces the
 * authentication means that mappings allow, and the action that makes them all do so.
 */
public class EnforcementAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminAudit audit;

    public EnforcementAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                                    AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.audit = new AdminAudit(session, adminEvent, ResourceType.AUTH_FLOW, "enforcement");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response state() {
        auth.realm().requireViewRealm();
        List<EnforcementInstaller.BindingState> bindings = new EnforcementInstaller(session, realm).state();
        ObjectNode body = JsonSerialization.mapper.createObjectNode();
        body.put("enforced", bindings.stream().allMatch(EnforcementInstaller.BindingState::enforced));
        body.set("bindings", JsonSerialization.mapper.valueToTree(bindings));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response install() {
        auth.realm().requireManageRealm();
        EnforcementInstaller.Installation installation = new EnforcementInstaller(session, realm).install();
        ObjectNode body = JsonSerialization.mapper.createObjectNode();
        body.put("enforced", installation.bindings().stream().allMatch(EnforcementInstaller.BindingState::enforced));
        body.set("changes", JsonSerialization.mapper.valueToTree(installation.changes()));
        body.set("bindings", JsonSerialization.mapper.valueToTree(installation.bindings()));
        if (!installation.changes().isEmpty()) {
            JsonNode changes = body.get("changes");
            audit.record(OperationType.UPDATE, changes);
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
