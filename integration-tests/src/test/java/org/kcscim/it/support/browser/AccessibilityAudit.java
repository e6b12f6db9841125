package org.kcscim.it.support.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core run inside the page on what the extension puts there: the SCIM screen, its open dialogs and toasts,
 * and the SCIM group of the navigation. The console around them is Keycloak's and is not judged here.
 */
public final class AccessibilityAudit {

    /** The impacts that fail a test: what keeps someone from using the screen, not what merely hinders. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String OURS = String.join(",",
            "'kcscim-screen'", "'[data-kcscim-nav]'", "'.pf-v5-c-modal-box'", "'.pf-v5-c-alert-group.pf-m-toast'");

    private static final String AXE = readAxe();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebDriver driver;

    public AccessibilityAudit(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * The serious and critical violations on the extension's parts of the page now, one line each: rule, impact,
     * what it asks for, and the elements that break it. Empty when there are none.
     */
    public List<String> blockingViolations() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        Object result = page.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const include = [" + OURS + "].filter(s => document.querySelector(s)).map(s => [s]);"
                        + "if (include.length === 0) { done(JSON.stringify({error: 'nothing of the extension on the page'})); return; }"
                        + "axe.run({include}, {resultTypes: ['violations']})"
                        + "  .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));");
        JsonNode violations = read(String.valueOf(result));
        if (violations.has("error")) {
            throw new IllegalStateException("axe-core did not run: " + violations.path("error").asText());
        }
        List<String> blocking = new ArrayList<>();
        for (JsonNode violation : violations) {
            if (BLOCKING.contains(violation.path("impact").asText())) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : violation.path("nodes")) {
                    targets.add(node.path("target").toString() + " " + node.path("failureSummary").asText().replace('\n', ' '));
                }
                blocking.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText() + " at " + targets);
            }
        }
        return blocking;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAxe() {
        try (InputStream in = AccessibilityAudit.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
