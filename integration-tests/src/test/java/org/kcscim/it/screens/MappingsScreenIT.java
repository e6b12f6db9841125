package org.kcscim.it.screens;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.browser.Chromium;
import org.kcscim.it.support.browser.MappingDialog;
import org.kcscim.it.support.browser.MappingsScreen;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SCIM > Mappings in the real admin console, in headless Chromium: groups provisioned over SCIM are mapped to a
 * role through the pickers, the preview shows the effect before saving, and the group really gets the role.
 */
class MappingsScreenIT extends ConsoleBrowserTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Test
    void anAdministratorMapsAProvisionedGroupToARoleThroughThePickers() {
        String realm = admin.createRealm("screens-map");
        ScimConfigurations.Created configuration = new ScimConfigurations(admin).create(realm, "Entra ID");
        ScimClient directory = new ScimClient(admin, realm, configuration.apiKey());
        String alice = directory.createUser("alice");
        String bob = directory.createUser("bob");
        String engineering = directory.createGroup("engineering", alice, bob);
        directory.createGroup(HOSTILE, alice);
        admin.send("POST", "/admin/realms/" + realm + "/roles", admin.adminToken(), "{\"name\":\"reader\"}")
                .expectStatus(201);

        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        MappingsScreen screen = console.openMappings();
        assertTrue(screen.isEmpty());
        assertFalse(screen.isEnforcementInstalled(), "a new realm's flows do not enforce the means yet");

        MappingDialog dialog = screen.create();
        assertEquals(List.of(realm), dialog.accounts().selected(), "the configuration's accounts by default");
        assertTrue(dialog.isMeansChecked("local"), "Keycloak sign-in by default");
        dialog.save();
        assertFalse(dialog.fieldError("name").isBlank(), "the API's message next to the name");

        dialog.name("Engineers read");
        dialog.groups().search("img");
        assertEquals(List.of(HOSTILE), dialog.groups().options(), "a directory's group name is shown as text");
        assertTrue(chromium.driver().findElements(org.openqa.selenium.By.cssSelector("img[src='x']")).isEmpty());
        dialog.groups().search("eng").choose("engineering").close();
        dialog.roles().search("read").choose("reader").close();

        assertEquals(List.of("2 members of engineering (2) get:", "reader in " + realm + ": realm role reader"),
                dialog.preview());
        chromium.screenshot("mapping-dialog");
        dialog.saveAndClose();

        screen.awaitNames(List.of("Engineers read"));
        assertEquals(List.of("engineering"), screen.labels("Engineers read", "group"));
        assertEquals(List.of("reader"), screen.labels("Engineers read", "role"));
        assertEquals(List.of("Keycloak sign-in"), screen.labels("Engineers read", "means"));
        assertEquals(Set.of("reader"), groupRealmRoles(realm, engineering), "the group got the role");
        chromium.screenshot("mappings-list");

        screen.installEnforcement();
        assertTrue(admin.send("GET", "/admin/realms/" + realm + "/provisioning/enforcement", admin.adminToken(), null)
                .expectStatus(200).json().path("enforced").asBoolean(), "the server says the flows enforce now");
        chromium.screenshot("mappings-enforced");

        MappingDialog edit = screen.edit("Engineers read");
        edit.name("Engineers").saveAndClose();
        screen.awaitNames(List.of("Engineers"));

        String consequences = screen.delete("Engineers", true);
        assertTrue(consequences.contains("taken back"), consequences);
        screen.awaitNames(List.of());
        assertEquals(Set.of(), groupRealmRoles(realm, engineering), "the role was taken back");
    }

    @Test
    void theListFiltersByConfigurationAndAViewerCannotChangeIt() {
        String realm = admin.createRealm("screens-map-view");
        ScimConfigurations configurations = new ScimConfigurations(admin);
        ScimConfigurations.Created entra = configurations.create(realm, "Entra ID");
        ScimConfigurations.Created okta = configurations.create(realm, "Okta");
        admin.send("POST", "/admin/realms/" + realm + "/roles", admin.adminToken(), "{\"name\":\"staff\"}")
                .expectStatus(201);
        createMapping(realm, "Entra staff", entra.id(), mappedGroup(entra, realm, "entra-staff"));
        createMapping(realm, "Okta staff", okta.id(), mappedGroup(okta, realm, "okta-staff"));
        String viewerId = admin.createUser(realm, "map-viewer", "map-viewer-pass");
        admin.grantManagementRoles(realm, viewerId, realm, "view-realm");

        console.signIn(realm, realm, "map-viewer", "map-viewer-pass");
        MappingsScreen screen = console.openMappings();
        screen.awaitNames(List.of("Entra staff", "Okta staff"));
        screen.filterByConfiguration("Okta");
        screen.awaitNames(List.of("Okta staff"));
        assertEquals(List.of("okta-staff"), screen.labels("Okta staff", "group"));

        assertFalse(screen.canCreate(), "no Create button without manage-realm");
        MappingDialog dialog = screen.edit("Okta staff");
        assertTrue(dialog.isReadOnly());
        dialog.close();
    }

    /** A group the configuration provisioned, with one member; returns the group's id. */
    private static String mappedGroup(ScimConfigurations.Created configuration, String realm, String name) {
        ScimClient directory = new ScimClient(admin, realm, configuration.apiKey());
        return directory.createGroup(name, directory.createUser(name + "-member"));
    }

    private static void createMapping(String realm, String name, String configurationId, String groupId) {
        admin.send("POST", "/admin/realms/" + realm + "/provisioning/mappings", admin.adminToken(),
                "{\"name\":\"" + name + "\",\"configurationId\":\"" + configurationId + "\",\"groups\":[\"" + groupId
                        + "\"],\"roles\":[\"staff\"],\"accounts\":[\"" + realm + "\"],\"means\":[\"local\"]}")
                .expectStatus(201);
    }

    private static Set<String> groupRealmRoles(String realm, String groupId) {
        JsonNode roles = admin.send("GET", "/admin/realms/" + realm + "/groups/" + groupId + "/role-mappings/realm",
                admin.adminToken(), null).expectStatus(200).json();
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.path("name").asText()));
        return names;
    }
}
