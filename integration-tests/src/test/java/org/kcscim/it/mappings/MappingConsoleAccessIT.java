package org.kcscim.it.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.mappings.MappingFixtures.*;

/**
 * The headline case, home realm {@code master}: members of a provisioned group mapped to {@code manage-users} on
 * two realms administer the users of those realms with their own token, and nothing of a third realm.
 */
@ExtendWith(KeycloakServerExtension.class)
class MappingConsoleAccessIT {

    private static AdminClient admin;
    private static String brandA;
    private static String brandB;
    private static String brandC;
    private static ScimConfigurations.Created configuration;
    private static ScimClient scim;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        brandA = admin.createRealm("brand-a");
        brandB = admin.createRealm("brand-b");
        brandC = admin.createRealm("brand-c");
        configuration = new ScimConfigurations(admin).createFrom("master",
                configurationsBody("Console access " + suffix(), brandA, brandB, brandC));
        scim = new ScimClient(admin, "master", configuration.apiKey());
    }

    @Test
    void membersOfTheMappedGroupManageUsersOfTheMappedRealmsAndNoOther() {
        String s = suffix();
        String userName = "kc-admin-" + s;
        String password = "Provisioned-" + s;
        String userId = createScimUser(scim, userName, password);
        String groupId = scim.createGroup("kc-admins-" + s, userId);

        String before = admin.token("master", userName, password);
        admin.send("GET", "/admin/realms/" + brandA + "/users", before, null).expectStatus(403);

        JsonNode mapping = createMapping(admin, "master", body("Admins of A and B " + s, configuration.id(),
                List.of(groupId), List.of("manage-users"), List.of(brandA, brandB), List.of("local")));

        // Keycloak's own role mappings of the group: manage-users of the clients that manage brand-a and brand-b
        assertTrue(groupClientRoles(admin, "master", groupId, brandA + "-realm").contains("manage-users"),
                roleMappings(admin, "master", groupId).toString());
        assertTrue(groupClientRoles(admin, "master", groupId, brandB + "-realm").contains("manage-users"),
                roleMappings(admin, "master", groupId).toString());
        assertEquals(Set.of(), groupClientRoles(admin, "master", groupId, brandC + "-realm"));

        String token = admin.token("master", userName, password);
        admin.send("GET", "/admin/realms/" + brandA + "/users", token, null).expectStatus(200);
        admin.send("GET", "/admin/realms/" + brandB + "/users", token, null).expectStatus(200);
        admin.send("GET", "/admin/realms/" + brandC + "/users", token, null).expectStatus(403);
        admin.send("GET", "/admin/realms/master/users", token, null).expectStatus(403);
        admin.send("POST", "/admin/realms/" + brandA + "/users", token,
                "{\"username\":\"made-by-" + s + "\",\"enabled\":true}").expectStatus(201);
        JsonNode found = admin.send("GET", "/admin/realms/" + brandA + "/users?exact=true&username=made-by-" + s,
                admin.adminToken(), null).expectStatus(200).json();
        assertEquals(1, found.size(), found.toString());
        admin.send("POST", "/admin/realms/" + brandC + "/users", token,
                "{\"username\":\"refused-" + s + "\",\"enabled\":true}").expectStatus(403);

        deleteMapping(admin, "master", mapping.path("id").asText());
        assertEquals(Set.of(), groupClientRoles(admin, "master", groupId, brandA + "-realm"));
        assertEquals(Set.of(), groupClientRoles(admin, "master", groupId, brandB + "-realm"));
        String after = admin.token("master", userName, password);
        admin.send("GET", "/admin/realms/" + brandA + "/users", after, null).expectStatus(403);
        admin.send("GET", "/admin/realms/" + brandB + "/users", after, null).expectStatus(403);
    }

    @Test
    void aNewMemberOfTheGroupGetsTheAccessToo() {
        String s = suffix();
        String groupId = scim.createGroup("kc-late-" + s);
        createMapping(admin, "master", body("Late joiners " + s, configuration.id(),
                List.of(groupId), List.of("view-users"), List.of(brandB), List.of("local")));

        String password = "Late-" + s;
        String userId = createScimUser(scim, "late-" + s, password);
        admin.send("GET", "/admin/realms/" + brandB + "/users", admin.token("master", "late-" + s, password), null)
                .expectStatus(403);
        scim.patch("Groups/" + groupId, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members","value":[{"value":"%s"}]}]}""".formatted(userId))
                .expectStatus(200, 204);
        admin.send("GET", "/admin/realms/" + brandB + "/users", admin.token("master", "late-" + s, password), null)
                .expectStatus(200);
    }

    @Test
    void anAccountRealmDeletedAfterTheMappingWasSavedBreaksNothing() {
        String s = suffix();
        String doomedRealm = admin.createRealm("brand-doomed");
        ScimConfigurations.Created covering = new ScimConfigurations(admin).createFrom("master",
                configurationsBody("Covering a doomed realm " + s, brandA, doomedRealm));
        ScimClient coveringScim = new ScimClient(admin, "master", covering.apiKey());
        String groupId = coveringScim.createGroup("kc-doomed-" + s);
        String id = createMapping(admin, "master", body("Doomed realm " + s, covering.id(), List.of(groupId),
                List.of("view-users"), List.of(brandA, doomedRealm), List.of("local"))).path("id").asText();
        assertEquals(Set.of("view-users"), groupClientRoles(admin, "master", groupId, doomedRealm + "-realm"));

        admin.deleteRealm(doomedRealm);

        getMapping(admin, "master", id);
        listMappings(admin, "master", covering.id());
        admin.send("GET", ScimConfigurations.path("master") + "/" + covering.id(), admin.adminToken(), null)
                .expectStatus(200);
        assertEquals(Set.of("view-users"), groupClientRoles(admin, "master", groupId, brandA + "-realm"));
        deleteMapping(admin, "master", id);
        assertEquals(Set.of(), groupClientRoles(admin, "master", groupId, brandA + "-realm"));
    }

    @Test
    void changingTheAccountsMovesTheGrants() {
        String s = suffix();
        String password = "Mover-" + s;
        String userId = createScimUser(scim, "mover-" + s, password);
        String groupId = scim.createGroup("kc-movers-" + s, userId);
        String id = createMapping(admin, "master", body("Movers " + s, configuration.id(),
                List.of(groupId), List.of("view-users"), List.of(brandA), List.of("local"))).path("id").asText();
        assertEquals(Set.of("view-users"), groupClientRoles(admin, "master", groupId, brandA + "-realm"));

        JsonNode updated = admin.send("PUT", mapping("master", id), admin.adminToken(),
                "{\"accounts\":[\"" + brandC + "\"]}").expectStatus(200).json();
        assertEquals(List.of(brandC), texts(updated.path("accounts")));
        assertEquals(Set.of(), groupClientRoles(admin, "master", groupId, brandA + "-realm"));
        assertEquals(Set.of("view-users"), groupClientRoles(admin, "master", groupId, brandC + "-realm"));

        String token = admin.token("master", "mover-" + s, password);
        admin.send("GET", "/admin/realms/" + brandA + "/users", token, null).expectStatus(403);
        admin.send("GET", "/admin/realms/" + brandC + "/users", token, null).expectStatus(200);
    }
}
