package org.kcscim.it.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The create/edit dialog of one mapping, with its pickers and its live preview. */
public final class MappingDialog {

    private final WebDriver driver;
    private final WebElement dialog;
    private final WebDriverWait wait;

    MappingDialog(WebDriver driver, WebElement dialog) {
        this.driver = driver;
        this.dialog = dialog;
        this.wait = AdminConsole.waitOn(driver);
    }

    public MappingDialog name(String name) {
        WebElement input = dialog.findElement(By.id("kcscim-name"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(name);
        return this;
    }

    public Picker groups() {
        return new Picker(driver, "kcscim-groups");
    }

    public Picker roles() {
        return new Picker(driver, "kcscim-roles");
    }

    public Picker accounts() {
        return new Picker(driver, "kcscim-accounts");
    }

    public boolean isMeansChecked(String means) {
        return dialog.findElement(By.id("kcscim-means-" + means)).isSelected();
    }

    /** Waits for the preview of what is in the dialog now and returns its lines: the summary, then each grant. */
    public List<String> preview() {
        WebElement preview = dialog.findElement(By.cssSelector("[data-testid='kcscim-preview']"));
        wait.until(ExpectedConditions.attributeToBe(preview, "data-state", "ready"));
        List<String> lines = new ArrayList<>();
        lines.add(preview.findElement(By.cssSelector("[data-testid='kcscim-preview-summary']")).getText());
        lines.addAll(preview.findElements(By.cssSelector("[data-testid='kcscim-preview-grant']")).stream()
                .map(WebElement::getText).collect(Collectors.toList()));
        return lines;
    }

    /** No Save, and the pickers cannot be opened. */
    public boolean isReadOnly() {
        return dialog.findElements(By.cssSelector("[data-testid='kcscim-dialog-save']")).isEmpty()
                && !dialog.findElement(By.id("kcscim-name")).isEnabled()
                && !dialog.findElement(By.id("kcscim-groups-input")).isEnabled();
    }

    public void close() {
        dialog.findElement(By.cssSelector("button[aria-label='Close']")).click();
        wait.until(ExpectedConditions.stalenessOf(dialog));
    }

    public void saveAndClose() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-dialog-save']")).click();
        wait.until(ExpectedConditions.stalenessOf(dialog));
    }

    public void save() {
        dialog.findElement(By.cssSelector("[data-testid='kcscim-dialog-save']")).click();
    }

    public String fieldError(String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='error-" + field + "']"))).getText();
    }
}
