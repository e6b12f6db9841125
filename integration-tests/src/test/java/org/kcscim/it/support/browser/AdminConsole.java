package org.kcscim.it.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

/**
 * Keycloak's admin console as an administrator sees it in the browser: its sign-in form, its navigation, and
 * the SCIM group the kcscim theme adds to it.
 */
public final class AdminConsole {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final URI baseUrl;
    private final WebDriverWait wait;

    /**
     * A wait with the screens' deadline that also retries when React replaced an element between finding it and
     * reading it (the lists re-render after every change).
     */
    static WebDriverWait waitOn(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public AdminConsole(WebDriver driver, URI baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = waitOn(driver);
    }

    /**
     * Opens the console of {@code loginRealm} on the page of {@code managedRealm}, signs in through Keycloak's
     * form and waits until the console's navigation is there.
     */
    public AdminConsole signIn(String loginRealm, String managedRealm, String username, String password) {
        return signInAt("/admin/" + loginRealm + "/console/#/" + managedRealm, username, password);
    }

    /**
     * Opens the console of {@code loginRealm} at its root, as the link Keycloak's welcome page or a bookmark does,
     * signs in and waits for the first page's navigation: its URL names no realm yet.
     */
    public AdminConsole signInToFirstPage(String loginRealm, String username, String password) {
        return signInAt("/admin/" + loginRealm + "/console/", username, password);
    }

    private AdminConsole signInAt(String path, String username, String password) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".keycloak__page_nav__nav")));
        return this;
    }

    /** Where the navigation's SCIM > Configurations link leads, e.g. {@code #/master/scim/configurations}. */
    public String scimConfigurationsLink() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='nav-item-scim-configurations']"))).getAttribute("href");
    }

    /** The SCIM group of the navigation, once the theme script has added it (it needs the admin's access first). */
    public WebElement scimNavigation() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-kcscim-nav]")));
    }

    /**
     * Whether the theme script decided to show the SCIM group in this realm's navigation ({@code shown}) or not
     * ({@code hidden}), once it has asked Keycloak what the administrator may do.
     */
    public String scimNavigationDecision() {
        By nav = By.cssSelector(".keycloak__page_nav__nav");
        wait.until(driver -> {
            String decision = driver.findElement(nav).getAttribute("data-kcscim-scim");
            return "shown".equals(decision) || "hidden".equals(decision);
        });
        return driver.findElement(nav).getAttribute("data-kcscim-scim");
    }

    /** Types a SCIM route into the address bar, as a bookmark would; the screen is not awaited. */
    public ConfigurationsScreen goToConfigurations(String loginRealm, String realm) {
        driver.get(baseUrl + "/admin/" + loginRealm + "/console/#/" + realm + "/scim/configurations");
        return new ConfigurationsScreen(driver);
    }

    /** Waits until the current page is SCIM > Configurations, titled {@code title}, with its list loaded. */
    public ConfigurationsScreen awaitConfigurations(String title) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid='kcscim-view-title']"), title));
        return new ConfigurationsScreen(driver).awaitLoaded();
    }

    /** Clicks SCIM > Configurations in the navigation and waits for the screen. */
    public ConfigurationsScreen openConfigurations() {
        scimNavigation();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='nav-item-scim-configurations']")))
                .click();
        return new ConfigurationsScreen(driver).awaitLoaded();
    }

    /** Clicks SCIM > Mappings in the navigation and waits for the screen. */
    public MappingsScreen openMappings() {
        scimNavigation();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='nav-item-scim-mappings']")))
                .click();
        return new MappingsScreen(driver).awaitLoaded();
    }

    /** Closes the screens' toasts, which cover the top right corner (a dialog's close button) for a few seconds. */
    public void dismissToasts() {
        // The toasts re-render as they come and go: the wait retries a close button that went stale
        wait.until(page -> {
            for (WebElement close : page.findElements(By.cssSelector("[data-testid='kcscim-toast'] .pf-v5-c-alert__action button"))) {
                close.click();
            }
            return page.findElements(By.cssSelector("[data-testid='kcscim-toast']")).isEmpty();
        });
    }

    /** Goes to another console page through the console's own navigation, e.g. {@code "users"}. */
    public void openConsolePage(String navItem) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='nav-item-" + navItem + "']")))
                .click();
    }

    public String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1"))).getText();
    }
}
