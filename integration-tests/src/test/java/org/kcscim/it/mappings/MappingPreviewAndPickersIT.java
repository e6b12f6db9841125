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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.mappings.MappingFixtures.*;

/**
 * What the mapping dialog asks the server: the preview of a mapping's effect, a configuration's provisioned groups,
 * and the role catalog of a set of accounts.
 */
@ExtendWith(KeycloakServerExtension.class)
class MappingPreviewAndPickersIT {

    private static AdminClient admin;
    private static String realm;
    private static ScimConfigurations.Created configuration;
    private static ScimClient scim;
    private static String brandA;
    private static String brandB;
    private static ScimConfigurations.Created masterConfiguration;
    private static ScimClient masterScim;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        realm = admin.createRealm("pickers");
        configuration = new ScimConfigurations(admin).create(realm, "Directory");
        scim = new ScimClient(admin, realm, configuration.apiKey());
        createRealmRole(admin, realm, "reader");
        createClientRole(admin, realm, createClient(admin, realm, "app"), "editor");
        createIdentityProvider(admin, realm, "corp");

        brandA = admin.createRealm("brand-a");
        brandB = admin.createRealm("brand-b");
        masterConfiguration = new ScimConfigurations(admin).createFrom("master",
                configurationsBody("Pickers " + suffix(), brandA, brandB));
        masterScim = new ScimClient(admin, "master", masterConfiguration.apiKey());
    }

    // ---- preview

    @Test
    void thePreviewOfAMasterMappingCountsMembersAndResolvesEachRoleInEachAccount() {
        String s = suffix();
        String ann = masterScim.createUser("preview-ann-" + s);
        String ben = masterScim.createUser("preview-ben-" + s);
        String cid = masterScim.createUser("preview-cid-" + s);
        String first = masterScim.createGroup("preview-first-" + s, ann, ben);
        String second = masterScim.createGroup("preview-second-" + s, ben, cid);
        Set<String> mappingsBefore = ids(listMappings(admin, "master", masterConfiguration.id()));

        ObjectNode body = body("Preview " + s, masterConfiguration.id(), List.of(first, second),
                List.of("manage-users", "view-realm"), List.of(brandA, brandB), List.of("local"));
        JsonNode preview = admin.send("POST", mappings("master") + "/preview", admin.adminToken(), body)
                .expectStatus(200).json();

        assertEquals(3, preview.path("members").asInt(), "distinct members: " + preview);
        Map<String, JsonNode> groups = new HashMap<>();
        preview.path("groups").forEach(g -> groups.put(g.path("id").asText(), g));
        assertEquals(Set.of(first, second), groups.keySet(), preview.toString());
        assertEquals("preview-first-" + s, groups.get(first).path("name").asText());
        assertEquals(2, groups.get(first).path("members").asInt());
        assertEquals(2, groups.get(second).path("members").asInt());

        Set<String> grants = new TreeSet<>();
        for (JsonNode grant : preview.path("grants")) {
            grants.add(grant.path("role").asText() + "@" + grant.path("account").asText() + "="
                    + grant.path("client").asText() + ":" + grant.path("roleName").asText());
        }
        assertEquals(Set.of(
                "manage-users@" + brandA + "=" + brandA + "-realm:manage-users",
                "manage-users@" + brandB + "=" + brandB + "-realm:manage-users",
                "view-realm@" + brandA + "=" + brandA + "-realm:view-realm",
                "view-realm@" + brandB + "=" + brandB + "-realm:view-realm"), grants, preview.toString());
        assertEquals(List.of("local"), texts(preview.path("means")));

        // Nothing saved, nothing granted
        assertEquals(mappingsBefore, ids(listMappings(admin, "master", masterConfiguration.id())));
        assertEquals(Set.of(), groupClientRoles(admin, "master", first, brandA + "-realm"));
        // The same body can then be saved: the name was not taken by the preview
        createMapping(admin, "master", body);
    }

    @Test
    void thePreviewOfARealmsOwnRolesNamesRealmClientAndManagementRoles() {
        String s = suffix();
        String member = scim.createUser("preview-" + s);
        String group = scim.createGroup("preview-" + s, member);
        JsonNode preview = admin.send("POST", mappings(realm) + "/preview", admin.adminToken(),
                body("Preview " + s, configuration.id(), List.of(group), List.of("reader", "app/editor", "view-users"),
                        List.of(realm), List.of("local", "idp:corp"))).expectStatus(200).json();

        assertEquals(1, preview.path("members").asInt(), preview.toString());
        assertEquals(1, preview.at("/groups/0/members").asInt(), preview.toString());
        Map<String, JsonNode> byRole = new HashMap<>();
        preview.path("grants").forEach(g -> byRole.put(g.path("role").asText(), g));
        assertEquals(Set.of("reader", "app/editor", "view-users"), byRole.keySet(), preview.toString());
        byRole.values().forEach(g -> assertEquals(realm, g.path("account").asText(), g.toString()));

        JsonNode reader = byRole.get("reader");
        assertTrue(!reader.has("client") || reader.get("client").isNull(), "a realm role has no client: " + reader);
        assertEquals("reader", reader.path("roleName").asText());
        assertEquals("app", byRole.get("app/editor").path("client").asText());
        assertEquals("editor", byRole.get("app/editor").path("roleName").asText());
        assertEquals("realm-management", byRole.get("view-users").path("client").asText());
        assertEquals("view-users", byRole.get("view-users").path("roleName").asText());
        assertEquals(List.of("local", "idp:corp"), texts(preview.path("means")));

        listMappings(admin, realm, configuration.id()).forEach(m ->
                assertNotEquals("Preview " + s, m.path("name").asText(), "the preview saved nothing"));
        assertFalse(groupRealmRoles(admin, realm, group).contains("reader"));
    }

    @Test
    void thePreviewValidatesLikeASave() {
        String group = scim.createGroup("preview-invalid-" + suffix());
        ObjectNode body = body("Invalid preview", configuration.id(), List.of(group), List.of("no-such-role"),
                List.of(realm), List.of("local"));
        assertFieldError(admin.send("POST", mappings(realm) + "/preview", admin.adminToken(), body), "roles",
                "no-such-role", realm);
        body.set("roles", array("reader"));
        body.set("means", array("idp:nope"));
        assertFieldError(admin.send("POST", mappings(realm) + "/preview", admin.adminToken(), body), "means", "nope");
    }

    // ---- the provisioned groups of a configuration

    @Test
    void theProvisionedGroupsOfAConfigurationAreSearchablePagedAndSorted() {
        String groupsRealm = admin.createRealm("picker-groups");
        ScimConfigurations configurations = new ScimConfigurations(admin);
        ScimConfigurations.Created mine = configurations.create(groupsRealm, "Mine");
        ScimConfigurations.Created theirs = configurations.create(groupsRealm, "Theirs");
        ScimClient my = new ScimClient(admin, groupsRealm, mine.apiKey());
        ScimClient their = new ScimClient(admin, groupsRealm, theirs.apiKey());

        String ann = my.createUser("ann");
        String ben = my.createUser("ben");
        // Created out of order; the listing sorts by name
        my.createGroup("gamma");
        my.createGroup("beta", ann);
        my.createGroup("alpha", ann, ben);
        my.createGroup("epsilon");
        my.createGroup("delta", ben);
        their.createGroup("zeta-theirs");
        admin.send("POST", "/admin/realms/" + groupsRealm + "/groups", admin.adminToken(), "{\"name\":\"theta-by-hand\"}")
                .expectStatus(201);

        String path = base(groupsRealm) + "/configurations/" + mine.id() + "/groups";
        JsonNode all = admin.send("GET", path, admin.adminToken(), null).expectStatus(200).json();
        assertEquals(5, all.path("total").asInt(), all.toString());
        assertEquals(List.of("alpha", "beta", "delta", "epsilon", "gamma"), names(all.path("groups")));
        Map<String, Integer> members = new HashMap<>();
        all.path("groups").forEach(g -> members.put(g.path("name").asText(), g.path("members").asInt()));
        assertEquals(Map.of("alpha", 2, "beta", 1, "delta", 1, "epsilon", 0, "gamma", 0), members);
        all.path("groups").forEach(g -> assertFalse(g.path("id").asText().isEmpty(), g.toString()));

        JsonNode search = admin.send("GET", path + "?search=TA", admin.adminToken(), null).expectStatus(200).json();
        assertEquals(2, search.path("total").asInt(), search.toString());
        assertEquals(List.of("beta", "delta"), names(search.path("groups")));

        JsonNode page = admin.send("GET", path + "?first=1&max=2", admin.adminToken(), null).expectStatus(200).json();
        assertEquals(5, page.path("total").asInt(), page.toString());
        assertEquals(List.of("beta", "delta"), names(page.path("groups")));
        JsonNode last = admin.send("GET", path + "?search=&first=4&max=20", admin.adminToken(), null)
                .expectStatus(200).json();
        assertEquals(5, last.path("total").asInt(), last.toString());
        assertEquals(List.of("gamma"), names(last.path("groups")));
        JsonNode searchedPage = admin.send("GET", path + "?search=a&first=1&max=2", admin.adminToken(), null)
                .expectStatus(200).json();
        // alpha beta delta gamma contain an "a"; epsilon does not
        assertEquals(4, searchedPage.path("total").asInt(), searchedPage.toString());
        assertEquals(List.of("beta", "delta"), names(searchedPage.path("groups")));

        JsonNode none = admin.send("GET", path + "?search=zeta", admin.adminToken(), null).expectStatus(200).json();
        assertEquals(0, none.path("total").asInt(), none.toString());
        assertEquals(0, none.path("groups").size());
        // A LIKE wildcard in the search is a literal character
        JsonNode wildcard = admin.send("GET", path + "?search=%25", admin.adminToken(), null).expectStatus(200).json();
        assertEquals(0, wildcard.path("total").asInt(), wildcard.toString());

        JsonNode theirGroups = admin.send("GET", base(groupsRealm) + "/configurations/" + theirs.id() + "/groups",
                admin.adminToken(), null).expectStatus(200).json();
        assertEquals(List.of("zeta-theirs"), names(theirGroups.path("groups")));

        admin.send("GET", base(groupsRealm) + "/configurations/no-such-configuration/groups", admin.adminToken(), null)
                .expectStatus(404);
    }

    // ---- the role catalog

    @Test
    void theRoleCatalogOfMasterAccountsHoldsTheManagementRolesOnly() {
        JsonNode repeated = admin.send("GET", base("master") + "/roles?accounts=" + brandA + "&accounts=" + brandB,
                admin.adminToken(), null).expectStatus(200).json();
        Map<String, String> types = types(repeated);
        assertEquals("management", types.get("manage-users"), repeated.toString());
        assertEquals("management", types.get("view-realm"), repeated.toString());
        assertFalse(types.containsKey("create-realm"), "master's realm roles do not resolve in brand realms: " + repeated);
        assertFalse(types.containsKey("offline_access"), repeated.toString());
        repeated.forEach(role -> assertTrue(role.has("description"), role.toString()));

        JsonNode commaSeparated = admin.send("GET", base("master") + "/roles?accounts=" + brandA + "," + brandB,
                admin.adminToken(), null).expectStatus(200).json();
        assertEquals(types, types(commaSeparated));

        // The home realm as an account adds its realm roles; mixed with a brand realm only what resolves in both
        JsonNode masterOnly = admin.send("GET", base("master") + "/roles?accounts=master", admin.adminToken(), null)
                .expectStatus(200).json();
        assertEquals("realm", types(masterOnly).get("create-realm"), masterOnly.toString());
        assertEquals("management", types(masterOnly).get("manage-users"), masterOnly.toString());
        JsonNode mixed = admin.send("GET", base("master") + "/roles?accounts=master&accounts=" + brandA,
                admin.adminToken(), null).expectStatus(200).json();
        assertFalse(types(mixed).containsKey("create-realm"), mixed.toString());
        assertTrue(types(mixed).containsKey("manage-users"), mixed.toString());
    }

    @Test
    void theRoleCatalogOfARealmsOwnAccountHoldsItsRealmAndClientRoles() {
        JsonNode catalog = admin.send("GET", base(realm) + "/roles?accounts=" + realm, admin.adminToken(), null)
                .expectStatus(200).json();
        Map<String, String> types = types(catalog);
        assertEquals("management", types.get("manage-users"), catalog.toString());
        assertEquals("realm", types.get("reader"), catalog.toString());
        assertEquals("client", types.get("app/editor"), catalog.toString());
        for (JsonNode role : catalog) {
            if (role.path("name").asText().equals("reader")) {
                assertEquals("Role reader", role.path("description").asText(), role.toString());
            }
        }
    }

    @Test
    void anUnknownRealmInTheCatalogIsA400NamingIt() {
        HttpResult unknown = admin.send("GET", base("master") + "/roles?accounts=" + brandA + "&accounts=no-such-realm-q",
                admin.adminToken(), null).expectStatus(400);
        assertTrue(unknown.json().path("errorMessage").asText().contains("no-such-realm-q")
                || unknown.body().contains("no-such-realm-q"), unknown.toString());
    }

    private static Map<String, String> types(JsonNode catalog) {
        Map<String, String> types = new HashMap<>();
        catalog.forEach(role -> types.put(role.path("name").asText(), role.path("type").asText()));
        return types;
    }
}
