package org.kcscim.it.screens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.browser.ConfigurationsScreen;
import org.kcscim.it.support.browser.ScreenTexts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The screens speak the console's language: the administrator's locale in Keycloak decides, German and French
 * come from their bundles with dates in that language's format, and a language the screens lack falls back to
 * English words (with that locale's dates, like the console around them).
 */
class LanguagesIT extends ConsoleBrowserTest {

    @Test
    void theScreensFollowTheAdministratorsLocale() {
        String realm = admin.createRealm("languages");
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(),
                "{\"internationalizationEnabled\":true,\"supportedLocales\":[\"en\",\"de\",\"fr\",\"es\"],\"defaultLocale\":\"en\"}")
                .expectStatus(204);
        ScimConfigurations.Created directory = new ScimConfigurations(admin).create(realm, "Entra ID");
        // One use of the key, so that the list shows a date to format
        new ScimConfigurations(admin).scimGet(realm, "Users?count=1", directory.apiKey()).expectStatus(200);
        String userId = admin.createUser(realm, "lena", "lena-pass");
        admin.grantManagementRoles(realm, userId, realm, "manage-realm", "view-realm");

        setLocale(realm, userId, "de");
        console.signIn(realm, realm, "lena", "lena-pass");
        ScreenTexts german = ScreenTexts.of("de");
        assertEquals(german.text("kcscim.nav.configurations"), navigationText("configurations"));
        ConfigurationsScreen screen = console.openConfigurations();
        assertEquals(german.text("kcscim.configurations.title"), screen.title());
        assertTrue(screen.lastKeyUse("Entra ID").matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}, \\d{1,2}:\\d{2}:\\d{2}"),
                "a German date: " + screen.lastKeyUse("Entra ID"));
        chromium.screenshot("configurations-german");

        setLocale(realm, userId, "fr");
        chromium.driver().navigate().refresh();
        ScreenTexts french = ScreenTexts.of("fr");
        screen = console.awaitConfigurations(french.text("kcscim.configurations.title"));
        assertEquals(french.text("kcscim.nav.mappings"), navigationText("mappings"));
        assertTrue(screen.lastKeyUse("Entra ID").matches("\\d{2}/\\d{2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2}"),
                "a French date: " + screen.lastKeyUse("Entra ID"));

        setLocale(realm, userId, "es");
        chromium.driver().navigate().refresh();
        screen = console.awaitConfigurations(ScreenTexts.of("en").text("kcscim.configurations.title"));
        assertTrue(screen.lastKeyUse("Entra ID").matches("\\d{1,2}/\\d{1,2}/\\d{4}, \\d{1,2}:\\d{2}:\\d{2}"),
                "Spanish has no bundle: English words, a Spanish date: " + screen.lastKeyUse("Entra ID"));
        assertEquals(List.of("Entra ID"), screen.names());
    }

    private String navigationText(String section) {
        console.scimNavigation();
        return chromium.driver().findElement(
                org.openqa.selenium.By.cssSelector("[data-testid='nav-item-scim-" + section + "']")).getText();
    }

    private static void setLocale(String realm, String userId, String locale) {
        ObjectNode user = (ObjectNode) admin.send("GET", "/admin/realms/" + realm + "/users/" + userId,
                admin.adminToken(), null).expectStatus(200).json();
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.putArray("locale").add(locale);
        admin.send("PUT", "/admin/realms/" + realm + "/users/" + userId, admin.adminToken(), user).expectStatus(204);
    }
}
