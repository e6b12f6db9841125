package org.kcscim.it.screens;

import org.junit.jupiter.api.Test;
import org.kcscim.it.support.browser.Chromium;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * How the SCIM screens join the console: in every realm that kept the default admin theme (the server runs with
 * {@code --spi-theme-selector--provider=kcscim}, as the README says), from the very first page after sign-in,
 * with a silent sign-in that leaves no error behind in the browser.
 */
class ScimInTheConsoleIT extends ConsoleBrowserTest {

    private static final String SCRIPT = "/admin/kcscim/js/kcscim.js";

    @Test
    void everyRealmThatKeptTheDefaultAdminThemeGetsTheScreensAndAChosenThemeIsKept() {
        String untouched = admin.createRealm("theme-default");
        String chosen = admin.createRealm("theme-chosen");
        admin.send("PUT", "/admin/realms/" + chosen, admin.adminToken(), "{\"adminTheme\":\"keycloak.v2\"}")
                .expectStatus(204);

        assertTrue(consolePage(untouched).contains(SCRIPT), "a realm without an admin theme of its own");
        assertTrue(consolePage("master").contains(SCRIPT), "master, whose console manages every realm");
        assertFalse(consolePage(chosen).contains(SCRIPT), "a realm that chose keycloak.v2 keeps the stock console");
    }

    @Test
    void theFirstPageAfterSignInOffersScimForTheRealmItShows() {
        console.signInToFirstPage("master", server.adminUsername(), server.adminPassword());
        assertEquals("shown", console.scimNavigationDecision());
        assertTrue(console.scimConfigurationsLink().endsWith("#/master/scim/configurations"),
                console.scimConfigurationsLink());
        console.openConfigurations();
    }

    @Test
    void theSilentSignInLandsOnARealPage() {
        String realm = admin.createRealm("silent");
        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        console.openConfigurations();

        List<Chromium.DocumentResponse> landings = chromium.documentResponses().stream()
                .filter(document -> document.url().contains("kcscim-silent-sign-in"))
                .collect(Collectors.toList());
        assertFalse(landings.isEmpty(), "the screens signed in silently");
        landings.forEach(landing -> assertEquals(200, landing.status(), landing.url()));
        List<String> errors = chromium.consoleMessages().stream()
                .filter(message -> message.startsWith("SEVERE"))
                .collect(Collectors.toList());
        assertEquals(List.of(), errors, "nothing went wrong in the browser");
    }

    private static String consolePage(String realm) {
        return admin.send("GET", "/admin/" + realm + "/console/", null, null, java.util.Map.of("Accept", "text/html"))
                .expectStatus(200).body();
    }
}
