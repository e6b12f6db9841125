package org.kcscim.it.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.stream.Collectors;

/** One of the screens' searchable multi-selects (accounts, groups, roles), addressed by its id. */
public final class Picker {

    private final WebDriver driver;
    private final String id;
    private final WebDriverWait wait;

    Picker(WebDriver driver, String id) {
        this.driver = driver;
        this.id = id;
        this.wait = AdminConsole.waitOn(driver);
    }

    /** Types into the picker's search and waits until the offered options all contain the text. */
    public Picker search(String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id + "-input")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(driver -> {
            List<String> shown = options();
            return !shown.isEmpty() && shown.stream().allMatch(option -> option.toLowerCase().contains(text.toLowerCase()));
        });
        return this;
    }

    /** The labels of the options shown now (without their descriptions). */
    public List<String> options() {
        return driver.findElements(By.cssSelector("[data-testid='" + id + "-option'] .pf-v5-c-menu__item-text")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
    }

    /** Opens the list if needed and ticks the option labelled exactly {@code label}. */
    public Picker choose(String label) {
        if (driver.findElements(By.cssSelector("[data-testid='" + id + "-option']")).isEmpty()) {
            driver.findElement(By.cssSelector("[data-testid='" + id + "-toggle']")).click();
        }
        WebElement option = wait.until(driver -> driver.findElements(By.cssSelector("[data-testid='" + id + "-option']"))
                .stream()
                .filter(candidate -> candidate.findElement(By.cssSelector(".pf-v5-c-menu__item-text")).getText().trim()
                        .equals(label))
                .findFirst().orElse(null));
        option.findElement(By.cssSelector(".pf-v5-c-menu__item-text")).click();
        wait.until(driver -> selected().contains(label));
        return this;
    }

    /** Closes the option list by clicking beside it (Escape would close the whole dialog). */
    public void close() {
        if (!driver.findElements(By.cssSelector("[data-testid='" + id + "-option']")).isEmpty()) {
            driver.findElement(By.cssSelector("[role='dialog'] .pf-v5-c-modal-box__title")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid='" + id + "-option']")));
        }
    }

    /** The chosen values, as their chips show them. */
    public List<String> selected() {
        return driver.findElements(By.cssSelector("[data-testid='" + id + "-chip']")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
    }
}
