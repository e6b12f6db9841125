package org.kcscim.it.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.mappings.MappingFixtures.*;

/**
 * DESIGN §6 with a home realm other than master: mapped roles become the groups' Keycloak role mappings (and so
 * appear in tokens), reconciled on every change, never touching what an administrator granted by hand.
 */
@ExtendWith(KeycloakServerExtension.class)
class MappingEffectIT {

    private static AdminClient admin;
    private static String realm;
    private static ScimConfigurations.Created configuration;
    private static ScimClient scim;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        realm = admin.createRealm("mapfx");
        configuration = new ScimConfigurations(admin).create(realm, "Directory");
        scim = new ScimClient(admin, realm, configuration.apiKey());
        for (String role : List.of("reader", "writer", "hand", "only-mapped")) {
            createRealmRole(admin, realm, role);
        }
        String app = createClient(admin, realm, "app");
        createClientRole(admin, realm, app, "editor");
        // admin-cli issues lightweight access tokens (no realm_access): an application of the realm's own shows roles
        admin.send("POST", "/admin/realms/" + realm + "/clients", admin.adminToken(),
                "{\"clientId\":\"portal\",\"enabled\":true,\"publicClient\":true,\"directAccessGrantsEnabled\":true}")
                .expectStatus(201);
    }

    @Test
    void aMappedRealmRoleAndClientRoleAppearInTheMembersAccessTokens() {
        String s = suffix();
        String password = "Token-user-" + s;
        String userId = createScimUser(scim, "token-" + s, password);
        String groupId = scim.createGroup("readers-" + s, userId);

        String before = Tokens.passwordGrant(admin, realm, "portal", "token-" + s, password);
        assertFalse(Tokens.realmRoles(before).contains("reader"), Tokens.payload(before).toString());

        createMapping(admin, realm, body("Readers " + s, configuration.id(), List.of(groupId),
                List.of("reader", "app/editor"), List.of(realm), List.of("local")));

        assertTrue(groupRealmRoles(admin, realm, groupId).contains("reader"), roleMappings(admin, realm, groupId).toString());
        assertEquals(Set.of("editor"), groupClientRoles(admin, realm, groupId, "app"));

        String token = Tokens.passwordGrant(admin, realm, "portal", "token-" + s, password);
        assertTrue(Tokens.realmRoles(token).contains("reader"), Tokens.payload(token).toString());
        assertTrue(Tokens.clientRoles(token, "app").contains("editor"), Tokens.payload(token).toString());
        assertFalse(Tokens.realmRoles(token).contains("writer"), Tokens.payload(token).toString());
    }

    @Test
    void aManagementRoleOfTheHomeRealmLetsMembersAdministerIt() {
        String s = suffix();
        String password = "Manager-" + s;
        String userId = createScimUser(scim, "viewer-" + s, password);
        String groupId = scim.createGroup("user-viewers-" + s, userId);
        String id = createMapping(admin, realm, body("User viewers " + s, configuration.id(), List.of(groupId),
                List.of("view-users"), List.of(realm), List.of("local"))).path("id").asText();
        assertEquals(Set.of("view-users"), groupClientRoles(admin, realm, groupId, "realm-management"));
        admin.send("GET", "/admin/realms/" + realm + "/users", admin.token(realm, "viewer-" + s, password), null)
                .expectStatus(200);

        deleteMapping(admin, realm, id);
        admin.send("GET", "/admin/realms/" + realm + "/users", admin.token(realm, "viewer-" + s, password), null)
                .expectStatus(403);
    }

    @Test
    void rolesGrantedByHandSurviveTheMappingsDeletion() {
        String s = suffix();
        String groupId = scim.createGroup("by-hand-" + s);
        grantRealmRoleToGroup(admin, realm, groupId, "hand");
        grantClientRoleToGroup(admin, realm, groupId, "realm-management", "view-clients");

        String id = createMapping(admin, realm, body("Overlapping " + s, configuration.id(), List.of(groupId),
                List.of("hand", "only-mapped", "view-clients", "view-events"), List.of(realm), List.of("local")))
                .path("id").asText();
        assertEquals(Set.of("hand", "only-mapped"), withoutDefaults(groupRealmRoles(admin, realm, groupId)));
        assertEquals(Set.of("view-clients", "view-events"), groupClientRoles(admin, realm, groupId, "realm-management"));

        // An update that drops the hand-granted roles does not remove them either
        admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"roles\":[\"only-mapped\"]}").expectStatus(200);
        assertEquals(Set.of("hand", "only-mapped"), withoutDefaults(groupRealmRoles(admin, realm, groupId)));
        assertEquals(Set.of("view-clients"), groupClientRoles(admin, realm, groupId, "realm-management"));

        deleteMapping(admin, realm, id);
        assertEquals(Set.of("hand"), withoutDefaults(groupRealmRoles(admin, realm, groupId)),
                roleMappings(admin, realm, groupId).toString());
        assertEquals(Set.of("view-clients"), groupClientRoles(admin, realm, groupId, "realm-management"));
    }

    @Test
    void twoMappingsGrantingOneRoleToOneGroup() {
        String s = suffix();
        String groupId = scim.createGroup("shared-" + s);
        String first = createMapping(admin, realm, body("First " + s, configuration.id(), List.of(groupId),
                List.of("reader"), List.of(realm), List.of("local"))).path("id").asText();
        String second = createMapping(admin, realm, body("Second " + s, configuration.id(), List.of(groupId),
                List.of("reader", "writer"), List.of(realm), List.of("local"))).path("id").asText();
        assertEquals(Set.of("reader", "writer"), withoutDefaults(groupRealmRoles(admin, realm, groupId)));

        deleteMapping(admin, realm, first);
        assertEquals(Set.of("reader", "writer"), withoutDefaults(groupRealmRoles(admin, realm, groupId)),
                "the second mapping still grants reader");

        deleteMapping(admin, realm, second);
        assertEquals(Set.of(), withoutDefaults(groupRealmRoles(admin, realm, groupId)));
    }

    @Test
    void updatingAMappingSwapsTheRolesAndMovesThemBetweenGroups() {
        String s = suffix();
        String one = scim.createGroup("swap-one-" + s);
        String two = scim.createGroup("swap-two-" + s);
        String id = createMapping(admin, realm, body("Swapping " + s, configuration.id(), List.of(one),
                List.of("reader"), List.of(realm), List.of("local"))).path("id").asText();
        assertEquals(Set.of("reader"), withoutDefaults(groupRealmRoles(admin, realm, one)));

        admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"roles\":[\"writer\",\"app/editor\"]}")
                .expectStatus(200);
        assertEquals(Set.of("writer"), withoutDefaults(groupRealmRoles(admin, realm, one)));
        assertEquals(Set.of("editor"), groupClientRoles(admin, realm, one, "app"));

        admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"groups\":[\"" + two + "\"]}").expectStatus(200);
        assertEquals(Set.of(), withoutDefaults(groupRealmRoles(admin, realm, one)));
        assertEquals(Set.of(), groupClientRoles(admin, realm, one, "app"));
        assertEquals(Set.of("writer"), withoutDefaults(groupRealmRoles(admin, realm, two)));
        assertEquals(Set.of("editor"), groupClientRoles(admin, realm, two, "app"));

        // A name-only update changes no grant
        admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"name\":\"Renamed " + s + "\"}").expectStatus(200);
        assertEquals(Set.of("writer"), withoutDefaults(groupRealmRoles(admin, realm, two)));
    }

    @Test
    void aDirectoryReplacingTheGroupDoesNotMakeTheGrantsPermanent() {
        // Okta sends PUT with the whole group, Entra a path-less replace: neither may make the extension forget
        // which role mappings it added, or deleting the mapping would leave them granted for ever
        String s = suffix();
        String member = scim.createUser("replaced-member-" + s);
        String put = scim.createGroup("replaced-put-" + s, member);
        String patched = scim.createGroup("replaced-patch-" + s, member);
        String id = createMapping(admin, realm, body("Replaced " + s, configuration.id(), List.of(put, patched),
                List.of("writer", "app/editor"), List.of(realm), List.of("local"))).path("id").asText();

        scim.put("Groups/" + put, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"replaced-put-renamed-%s",
                 "members":[{"value":"%s"}]}""".formatted(s, member)).expectStatus(200);
        scim.patch("Groups/" + patched, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"displayName":"replaced-patch-renamed-%s","externalId":"ext-%s"}}]}"""
                .formatted(s, s)).expectStatus(200, 204);
        for (String group : List.of(put, patched)) {
            assertEquals(Set.of("writer"), withoutDefaults(groupRealmRoles(admin, realm, group)));
            assertEquals(Set.of("editor"), groupClientRoles(admin, realm, group, "app"));
        }
        Set<String> names = new TreeSet<>();
        getMapping(admin, realm, id).path("groups").forEach(g -> names.add(g.path("name").asText()));
        assertEquals(Set.of("replaced-put-renamed-" + s, "replaced-patch-renamed-" + s), names,
                "the mapping shows the groups' current names");

        deleteMapping(admin, realm, id);
        assertAll(
                () -> assertEquals(Set.of(), withoutDefaults(groupRealmRoles(admin, realm, put)),
                        "after a SCIM PUT of the group: " + roleMappings(admin, realm, put)),
                () -> assertEquals(Set.of(), groupClientRoles(admin, realm, put, "app"),
                        "after a SCIM PUT of the group: " + roleMappings(admin, realm, put)),
                () -> assertEquals(Set.of(), withoutDefaults(groupRealmRoles(admin, realm, patched)),
                        "after a SCIM PATCH replace of the group: " + roleMappings(admin, realm, patched)),
                () -> assertEquals(Set.of(), groupClientRoles(admin, realm, patched, "app"),
                        "after a SCIM PATCH replace of the group: " + roleMappings(admin, realm, patched)));
    }

    @Test
    void anAdministratorRenamingTheGroupInTheConsoleDoesNotMakeTheGrantsPermanent() {
        String s = suffix();
        String group = scim.createGroup("console-renamed-" + s);
        String id = createMapping(admin, realm, body("Console rename " + s, configuration.id(), List.of(group),
                List.of("writer"), List.of(realm), List.of("local"))).path("id").asText();
        // The console sends back the group as it read it, with a new name
        ObjectNode read = (ObjectNode)
                admin.send("GET", "/admin/realms/" + realm + "/groups/" + group, admin.adminToken(), null)
                        .expectStatus(200).json();
        read.put("name", "console-renamed-new-" + s);
        admin.send("PUT", "/admin/realms/" + realm + "/groups/" + group, admin.adminToken(), read).expectStatus(204);

        deleteMapping(admin, realm, id);
        assertEquals(Set.of(), withoutDefaults(groupRealmRoles(admin, realm, group)), roleMappings(admin, realm, group).toString());
    }

    @Test
    void aRoleDeletedAfterTheMappingWasSavedBreaksNothing() {
        String s = suffix();
        createRealmRole(admin, realm, "temporary-" + s);
        String group = scim.createGroup("temporary-" + s);
        String id = createMapping(admin, realm, body("Temporary " + s, configuration.id(), List.of(group),
                List.of("temporary-" + s, "reader"), List.of(realm), List.of("local"))).path("id").asText();
        assertEquals(Set.of("temporary-" + s, "reader"), withoutDefaults(groupRealmRoles(admin, realm, group)));

        admin.send("DELETE", "/admin/realms/" + realm + "/roles/temporary-" + s, admin.adminToken(), null).expectStatus(204);

        getMapping(admin, realm, id);
        listMappings(admin, realm, configuration.id());
        assertEquals(Set.of("reader"), withoutDefaults(groupRealmRoles(admin, realm, group)));
        deleteMapping(admin, realm, id);
        assertEquals(Set.of(), withoutDefaults(groupRealmRoles(admin, realm, group)));
    }

    @Test
    void mappingsCreatedAtTheSameTimeOnOneGroupAreAllTakenBack() throws Exception {
        // Each reconciliation reads and writes what the extension granted to the group: concurrent ones must not
        // lose each other's grants, or a role would stay granted after its mapping is gone
        String s = suffix();
        String group = scim.createGroup("concurrent-" + s);
        int count = 6;
        for (int i = 0; i < count; i++) {
            createRealmRole(admin, realm, "concurrent-" + i + "-" + s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResult>> creations = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String role = "concurrent-" + i + "-" + s;
                String name = "Concurrent " + i + " " + s;
                creations.add(pool.submit(() -> admin.send("POST", mappings(realm), admin.adminToken(),
                        body(name, configuration.id(), List.of(group), List.of(role), List.of(realm),
                                List.of("local")))));
            }
            // Every request runs to its end before anything is asserted: an interrupted one would break the
            // connection pool the other tests share
            List<HttpResult> created = new ArrayList<>();
            for (Future<HttpResult> creation : creations) {
                created.add(creation.get());
            }
            List<String> ids = new ArrayList<>();
            for (HttpResult result : created) {
                ids.add(result.expectStatus(201).json().path("id").asText());
            }
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < count; i++) {
                expected.add("concurrent-" + i + "-" + s);
            }
            assertEquals(expected, withoutDefaults(groupRealmRoles(admin, realm, group)));

            List<Future<HttpResult>> deletions = new ArrayList<>();
            for (String id : ids) {
                deletions.add(pool.submit(() -> admin.send("DELETE", mapping(realm, id), admin.adminToken(), null)));
            }
            List<HttpResult> deleted = new ArrayList<>();
            for (Future<HttpResult> deletion : deletions) {
                deleted.add(deletion.get());
            }
            deleted.forEach(result -> result.expectStatus(204));
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertEquals(Set.of(), withoutDefaults(groupRealmRoles(admin, realm, group)),
                roleMappings(admin, realm, group).toString());
    }

    @Test
    void aGroupDeletedThroughScimLeavesTheMapping() {
        String s = suffix();
        String gone = scim.createGroup("gone-" + s);
        String kept = scim.createGroup("kept-" + s);
        String id = createMapping(admin, realm, body("Losing a group " + s, configuration.id(), List.of(gone, kept),
                List.of("reader"), List.of(realm), List.of("local"))).path("id").asText();
        assertEquals(Set.of(gone, kept), ids(getMapping(admin, realm, id).path("groups")));

        scim.delete("Groups/" + gone).expectStatus(204);

        JsonNode after = getMapping(admin, realm, id);
        assertEquals(Set.of(kept), ids(after.path("groups")), after.toString());
        assertEquals(Set.of("reader"), withoutDefaults(groupRealmRoles(admin, realm, kept)));
        assertTrue(ids(listMappings(admin, realm, configuration.id())).contains(id));
    }

    @Test
    void aGroupDeletedInTheConsoleLeavesTheMappingToo() {
        // DESIGN §6: reconciled "when a mapped group is deleted", whoever deletes it
        String s = suffix();
        String gone = scim.createGroup("console-gone-" + s);
        String kept = scim.createGroup("console-kept-" + s);
        String id = createMapping(admin, realm, body("Console deletion " + s, configuration.id(), List.of(gone, kept),
                List.of("reader"), List.of(realm), List.of("local"))).path("id").asText();

        admin.send("DELETE", "/admin/realms/" + realm + "/groups/" + gone, admin.adminToken(), null).expectStatus(204);

        JsonNode after = getMapping(admin, realm, id);
        assertEquals(Set.of(kept), ids(after.path("groups")), after.toString());
    }

    @Test
    void deletingTheConfigurationDeletesItsMappingsAndRevokesTheirRoles() {
        String s = suffix();
        ScimConfigurations.Created doomed = new ScimConfigurations(admin).create(realm, "Doomed " + s);
        ScimClient doomedScim = new ScimClient(admin, realm, doomed.apiKey());
        String password = "Doomed-" + s;
        String userId = createScimUser(doomedScim, "doomed-" + s, password);
        String groupId = doomedScim.createGroup("doomed-group-" + s, userId);
        grantRealmRoleToGroup(admin, realm, groupId, "hand");
        String doomedMapping = createMapping(admin, realm, body("Doomed " + s, doomed.id(), List.of(groupId),
                List.of("reader", "hand", "app/editor"), List.of(realm), List.of("local"))).path("id").asText();
        String survivingGroup = scim.createGroup("survivor-" + s);
        String surviving = createMapping(admin, realm, body("Survivor " + s, configuration.id(), List.of(survivingGroup),
                List.of("reader"), List.of(realm), List.of("local"))).path("id").asText();
        assertTrue(ids(listMappings(admin, realm, doomed.id())).contains(doomedMapping));

        admin.send("DELETE", ScimConfigurations.path(realm) + "/" + doomed.id(), admin.adminToken(), null)
                .expectStatus(204);

        admin.send("GET", mapping(realm, doomedMapping), admin.adminToken(), null).expectStatus(404);
        assertFalse(ids(listMappings(admin, realm, null)).contains(doomedMapping));
        int filtered = admin.send("GET", mappings(realm) + "?configuration=" + doomed.id(), admin.adminToken(), null)
                .expectStatus(200, 404).status();
        if (filtered == 200) {
            assertEquals(0, listMappings(admin, realm, doomed.id()).size());
        }
        if (groupExists(admin, realm, groupId)) {
            assertEquals(Set.of("hand"), withoutDefaults(groupRealmRoles(admin, realm, groupId)),
                    roleMappings(admin, realm, groupId).toString());
            assertEquals(Set.of(), groupClientRoles(admin, realm, groupId, "app"));
        }

        // The other configuration's mapping is untouched
        assertEquals(surviving, getMapping(admin, realm, surviving).path("id").asText());
        assertEquals(Set.of("reader"), withoutDefaults(groupRealmRoles(admin, realm, survivingGroup)));
    }

    /** Groups hold no default roles, but a realm could add some: only the test's own roles count. */
    private static Set<String> withoutDefaults(Set<String> roles) {
        roles.removeIf(role -> role.startsWith("default-roles-") || role.equals("offline_access")
                || role.equals("uma_authorization"));
        return roles;
    }
}
