package org.kcscim.it.screens;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.browser.Chromium;
import org.kcscim.it.support.browser.ConfigurationDialog;
import org.kcscim.it.support.browser.ConfigurationsScreen;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.support.ScimConfigurations.path;

/**
 * SCIM > Configurations in the real admin console, in headless Chromium: reached from the console's navigation,
 * signed in as the console's administrator, every change checked against the server.
 */
class ConfigurationsScreenIT extends ConsoleBrowserTest {

    private static ScimConfigurations configurations;

    @BeforeAll
    static void useTheServer() {
        configurations = new ScimConfigurations(admin);
    }

    @Test
    void anAdministratorCreatesAConfigurationAndItsKeyWorksForScim() {
        String realm = admin.createRealm("screens");
        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        assertEquals("shown", console.scimNavigationDecision());
        ConfigurationsScreen screen = console.openConfigurations();
        assertEquals("SCIM configurations", screen.title());
        assertTrue(screen.isEmpty(), "a new realm has no configuration");
        chromium.screenshot("configurations-empty");

        ConfigurationDialog dialog = screen.create();
        assertEquals(List.of(realm), dialog.accounts(), "the home realm is the default account");
        dialog.save();
        assertFalse(dialog.fieldError("name").isBlank(), "the API's message for the empty name, next to the field");

        dialog.name("Entra ID").generate();
        assertTrue(dialog.isKeyMasked(), "the key is hidden until the eye is pressed");
        chromium.screenshot("configuration-created");
        String key = dialog.revealKey();
        assertTrue(key.startsWith("kcscim_"), key);
        chromium.allowClipboard(server.baseUrl());
        dialog.copyKey();
        assertEquals(key, chromium.clipboardText());
        assertEquals(server.baseUrl() + "/realms/" + realm + "/provisioning/scim/v2", dialog.scimBaseUrl());

        // The directory's side: the copied key authenticates SCIM calls
        configurations.scimGet(realm, "Users", chromium.clipboardText()).expectStatus(200);
        dialog.done();
        screen.awaitNames(List.of("Entra ID"));
        assertEquals("Active", screen.status("Entra ID"));
        chromium.screenshot("configurations-list");

        ConfigurationDialog edit = screen.edit("Entra ID");
        assertTrue(edit.keyNotice().contains("cannot be shown again"), edit.keyNotice());
        edit.name("Entra ID production").toggleActive().saveAndClose();
        screen.awaitStatus("Entra ID production", "Inactive");
        JsonNode stored = onlyConfiguration(realm);
        assertEquals("Entra ID production", stored.path("name").asText());
        assertFalse(stored.path("active").asBoolean());
        configurations.scimGet(realm, "Users", key).expectStatus(401);

        ConfigurationDialog rotate = screen.edit("Entra ID production");
        String warning = rotate.regenerate();
        assertTrue(warning.contains("The directory must then be given the new key"), warning);
        chromium.screenshot("configuration-new-key");
        String newKey = rotate.revealKey();
        assertNotEquals(key, newKey);
        rotate.done();
        rotate = screen.edit("Entra ID production");
        rotate.toggleActive().saveAndClose();
        screen.awaitStatus("Entra ID production", "Active");
        configurations.scimGet(realm, "Users", newKey).expectStatus(200);
        configurations.scimGet(realm, "Users", key).expectStatus(401);

        ConfigurationsScreen.DeleteDialog delete = screen.delete("Entra ID production");
        String consequences = delete.consequences();
        assertTrue(consequences.contains("finds no mappings to delete"), consequences);
        assertTrue(consequences.contains("keeps the users and groups it provisioned"), consequences);
        chromium.screenshot("configuration-delete");
        delete.confirm();
        screen.awaitGone("Entra ID production");
        assertEquals(0, admin.send("GET", path(realm), admin.adminToken(), null).expectStatus(200).json().size());
        configurations.scimGet(realm, "Users", newKey).expectStatus(401);
    }

    @Test
    void theListSearchesByNameAndShowsDirectoryTextAsText() {
        String realm = admin.createRealm("screens-search");
        String hostile = "<img src=x onerror=alert(1)>";
        configurations.create(realm, "Okta");
        configurations.create(realm, "Entra ID");
        configurations.create(realm, hostile);

        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        ConfigurationsScreen screen = console.openConfigurations();
        screen.awaitNames(List.of(hostile, "Entra ID", "Okta"));
        assertTrue(chromium.driver().findElements(By.cssSelector("main img[src='x']")).isEmpty(),
                "a name is never parsed as HTML");

        screen.search("ok");
        screen.awaitNames(List.of("Okta"));

        // Leaving SCIM through the console's own navigation gives the console its page back, and Back returns
        console.openConsolePage("users");
        assertEquals("Users", console.heading());
        assertTrue(chromium.driver().findElements(By.tagName("kcscim-screen")).isEmpty());
        chromium.driver().navigate().back();
        screen.awaitNames(List.of(hostile, "Entra ID", "Okta"));
    }

