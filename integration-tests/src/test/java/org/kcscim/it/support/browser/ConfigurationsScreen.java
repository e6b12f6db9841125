package org.kcscim.it.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.stream.Collectors;

/** SCIM > Configurations: the list, its search, and the create/edit and delete dialogs. */
public final class ConfigurationsScreen {

    private static final By TITLE = By.cssSelector("[data-testid='kcscim-view-title']");
    private static final By TABLE = By.cssSelector("[data-testid='kcscim-configurations-table']");
    private static final By EMPTY = By.cssSelector("[data-testid='kcscim-configurations-empty']");
    private static final By ROW = By.cssSelector("[data-testid='kcscim-configuration-row']");
    private static final By DIALOG = By.cssSelector("[role='dialog']");

    private final WebDriver driver;
    private final WebDriverWait wait;

    ConfigurationsScreen(WebDriver driver) {
        this.driver = driver;
        this.wait = AdminConsole.waitOn(driver);
    }

    /** Waits for the screen's answer to a realm the administrator may not view. */
    public boolean isForbidden() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='kcscim-forbidden']")))
                .isDisplayed();
    }

    /** Waits until the list, or its empty state, has replaced the loading spinner. */
    ConfigurationsScreen awaitLoaded() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(TITLE));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(TABLE),
                ExpectedConditions.visibilityOfElementLocated(EMPTY)));
        return this;
    }

    /** The "last key use" cell of a configuration's row, as shown. */
    public String lastKeyUse(String name) {
        return row(name).findElement(By.cssSelector("[data-testid='kcscim-configuration-last-use']")).getText().trim();
    }

    public String title() {
        return driver.findElement(TITLE).getText();
    }

    public boolean isEmpty() {
        return !driver.findElements(EMPTY).isEmpty();
    }

    public boolean canCreate() {
        return !driver.findElements(By.cssSelector("[data-testid='kcscim-create-configuration']")).isEmpty();
    }

    /** The names in the list, as shown. */
    public List<String> names() {
        return driver.findElements(ROW).stream()
                .map(row -> row.findElement(By.cssSelector("[data-testid='kcscim-configuration-name']")).getText())
                .collect(Collectors.toList());
    }

    /** Waits until the list shows exactly these names, in this order (it reloads after every change). */
    public void awaitNames(List<String> expected) {
        wait.until(driver -> expected.equals(names()));
    }

    public WebElement row(String name) {
        return wait.until(driver -> driver.findElements(ROW).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-testid='kcscim-configuration-name']")).getText()
                        .equals(name))
                .findFirst().orElse(null));
    }

    public String status(String name) {
        return row(name).findElement(By.cssSelector("[data-testid='kcscim-configuration-status']")).getText();
    }

    public void awaitStatus(String name, String status) {
        wait.until(driver -> status.equals(status(name)));
    }

    public void awaitGone(String name) {
        wait.until(driver -> !names().contains(name));
    }

    public void search(String text) {
        WebElement input = driver.findElement(By.cssSelector("input[aria-label='Search configurations']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    public ConfigurationDialog create() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='kcscim-create-configuration']")))
                .click();
        return new ConfigurationDialog(driver, wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG)));
    }

    public ConfigurationDialog edit(String name) {
        row(name).findElement(By.cssSelector("[data-testid='kcscim-configuration-name']")).click();
        return new ConfigurationDialog(driver, wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG)));
    }

    /** Row actions > Activity: each entry's row as text (time, what, subject, details), newest first, once loaded. */
    public List<String> activity(String name) {
        row(name).findElement(By.cssSelector("button[aria-label='Kebab toggle']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@role='menuitem'][normalize-space(.)='Activity']"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='kcscim-activity-table']")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='kcscim-activity-empty']"))));
        return dialog.findElements(By.cssSelector("[data-testid='kcscim-activity-row']")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
    }

    /** Closes whichever dialog is open with its close (x) button. */
    public void closeDialog() {
        WebElement dialog = driver.findElement(DIALOG);
        dialog.findElement(By.cssSelector("button[aria-label='Close']")).click();
        wait.until(ExpectedConditions.stalenessOf(dialog));
    }

    /** Opens the row's actions menu and chooses Delete: the confirmation dialog. */
    public DeleteDialog delete(String name) {
        row(name).findElement(By.cssSelector("button[aria-label='Kebab toggle']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@role='menuitem'][normalize-space(.)='Delete']"))).click();
        return new DeleteDialog(wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG)));
    }

    /** The delete confirmation. */
    public final class DeleteDialog {
        private final WebElement dialog;

        DeleteDialog(WebElement dialog) {
            this.dialog = dialog;
        }

        /** The consequences, once the number of mappings is known. */
        public String consequences() {
            WebElement text = dialog.findElement(By.cssSelector("[data-testid='kcscim-delete-consequences']"));
            wait.until(ExpectedConditions.attributeToBe(text, "data-loaded", "true"));
            return text.getText();
        }

        public void cancel() {
            dialog.findElement(By.cssSelector("button[aria-label='Close']")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        }

        public void confirm() {
            dialog.findElement(By.cssSelector("[data-testid='kcscim-delete-confirm']")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        }
    }
}
