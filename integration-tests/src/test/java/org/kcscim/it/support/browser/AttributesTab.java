package org.kcscim.it.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Attributes tab of the configuration dialog (issue 15): the attribute mappings, the form that adds one
 * (with the button that adds a missing attribute to the realm's user profile), and the declared extensions.
 */
public final class AttributesTab {

    private static final By TAB = By.cssSelector("button[data-testid='kcscim-attributes-tab'], "
            + "[data-testid='kcscim-attributes-tab'] button");
    private static final By CONTENT = By.cssSelector("[data-testid='kcscim-attributes']");
    private static final By ROW = By.cssSelector("[data-testid='kcscim-attribute-mapping']");
    private static final By ADD_SECTION = By.cssSelector("[data-testid='kcscim-attribute-add-section']");
    private static final By NEW_ATTRIBUTE = By.cssSelector("[data-testid='kcscim-new-profile-attribute']");

    /** One row of the list: the SCIM path, the user-profile attribute's name, and how the row shows it. */
    public record Mapping(String scimPath, String userAttribute, String shown) {
    }

    private final WebDriver driver;
    private final WebElement dialog;
    private final WebDriverWait wait;

    private AttributesTab(WebDriver driver, WebElement dialog) {
        this.driver = driver;
        this.dialog = dialog;
        this.wait = AdminConsole.waitOn(driver);
    }

    /** Opens the tab and waits until the user profile has been read (the list or its empty text shows). */
    static AttributesTab open(WebDriver driver, WebElement dialog) {
        dialog.findElement(TAB).click();
        AttributesTab tab = new AttributesTab(driver, dialog);
        WebElement content = tab.wait.until(ExpectedConditions.visibilityOfElementLocated(CONTENT));
        tab.wait.until(d -> content.findElements(By.cssSelector("[data-testid='kcscim-loading']")).isEmpty());
        return tab;
    }

    /** The SCIM attribute picker: its options are paths. */
    public Picker scimAttributes() {
        return new Picker(driver, "kcscim-attribute-scim");
    }

    /** The user-profile attribute picker: its options are display names. */
    public Picker userAttributes() {
        return new Picker(driver, "kcscim-attribute-user");
    }

    /** Picks a listed SCIM attribute by typing its path and choosing it. */
    public AttributesTab chooseScimAttribute(String path) {
        scimAttributes().search(path).choose(path);
        return this;
    }

    /** The name "Add to user profile" would give the new attribute. */
    public String newAttributeName() {
        return newAttributeField("kcscim-new-attribute-name").getDomProperty("value");
    }

    public String newAttributeDisplayName() {
        return newAttributeField("kcscim-new-attribute-display-name").getDomProperty("value");
    }

    /**
     * Presses "Add to user profile" with the suggested name and display name, and waits until the new attribute
     * is the chosen target. Returns what the target picker shows (the display name).
     */
    public String addMissingToUserProfile() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(NEW_ATTRIBUTE))
                .findElement(By.cssSelector("[data-testid='kcscim-add-to-user-profile']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(NEW_ATTRIBUTE));
        List<String> chosen = userAttributes().selected();
        if (chosen.size() != 1) {
            throw new IllegalStateException("no user-profile attribute chosen after adding one: " + chosen);
        }
        return chosen.get(0);
    }

    /** Presses "Add mapping" and waits for the list to grow by one. */
    public AttributesTab add() {
        int before = dialog.findElements(ROW).size();
        dialog.findElement(By.cssSelector("[data-testid='kcscim-attribute-add']")).click();
        wait.until(d -> dialog.findElements(ROW).size() == before + 1);
        return this;
    }

    /**
     * Adds a mapping from a listed SCIM attribute to an existing user-profile attribute, chosen by the label its
     * option shows (the display name), unless the tab already picked it as the suggestion.
     */
    public AttributesTab addMapping(String scimPath, String userAttributeLabel) {
        chooseScimAttribute(scimPath);
        if (!userAttributes().selected().equals(List.of(userAttributeLabel))) {
            userAttributes().choose(userAttributeLabel);
        }
        return add();
    }

    /** The mappings as listed, in the order they are sent. */
    public List<Mapping> mappings() {
        return dialog.findElements(ROW).stream().map(row -> {
            WebElement user = row.findElement(By.cssSelector("[data-testid='kcscim-attribute-mapping-user']"));
            return new Mapping(
                    row.findElement(By.cssSelector("[data-testid='kcscim-attribute-mapping-scim']")).getText().trim(),
                    user.getAttribute("data-name"),
                    user.getText().trim());
        }).collect(Collectors.toList());
    }

    /** Removes the mapping of {@code scimPath} from the list (the dialog's Save sends the change). */
    public AttributesTab remove(String scimPath) {
        WebElement row = dialog.findElements(ROW).stream()
                .filter(candidate -> candidate.findElement(By.cssSelector("[data-testid='kcscim-attribute-mapping-scim']"))
                        .getText().trim().equals(scimPath))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no mapping of " + scimPath + " in " + mappings()));
        row.findElement(By.cssSelector("[data-testid='kcscim-attribute-mapping-remove']")).click();
        wait.until(ExpectedConditions.stalenessOf(row));
        return this;
    }

    /** Whether anything here changes the mappings: the add form or a remove button. */
    public boolean canChange() {
        return !dialog.findElements(ADD_SECTION).isEmpty()
                || !dialog.findElements(By.cssSelector("[data-testid='kcscim-attribute-mapping-remove']")).isEmpty();
    }

    /** The URNs of the declared extensions. */
    public List<String> extensions() {
        return dialog.findElements(By.cssSelector("[data-testid='kcscim-schema-extension-id']")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
    }

    /** The API's message for one entry's field, e.g. {@code (1, "userAttribute")}. */
    public String mappingError(int index, String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-testid='error-attributeMappings[" + index + "]." + field + "']"))).getText();
    }

    private WebElement newAttributeField(String testId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(NEW_ATTRIBUTE))
                .findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }
}
