package org.kcscim.it.screens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.UserProfiles;
import org.kcscim.it.support.browser.AccessibilityAudit;
import org.kcscim.it.support.browser.AttributesTab;
import org.kcscim.it.support.browser.ConfigurationDialog;
import org.kcscim.it.support.browser.ConfigurationsScreen;
import org.kcscim.it.support.browser.MappingDialog;
import org.kcscim.it.support.browser.MappingsScreen;
import org.kcscim.it.support.browser.ScreenTexts;

import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every SCIM screen and dialog, in every state an administrator meets, passes axe-core with no serious or
 * critical violation, in the console's light theme and in its dark one.
 */
class AccessibilityIT extends ConsoleBrowserTest {

    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";

    private AccessibilityAudit audit;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void prepareTheBrowser() {
        audit = new AccessibilityAudit(chromium.driver());
    }

    @Test
    void everyScreenAndDialogPassesTheAuditInTheLightTheme() {
        walkThroughEveryScreen("light");
    }

    @Test
    void everyScreenAndDialogPassesTheAuditInTheDarkTheme() {
        chromium.preferDarkColors();
        walkThroughEveryScreen("dark");
    }

    /** The screens take the console's colours: dark behind light text in the dark theme, and the reverse. */
    private void assertScreenFollowsTheme(String theme) {
        boolean dark = Boolean.TRUE.equals(((JavascriptExecutor) chromium.driver()).executeScript(
                "return document.documentElement.classList.contains('pf-v5-theme-dark');"));
        assertEquals("dark".equals(theme), dark, "the console itself is in the " + theme + " theme");
        double background = luminance("[data-testid='kcscim-configurations-table']", "backgroundColor");
        double text = luminance("[data-testid='kcscim-view-title']", "color");
        if (dark) {
            assertTrue(background < 0.2 && text > 0.6, "dark screen: background " + background + ", text " + text);
        } else {
            assertTrue(background > 0.8 && text < 0.3, "light screen: background " + background + ", text " + text);
        }
    }

    /** Relative luminance (0 black, 1 white) of an element's colour, its background taken from the nearest painted ancestor. */
    private double luminance(String selector, String property) {
        Object value = ((JavascriptExecutor) chromium.driver()).executeScript(
                "let e = document.querySelector(arguments[0]); const p = arguments[1];"
                        + "let c = getComputedStyle(e)[p];"
                        + "while (p === 'backgroundColor' && e && /rgba\\(.*, 0\\)|transparent/.test(c)) {"
                        + "  e = e.parentElement; c = e ? getComputedStyle(e)[p] : 'rgb(255, 255, 255)'; }"
                        + "const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)"
                        + "  .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));"
                        + "return 0.2126 * r + 0.7152 * g + 0.0722 * b;", selector, property);
        return ((Number) value).doubleValue();
    }

    private void walkThroughEveryScreen(String theme) {
        String realm = admin.createRealm("a11y-" + theme);
        ScimConfigurations.Created directory = new ScimConfigurations(admin).create(realm, "Acme directory");
        ScimClient scim = new ScimClient(admin, realm, directory.apiKey());
        scim.createGroup("engineering", scim.createUser("alice"));
        admin.send("POST", "/admin/realms/" + realm + "/roles", admin.adminToken(), "{\"name\":\"reader\"}")
                .expectStatus(201);
        // The Attributes tab with something in each part: a mapping, a declared extension, a free profile attribute
        UserProfiles profiles = new UserProfiles(admin);
        profiles.addAdminOnlyAttribute(realm, "badgeNumber", "Badge number");
        profiles.addAdminOnlyAttribute(realm, "costCenter", "Cost center");
        admin.send("PUT", ScimConfigurations.path(realm) + "/" + directory.id(), admin.adminToken(),
                "{\"schemaExtensions\":[{\"id\":\"" + ACME + "\",\"attributes\":[{\"name\":\"badgeNumber\","
                        + "\"type\":\"string\",\"multiValued\":false,\"required\":false,\"caseExact\":true}]}],"
                        + "\"attributeMappings\":[{\"scimPath\":\"" + ACME + ":badgeNumber\",\"userAttribute\":\"badgeNumber\"}]}")
                .expectStatus(200);

        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        check("navigation");
        ConfigurationsScreen configurations = console.openConfigurations();
        check("configurations list");
        assertScreenFollowsTheme(theme);
        chromium.screenshot("configurations-list-" + theme);

        ConfigurationDialog dialog = configurations.create();
        check("new configuration dialog");
        dialog.save();
        dialog.fieldError("name");
        check("new configuration dialog with a field error");
        dialog.name("Entra ID").generate();
        dialog.keyField();
        check("first key shown");
        dialog.revealKey();
        check("first key revealed");
        dialog.done();

        configurations.awaitNames(List.of("Acme directory", "Entra ID"));
        ConfigurationDialog edit = configurations.edit("Entra ID");
        check("configuration dialog of a saved configuration");
        edit.regenerate();
        check("regenerated key");
        edit.done();

        ConfigurationDialog withAttributes = configurations.edit("Acme directory");
        AttributesTab attributes = withAttributes.attributes();
        check("attributes tab with a mapping and a declared extension");
        attributes.scimAttributes().search("department");
        check("attributes tab with the SCIM attribute picker open");
        attributes.scimAttributes().choose("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department");
        attributes.newAttributeName();
        check("attributes tab offering to add a user-profile attribute");
        attributes.userAttributes().search("cost");
        check("attributes tab with the user-profile attribute picker open");
        attributes.userAttributes().close();
        console.dismissToasts();
        withAttributes.close();
        configurations.activity("Acme directory");
        check("activity dialog");
        configurations.closeDialog();
        ConfigurationsScreen.DeleteDialog deletion = configurations.delete("Acme directory");
        deletion.consequences();
        check("delete configuration dialog");
        deletion.cancel();

        MappingsScreen mappings = console.openMappings();
        mappings.isEnforcementInstalled();
        check("mappings list, empty, with the enforcement panel");
        MappingDialog mapping = mappings.create();
        check("new mapping dialog");
        mapping.name("Engineers read");
        mapping.groups().search("eng");
        check("mapping dialog with the groups picker open");
        mapping.groups().choose("engineering").close();
        mapping.roles().search("read").choose("reader").close();
        mapping.preview();
        check("mapping dialog with its preview");
        mapping.saveAndClose();
        mappings.awaitNames(List.of("Engineers read"));
        check("mappings list");
        mappings.delete("Engineers read", false);
        check("delete mapping dialog");

        String empty = admin.createRealm("a11y-empty-" + theme);
        console.goToConfigurations("master", empty);
        console.awaitConfigurations(ScreenTexts.of("en").text("kcscim.configurations.title"));
        check("configurations of a realm without any (the first run)");
        console.openMappings();
        check("mappings of a realm without a configuration");

        assertEquals(List.of(), failures, "blocking accessibility violations in the " + theme + " theme");
    }

    private void check(String state) {
        audit.blockingViolations().forEach(violation -> failures.add(state + ": " + violation));
    }
}