    @Test
    void theActivityOfAConfigurationShowsWhatItsDirectoryChangedAndTheRefusedSignIns() {
        String realm = admin.createRealm("screens-activity");
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(),
                "{\"adminEventsEnabled\":true,\"eventsEnabled\":true}").expectStatus(204);
        ScimConfigurations.Created created = configurations.create(realm, "Okta");
        new ScimClient(admin, realm, created.apiKey()).create("Users", "{\"schemas\":"
                + "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"carol\",\"password\":\"Carol-pass-1\","
                + "\"name\":{\"givenName\":\"Carol\",\"familyName\":\"Test\"},"
                + "\"emails\":[{\"value\":\"carol@example.test\",\"primary\":true}]}");
        // With the enforcement installed, carol (in no mapped group) is refused at sign-in
        admin.send("POST", "/admin/realms/" + realm + "/provisioning/enforcement", admin.adminToken(), null)
                .expectStatus(200);
        admin.send("POST", "/realms/" + realm + "/protocol/openid-connect/token", null,
                "grant_type=password&client_id=admin-cli&username=carol&password=Carol-pass-1",
                Map.of("Content-Type", "application/x-www-form-urlencoded")).expectStatus(403);

        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        ConfigurationsScreen screen = console.openConfigurations();
        List<String> activity = screen.activity("Okta");
        assertEquals(2, activity.size(), activity.toString());
        assertTrue(activity.get(0).contains("Sign-in refused") && activity.get(0).contains("carol")
                && activity.get(0).contains("In no mapped group: tried local"), activity.get(0));
        assertTrue(activity.get(1).contains("CREATE USER"), activity.get(1));
        chromium.screenshot("configuration-activity");
    }

    @Test
    void aRealmAdministratorSeesOnlyTheirRealm() {
        String realm = admin.createRealm("screens-own");
        String other = admin.createRealm("screens-other");
        configurations.create(realm, "Own directory");
        configurations.create(other, "Other directory");
        String userId = admin.createUser(realm, "realm-admin", "realm-admin-pass");
        admin.grantManagementRoles(realm, userId, realm, "manage-realm", "view-realm");

        console.signIn(realm, realm, "realm-admin", "realm-admin-pass");
        ConfigurationsScreen screen = console.openConfigurations();
        screen.awaitNames(List.of("Own directory"));
        assertTrue(screen.canCreate());
        ConfigurationDialog dialog = screen.edit("Own directory");
        assertEquals(List.of(realm), dialog.accountChoices(), "a realm's configuration covers only that realm");
        dialog.close();

        // Another realm's SCIM route, typed into the address bar: the screen says no
        assertTrue(console.goToConfigurations(realm, other).isForbidden(), "no access to another realm");
        assertEquals(1, admin.send("GET", path(other), admin.adminToken(), null).expectStatus(200).json().size());
    }

    /**
     * With an access token lifespan no longer than the screens' renewal margin, every API call renews the token:
     * the screens must keep working, through refresh tokens, with a single silent sign-in at the start.
     */
    @Test
    void theScreensRenewTheirTokenWithoutSigningInAgain() {
        String realm = admin.createRealm("screens-renew");
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(),
                "{\"accessTokenLifespan\":20,\"eventsEnabled\":true,\"enabledEventTypes\":[\"LOGIN\",\"REFRESH_TOKEN\"]}").expectStatus(204);
        String userId = admin.createUser(realm, "renewer", "renewer-pass");
        admin.grantManagementRoles(realm, userId, realm, "manage-realm", "view-realm");

        console.signIn(realm, realm, "renewer", "renewer-pass");
        ConfigurationsScreen screen = console.openConfigurations();
        ConfigurationDialog dialog = screen.create();
        dialog.name("Renewed").save();
        dialog.keyField();
        dialog.done();
        screen.awaitNames(List.of("Renewed"));
        screen.edit("Renewed").name("Renewed twice").saveAndClose();
        screen.awaitNames(List.of("Renewed twice"));

        JsonNode logins = admin.send("GET", "/admin/realms/" + realm + "/events?type=LOGIN&max=100",
                admin.adminToken(), null).expectStatus(200).json();
        long silentSignIns = StreamSupport.stream(logins.spliterator(), false)
                .filter(event -> event.path("details").path("redirect_uri").asText().contains("/console/?kcscim-silent-sign-in=1"))
                .count();
        assertEquals(1, silentSignIns, logins.toString());
        JsonNode refreshes = admin.send("GET", "/admin/realms/" + realm
                        + "/events?type=REFRESH_TOKEN&client=security-admin-console&max=100",
                admin.adminToken(), null).expectStatus(200).json();
        assertTrue(refreshes.size() >= 4, "the screens' calls renewed by refresh token: " + refreshes);
    }

    @Test
    void anAdministratorWithoutViewRealmIsNotOfferedScim() {
        String realm = admin.createRealm("screens-helpdesk");
        String userId = admin.createUser(realm, "helpdesk", "helpdesk-pass");
        admin.grantManagementRoles(realm, userId, realm, "view-users");

        console.signIn(realm, realm, "helpdesk", "helpdesk-pass");
        assertEquals("hidden", console.scimNavigationDecision());
        assertTrue(console.goToConfigurations(realm, realm).isForbidden(), "a bookmarked SCIM route says why");
    }

    @Test
    void anAdministratorWhoMayOnlyViewGetsNoWayToChangeAnything() {
        String realm = admin.createRealm("screens-view");
        configurations.create(realm, "Read only");
        String userId = admin.createUser(realm, "viewer", "viewer-pass");
        admin.grantManagementRoles(realm, userId, realm, "view-realm");

        console.signIn(realm, realm, "viewer", "viewer-pass");
        ConfigurationsScreen screen = console.openConfigurations();
        screen.awaitNames(List.of("Read only"));
        assertFalse(screen.canCreate(), "no Create button without manage-realm");
        ConfigurationDialog dialog = screen.edit("Read only");
        assertTrue(dialog.isReadOnly(), "the dialog shows the configuration without Save or Generate");
        dialog.close();
    }

    private static JsonNode onlyConfiguration(String realm) {
        JsonNode list = admin.send("GET", path(realm), admin.adminToken(), null).expectStatus(200).json();
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
