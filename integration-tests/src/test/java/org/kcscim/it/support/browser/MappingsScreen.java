package org.kcscim.it.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.stream.Collectors;

/** SCIM > Mappings: the list with its search and configuration filter, and the mapping dialog. */
public final class MappingsScreen {

    private static final By TITLE = By.cssSelector("[data-testid='kcscim-view-title']");
    private static final By TABLE = By.cssSelector("[data-testid='kcscim-mappings-table']");
    private static final By EMPTY = By.cssSelector("[data-testid='kcscim-mappings-empty']");
    private static final By ROW = By.cssSelector("[data-testid='kcscim-mapping-row']");
    private static final By DIALOG = By.cssSelector("[role='dialog']");

    private final WebDriver driver;
    private final WebDriverWait wait;

    MappingsScreen(WebDriver driver) {
        this.driver = driver;
        this.wait = AdminConsole.waitOn(driver);
    }

    MappingsScreen awaitLoaded() {
        wait.until(ExpectedConditions.textToBe(TITLE, "SCIM mappings"));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(TABLE),
                ExpectedConditions.visibilityOfElementLocated(EMPTY)));
        return this;
    }

    /** Whether the enforcement panel, once loaded, says the realm's sign-in flows enforce the mappings' means. */
    public boolean isEnforcementInstalled() {
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='kcscim-enforcement']")));
        return "true".equals(panel.getAttribute("data-enforced"));
    }

    /** Presses Install in the enforcement panel and waits until the panel says it is installed. */
    public void installEnforcement() {
        driver.findElement(By.cssSelector("[data-testid='kcscim-enforcement-install']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='kcscim-enforcement']"),
                "data-enforced", "true"));
    }

    public boolean isEmpty() {
        return !driver.findElements(EMPTY).isEmpty();
    }

    public List<String> names() {
        return driver.findElements(ROW).stream()
                .map(row -> row.findElement(By.cssSelector("[data-testid='kcscim-mapping-name']")).getText())
                .collect(Collectors.toList());
    }

    public void awaitNames(List<String> expected) {
        wait.until(driver -> expected.equals(names()));
    }

    /** The texts of the labels of one column of a row: group, role, account or means. */
    public List<String> labels(String mapping, String column) {
        return row(mapping).findElements(By.cssSelector("[data-testid='kcscim-mapping-" + column + "']")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
    }

    public void search(String text) {
        WebElement input = driver.findElement(By.cssSelector("input[aria-label='Search mappings']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** Chooses a configuration in the list's filter ("All configurations" shows every mapping). */
    public void filterByConfiguration(String configuration) {
        new Select(driver.findElement(By.id("kcscim-mapping-filter")))
                .selectByVisibleText(configuration);
    }

    public boolean canCreate() {
        return !driver.findElements(By.cssSelector("[data-testid='kcscim-create-mapping']")).isEmpty();
    }

    public MappingDialog create() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='kcscim-create-mapping']"))).click();
        return new MappingDialog(driver, wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG)));
    }

    public MappingDialog edit(String name) {
        row(name).findElement(By.cssSelector("[data-testid='kcscim-mapping-name']")).click();
        return new MappingDialog(driver, wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG)));
    }

    /** Row actions > Delete, then the confirmation's text; {@code confirm} deletes. */
    public String delete(String name, boolean confirm) {
        row(name).findElement(By.cssSelector("button[aria-label='Kebab toggle']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@role='menuitem'][normalize-space(.)='Delete']"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        String text = dialog.findElement(By.cssSelector("[data-testid='kcscim-delete-consequences']")).getText();
        if (confirm) {
            dialog.findElement(By.cssSelector("[data-testid='kcscim-delete-confirm']")).click();
            wait.until(ExpectedConditions.stalenessOf(dialog));
        }
        return text;
    }

    private WebElement row(String name) {
        return wait.until(driver -> driver.findElements(ROW).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-testid='kcscim-mapping-name']")).getText().equals(name))
                .findFirst().orElse(null));
    }
}
