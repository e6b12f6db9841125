package org.kcscim.it.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.mappings.MappingFixtures.*;

/** Reads need view-realm on the home realm, writes manage-realm; every write is an admin event. */
@ExtendWith(KeycloakServerExtension.class)
class MappingPermissionsIT {

    @Test
    void readsNeedViewRealmAndWritesManageRealm(AdminClient admin) {
        String realm = admin.createRealm("mapperms");
        ScimConfigurations.Created configuration = new ScimConfigurations(admin).create(realm, "Directory");
        ScimClient scim = new ScimClient(admin, realm, configuration.apiKey());
        String group = scim.createGroup("guarded");
        createRealmRole(admin, realm, "reader");
        String id = createMapping(admin, realm, body("Guarded", configuration.id(), List.of(group), List.of("reader"),
                List.of(realm), List.of("local"))).path("id").asText();
        String newBody = body("New", configuration.id(), List.of(group), List.of("reader"), List.of(realm),
                List.of("local")).toString();

        String viewerId = admin.createUser(realm, "viewer", "viewer-pass");
        admin.grantManagementRoles(realm, viewerId, realm, "view-realm");
        String viewer = admin.token(realm, "viewer", "viewer-pass");
        admin.send("GET", mappings(realm), viewer, null).expectStatus(200);
        admin.send("GET", mappings(realm) + "?configuration=" + configuration.id(), viewer, null).expectStatus(200);
        admin.send("GET", mapping(realm, id), viewer, null).expectStatus(200);
        admin.send("GET", base(realm) + "/configurations/" + configuration.id() + "/groups", viewer, null).expectStatus(200);
        admin.send("GET", base(realm) + "/roles?accounts=" + realm, viewer, null).expectStatus(200);
        admin.send("POST", mappings(realm), viewer, newBody).expectStatus(403);
        admin.send("PUT", mapping(realm, id), viewer, "{\"name\":\"Taken over\"}").expectStatus(403);
        admin.send("DELETE", mapping(realm, id), viewer, null).expectStatus(403);
        assertEquals("Guarded", getMapping(admin, realm, id).path("name").asText());
        assertEquals(Set.of(id), ids(listMappings(admin, realm, null)));

        String nobodyId = admin.createUser(realm, "nobody", "nobody-pass");
        assertFalse(nobodyId.isEmpty());
        String nobody = admin.token(realm, "nobody", "nobody-pass");
        admin.send("GET", mappings(realm), nobody, null).expectStatus(403);
        admin.send("GET", mapping(realm, id), nobody, null).expectStatus(403);
        admin.send("POST", mappings(realm) + "/preview", nobody, newBody).expectStatus(403);
        admin.send("GET", base(realm) + "/configurations/" + configuration.id() + "/groups", nobody, null)
                .expectStatus(403);
        admin.send("GET", base(realm) + "/roles?accounts=" + realm, nobody, null).expectStatus(403);
        admin.send("GET", mappings(realm), null, null).expectStatus(401);
        admin.send("POST", mappings(realm), null, newBody).expectStatus(401);

        String managerId = admin.createUser(realm, "manager", "manager-pass");
        admin.grantManagementRoles(realm, managerId, realm, "manage-realm", "view-realm");
        String manager = admin.token(realm, "manager", "manager-pass");
        String created = admin.send("POST", mappings(realm), manager, newBody).expectStatus(201).json().path("id").asText();
        admin.send("PUT", mapping(realm, created), manager, "{\"name\":\"Newer\"}").expectStatus(200);
        admin.send("DELETE", mapping(realm, created), manager, null).expectStatus(204);

        // An administrator of another realm has no rights here
        String otherRealm = admin.createRealm("mapperms-other");
        String otherAdminId = admin.createUser("master", "admin-of-" + otherRealm, "other-pass");
        admin.grantManagementRoles("master", otherAdminId, otherRealm, "manage-realm", "view-realm");
        String otherAdmin = admin.token("master", "admin-of-" + otherRealm, "other-pass");
        admin.send("GET", mappings(otherRealm), otherAdmin, null).expectStatus(200);
        admin.send("GET", mappings(realm), otherAdmin, null).expectStatus(403);
        admin.send("DELETE", mapping(realm, id), otherAdmin, null).expectStatus(403);
        getMapping(admin, realm, id);
    }

