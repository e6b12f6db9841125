package org.kcscim.it.screens;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.browser.ConfigurationDialog;
import org.kcscim.it.support.browser.ConfigurationsScreen;
import org.kcscim.it.support.browser.ScreenTexts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A realm's first configuration, as a first-time administrator meets it: the empty screen says what to do and
 * where the directories explain their side; once the key is generated, the dialog gives each field of Entra ID's
 * and Okta's forms its exact value, and those values work.
 */
class FirstRunIT extends ConsoleBrowserTest {

    @Test
    void theEmptyScreenLeadsToAWorkingConnection() {
        String realm = admin.createRealm("first-run");
        ScreenTexts english = ScreenTexts.of("en");
        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        ConfigurationsScreen screen = console.openConfigurations();
        assertTrue(screen.isEmpty());

        WebElement steps = chromium.driver().findElement(By.cssSelector("[data-testid='kcscim-first-steps']"));
        assertEquals(List.of(english.text("kcscim.configurations.emptyCreate"), english.text("kcscim.configurations.emptyConnect")),
                steps.findElements(By.cssSelector("li")).stream().map(WebElement::getText).collect(Collectors.toList()));
        WebElement entraGuide = steps.findElement(By.cssSelector("[data-testid='kcscim-guide-entra']"));
        WebElement oktaGuide = steps.findElement(By.cssSelector("[data-testid='kcscim-guide-okta']"));
        assertTrue(entraGuide.getAttribute("href").startsWith("https://learn.microsoft.com/"), entraGuide.getAttribute("href"));
        assertTrue(oktaGuide.getAttribute("href").startsWith("https://help.okta.com/"), oktaGuide.getAttribute("href"));
        assertEquals("_blank", entraGuide.getAttribute("target"));
        assertTrue(entraGuide.getAccessibleName().contains(english.text("kcscim.configurations.opensInNewTab")),
                entraGuide.getAccessibleName());
        chromium.screenshot("configurations-first-run");

        ConfigurationDialog dialog = screen.create();
        dialog.name("Entra ID").generate();
        String key = dialog.revealKey();
        String baseUrl = dialog.scimBaseUrl();
        chromium.allowClipboard(server.baseUrl());

        assertEquals(baseUrl, dialog.connectValue("entra", "tenantUrl"));
        assertFalse(dialog.connectValue("entra", "secretToken").contains(key), "the token stays masked on screen");
        chromium.screenshot("configuration-connect-entra");
        dialog.copyConnectValue("entra", "secretToken");
        assertEquals(key, chromium.clipboardText());

        dialog.showConnectTab("okta");
        assertEquals(baseUrl, dialog.connectValue("okta", "baseUrl"));
        assertEquals("userName", dialog.connectValue("okta", "uniqueIdentifier"));
        assertEquals("HTTP Header", dialog.connectValue("okta", "authenticationMode"));
        chromium.screenshot("configuration-connect-okta");
        dialog.copyConnectValue("okta", "authorization");
        String authorization = chromium.clipboardText();
        assertEquals("Bearer " + key, authorization);

        // What Entra's "Test Connection" and Okta's "Test Connector Configuration" do with those values
        JsonNode answer = admin.send("GET", baseUrl + "/Users?filter=userName%20eq%20%22nobody%22", null, null,
                java.util.Map.of("Authorization", authorization)).expectStatus(200).json();
        assertEquals(0, answer.path("totalResults").asInt());
        dialog.done();
        screen.awaitNames(List.of("Entra ID"));
        assertNotEquals(english.text("kcscim.common.never"), screen.lastKeyUse("Entra ID"), "the list saw the key in use");
    }
}
