package org.kcscim.it.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.stream.Collectors;

/** The create/edit dialog of one configuration. */
public final class ConfigurationDialog {

    private static final By KEY = By.cssSelector("input#kcscim-api-key");

    private final WebDriver driver;
    private final WebElement dialog;
    private final WebDriverWait wait;

    ConfigurationDialog(WebDriver driver, WebElement dialog) {
        this.driver = driver;
        this.dialog = dialog;
        this.wait = AdminConsole.waitOn(driver);
    }

    public ConfigurationDialog name(String name) {
        WebElement input = dialog.findElement(By.id("kcscim-name"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(name);
        return this;
    }

    /** Flips the Active switch (its input is visually hidden: the label is what a user clicks). */
    public ConfigurationDialog toggleActive() {
        dialog.findElement(By.cssSelector("label[for='kcscim-active']")).click();
        return this;
    }

    public boolean isActive() {
        return dialog.findElement(By.id("kcscim-active")).isSelected();
    }

    /** The realms the accounts picker offers. */
    public List<String> accountChoices() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-accounts-toggle']")).click();
        List<String> choices = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
                        By.cssSelector("[data-testid='kcscim-accounts-option']")))
                .stream().map(WebElement::getText).map(String::trim).collect(Collectors.toList());
        dialog.findElement(By.cssSelector("[data-testid='kcscim-accounts-toggle']")).click();
        return choices;
    }

    /** The selected accounts, as the chips show them. */
    public List<String> accounts() {
        return dialog.findElements(By.cssSelector("[data-testid='kcscim-accounts-chip']")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
    }

    /** No Save, no Generate, the name not editable. */
    public boolean isReadOnly() {
        return dialog.findElements(By.cssSelector("[data-testid='kcscim-dialog-save']")).isEmpty()
                && dialog.findElements(By.cssSelector("[data-testid='kcscim-generate']")).isEmpty()
                && !dialog.findElement(By.id("kcscim-name")).isEnabled();
    }

    public void save() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-dialog-save']")).click();
    }

    /** Generate, in the dialog of a new configuration: saves it and shows its first key. */
    public void generate() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-generate-first']")).click();
    }

    /** Saves an edit: the dialog closes. */
    public void saveAndClose() {
        save();
        wait.until(ExpectedConditions.stalenessOf(dialog));
    }

    /** The API's message shown under {@code field}. */
    public String fieldError(String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='error-" + field + "']"))).getText();
    }

    /** Waits for the once-shown key field (after a create or a regeneration). */
    public WebElement keyField() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(KEY));
    }

    public boolean isKeyMasked() {
        return "password".equals(keyField().getAttribute("type"));
    }

    /** Presses the eye, once the key is there, and returns the key it reveals. */
    public String revealKey() {
        keyField();
        dialog.findElement(By.cssSelector("[data-testid='kcscim-api-key-reveal']")).click();
        wait.until(driver -> "text".equals(keyField().getAttribute("type")));
        return keyField().getDomProperty("value");
    }

    public void copyKey() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-api-key-copy']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='tooltip']"), "Copied"));
    }

    public String scimBaseUrl() {
        return dialog.findElement(By.cssSelector("[data-testid='kcscim-base-url'] input")).getDomProperty("value");
    }

    /** A value of the "connect your directory" section, as shown, e.g. {@code ("okta", "baseUrl")}. */
    public String connectValue(String directory, String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='kcscim-connect-" + directory + "-" + field + "']"))).getText().trim();
    }

    /** Presses the copy button of a value of the "connect your directory" section and waits for its tooltip. */
    public void copyConnectValue(String directory, String field) {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-connect-" + directory + "-" + field + "-copy']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='tooltip']"), "Copied"));
    }

    /** Shows the tab of {@code directory} ({@code entra} or {@code okta}) in the "connect your directory" section. */
    public void showConnectTab(String directory) {
        // The pointer leaves the last copy button, whose tooltip would otherwise stay over the other tab
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(dialog.findElement(By.cssSelector(".pf-v5-c-modal-box__title"))).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role='tooltip']")));
        dialog.findElement(By.cssSelector("[data-testid='kcscim-connect-" + directory + "-tab'] button, "
                + "button[data-testid='kcscim-connect-" + directory + "-tab']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='kcscim-connect-" + directory + "']")));
    }

    /** Opens the Attributes tab (the Settings tab is the one shown first). */
    public AttributesTab attributes() {
        return AttributesTab.open(driver, dialog);
    }

    public String keyNotice() {
        return dialog.findElement(By.cssSelector("[data-testid='kcscim-key-hidden']")).getText();
    }

    /** Generate new key: the warning, then its confirmation. Returns the warning's text. */
    public String regenerate() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-generate']")).click();
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='kcscim-regenerate-warning']")));
        String text = warning.getText();
        warning.findElement(By.cssSelector("[data-testid='kcscim-generate-confirm']")).click();
        keyField();
        return text;
    }

    public void done() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-dialog-done']")).click();
        wait.until(ExpectedConditions.stalenessOf(dialog));
    }

    /** Closes with the dialog's own close (x) button. */
    public void close() {
        dialog.findElement(By.cssSelector("button[aria-label='Close']")).click();
        wait.until(ExpectedConditions.stalenessOf(dialog));
    }
}