    /**
     * Beyond the contract (which only says "writes need manage-realm"): with manage-realm alone an administrator
     * can create a configuration, provision a user with a known password through SCIM and map its group to
     * realm-admin (in master: to the realm role admin), although Keycloak's own role-mapping API refuses them that
     * grant (403). Keycloak's rule for admin roles is that one may only grant those one holds.
     */
    @Test
    void aManageRealmAdministratorCannotGrantManagementRolesTheyDoNotHold(AdminClient admin) {
        String realm = admin.createRealm("mapescalate");
        createRealmRole(admin, realm, "reader");
        String managerId = admin.createUser(realm, "manager", "manager-pass");
        admin.grantManagementRoles(realm, managerId, realm, "manage-realm", "view-realm");
        String manager = admin.token(realm, "manager", "manager-pass");
        JsonNode configuration = admin.send("POST", base(realm) + "/configurations", manager, "{\"name\":\"Own\"}")
                .expectStatus(201).json();
        ScimClient scim = new ScimClient(admin, realm, configuration.path("apiKey").asText());
        String accomplice = createScimUser(scim, "accomplice", "Accomplice-pass-1");
        String group = scim.createGroup("accomplices", accomplice);

        // What Keycloak itself answers to the same grant
        String realmManagement = admin.clientUuid(realm, "realm-management");
        JsonNode realmAdmin = admin.send("GET", "/admin/realms/" + realm + "/clients/" + realmManagement
                + "/roles/realm-admin", admin.adminToken(), null).expectStatus(200).json();
        admin.send("POST", "/admin/realms/" + realm + "/groups/" + group + "/role-mappings/clients/" + realmManagement,
                manager, JSON.createArrayNode().add(realmAdmin)).expectStatus(403);

        admin.send("POST", mappings(realm), manager, body("Escalation", configuration.path("id").asText(),
                List.of(group), List.of("realm-admin"), List.of(realm), List.of("local"))).expectStatus(403);
        assertEquals(Set.of(), groupClientRoles(admin, realm, group, "realm-management"));
        admin.send("GET", "/admin/realms/" + realm + "/users", admin.token(realm, "accomplice", "Accomplice-pass-1"),
                null).expectStatus(403);
        // A role that is no management role stays grantable with manage-realm
        admin.send("POST", mappings(realm), manager, body("Readers", configuration.path("id").asText(),
                List.of(group), List.of("reader"), List.of(realm), List.of("local"))).expectStatus(201);
    }

    @Test
    void everyWriteIsAnAdminEventOnTheMappingsPath(AdminClient admin) {
        String realm = admin.createRealm("mapaudit");
        enableAdminEvents(admin, realm);
        ScimConfigurations.Created configuration = new ScimConfigurations(admin).create(realm, "Audited");
        ScimClient scim = new ScimClient(admin, realm, configuration.apiKey());
        String group = scim.createGroup("audited");
        createRealmRole(admin, realm, "reader");

        String id = createMapping(admin, realm, body("Audited mapping", configuration.id(), List.of(group),
                List.of("reader"), List.of(realm), List.of("local"))).path("id").asText();
        admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"name\":\"Audited and renamed\"}").expectStatus(200);
        // Neither a refused write nor a preview is an event on the mapping
        admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"roles\":[\"no-such-role\"]}").expectStatus(400);
        admin.send("POST", mappings(realm) + "/preview", admin.adminToken(), body("Previewed", configuration.id(),
                List.of(group), List.of("reader"), List.of(realm), List.of("local"))).expectStatus(200);
        deleteMapping(admin, realm, id);

        HttpResult events = admin.send("GET", "/admin/realms/" + realm + "/admin-events?max=200", admin.adminToken(), null)
                .expectStatus(200);
        List<JsonNode> mine = StreamSupport.stream(events.json().spliterator(), false)
                .filter(event -> event.path("resourcePath").asText().equals("provisioning/mappings/" + id))
                .toList();
        assertEquals(List.of("CREATE", "DELETE", "UPDATE"),
                mine.stream().map(event -> event.path("operationType").asText()).sorted().toList(), events.toString());
        mine.forEach(event -> assertEquals("COMPONENT", event.path("resourceType").asText(), event.toString()));
        assertTrue(mine.stream().anyMatch(event -> event.path("representation").asText().contains("Audited mapping")),
                "the created mapping is recorded: " + events);
        assertTrue(mine.stream().anyMatch(event -> event.path("representation").asText().contains("Audited and renamed")),
                "the update is recorded: " + events);
    }
}
