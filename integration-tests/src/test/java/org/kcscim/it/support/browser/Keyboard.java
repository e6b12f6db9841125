package org.kcscim.it.support.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * An administrator without a mouse: Tab and Shift+Tab to move, Enter and Space to act, arrows in lists, typing
 * into whatever has the focus. Reaching an element means tabbing to it, so an element the keyboard cannot reach
 * fails the test.
 */
public final class Keyboard {

    /** More than any SCIM screen needs from the top of the console to its last control. */
    private static final int MAX_TABS = 80;

    private final WebDriver driver;

    public Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** Presses Tab until the focused element matches the CSS {@code selector}; fails if it never does. */
    public Keyboard tabTo(String selector) {
        return moveTo(selector, Keys.TAB);
    }

    /** As {@link #tabTo}, backwards. */
    public Keyboard shiftTabTo(String selector) {
        return moveTo(selector, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private Keyboard moveTo(String selector, CharSequence key) {
        AdminConsole.waitOn(driver).until(d -> d.findElements(org.openqa.selenium.By.cssSelector(selector)).size() > 0);
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusedMatches(selector)) {
                return this;
            }
            press(key);
        }
        throw new AssertionError("The keyboard never reached " + selector + " (" + MAX_TABS
                + " presses); the focus is on " + focusedDescription());
    }

    /** Waits until the focus is on an element matching {@code selector}, as after a dialog opened. */
    public Keyboard awaitFocusWithin(String selector) {
        AdminConsole.waitOn(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(document.activeElement && document.activeElement.closest(arguments[0]));", selector)));
        return this;
    }

    public Keyboard press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    public Keyboard type(String text) {
        new Actions(driver).sendKeys(text).perform();
        return this;
    }

    private boolean focusedMatches(String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(document.activeElement && document.activeElement.matches(arguments[0]));", selector));
    }

    private String focusedDescription() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const e = document.activeElement; return e ? e.outerHTML.slice(0, 200) : 'nothing';"));
    }
}
