package org.kcscim.it.screens;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.browser.Keyboard;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.support.ScimConfigurations.path;

/**
 * An administrator who uses only the keyboard creates a configuration, reveals its key, and creates a mapping
 * with both pickers, starting from the console's navigation.
 */
class KeyboardIT extends ConsoleBrowserTest {

    private Keyboard keyboard;
    private WebDriverWait wait;

    @BeforeEach
    void prepareTheBrowser() {
        keyboard = new Keyboard(chromium.driver());
        wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
    }

    @Test
    void aConfigurationAndAMappingAreCreatedWithTheKeyboardOnly() {
        String realm = admin.createRealm("keyboard");
        admin.send("POST", "/admin/realms/" + realm + "/roles", admin.adminToken(), "{\"name\":\"reader\"}")
                .expectStatus(201);
        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        console.scimNavigation();

        keyboard.tabTo("[data-testid='nav-item-scim-configurations']").press(Keys.ENTER);
        keyboard.tabTo("[data-testid='kcscim-create-configuration']").press(Keys.ENTER);
        keyboard.awaitFocusWithin("[role='dialog']");
        keyboard.tabTo("#kcscim-name").type("Keyboard directory");
        keyboard.tabTo("[data-testid='kcscim-generate-first']").press(Keys.ENTER);
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kcscim-api-key")));

        WebElement eye = chromium.driver().findElement(By.cssSelector("[data-testid='kcscim-api-key-reveal']"));
        WebElement copy = chromium.driver().findElement(By.cssSelector("[data-testid='kcscim-api-key-copy']"));
        assertEquals("Show API key", eye.getAccessibleName());
        assertEquals("Copy API key", copy.getAccessibleName());
        keyboard.tabTo("[data-testid='kcscim-api-key-reveal']").press(Keys.SPACE);
        wait.until(driver -> "text".equals(key.getAttribute("type")));
        assertEquals("Hide API key", eye.getAccessibleName());
        String apiKey = key.getDomProperty("value");
        keyboard.tabTo("[data-testid='kcscim-dialog-done']").press(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role='dialog']")));
        JsonNode created = admin.send("GET", path(realm), admin.adminToken(), null).expectStatus(200).json();
        assertEquals("Keyboard directory", created.get(0).path("name").asText());

        // The new key works: the directory provisions a group to map
        ScimClient directory = new ScimClient(admin, realm, apiKey);
        directory.createGroup("engineering", directory.createUser("alice"));

        keyboard.shiftTabTo("[data-testid='nav-item-scim-mappings']").press(Keys.ENTER);
        keyboard.tabTo("[data-testid='kcscim-create-mapping']").press(Keys.ENTER);
        keyboard.awaitFocusWithin("[role='dialog']");
        keyboard.tabTo("#kcscim-name").type("Engineers read");
        keyboard.tabTo("#kcscim-groups-input").type("eng");
        awaitOption("kcscim-groups", "engineering");
        keyboard.press(Keys.ARROW_DOWN).press(Keys.ENTER);
        awaitChip("kcscim-groups", "engineering");
        keyboard.press(Keys.ESCAPE);
        assertFalse(chromium.driver().findElements(By.cssSelector("[role='dialog']")).isEmpty(),
                "Escape in a picker closes its list, not the dialog");
        keyboard.tabTo("#kcscim-roles-input").type("read");
        awaitOption("kcscim-roles", "reader");
        keyboard.press(Keys.ARROW_DOWN).press(Keys.ENTER);
        awaitChip("kcscim-roles", "reader");
        keyboard.press(Keys.ESCAPE);
        keyboard.tabTo("[data-testid='kcscim-dialog-save']").press(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role='dialog']")));

        JsonNode mappings = admin.send("GET", "/admin/realms/" + realm + "/provisioning/mappings",
                admin.adminToken(), null).expectStatus(200).json();
        assertEquals(1, mappings.size(), mappings.toString());
        assertEquals("Engineers read", mappings.get(0).path("name").asText());
        assertEquals(1, mappings.get(0).path("groups").size(), mappings.toString());
        assertEquals(1, mappings.get(0).path("roles").size(), mappings.toString());
    }

    private void awaitOption(String picker, String label) {
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid='" + picker + "-option']")).stream()
                .anyMatch(option -> option.getText().trim().startsWith(label)));
    }

    private void awaitChip(String picker, String label) {
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid='" + picker + "-chip']")).stream()
                .map(chip -> chip.getText().trim()).anyMatch(List.of(label)::contains));
    }
}
