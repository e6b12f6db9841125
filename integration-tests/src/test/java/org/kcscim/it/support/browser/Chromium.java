package org.kcscim.it.support.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver, both named explicitly so that Selenium never
 * looks for (or downloads) a browser of its own. Each instance is a fresh profile in its own directory, deleted
 * on {@link #close()}. Flags: those this machine's closed network needs (no background connections, no QUIC,
 * no component updates) and those root in a container needs (no sandbox).
 */
public final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Chromium start() {
        Path binary = Path.of(System.getProperty("it.chromium.binary", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
        for (Path required : List.of(binary, chromedriver)) {
            if (!Files.isExecutable(required)) {
                throw new IllegalStateException(required + " is missing: apt-get install chromium chromium-driver"
                        + " (.ci/run does), or point -Dit.chromium.binary / -Dit.chromedriver elsewhere");
            }
        }
        Path profile;
        try {
            Path parent = Path.of(System.getProperty("it.build.dir", "target"), "chromium-profiles");
            Files.createDirectories(parent);
            profile = Files.createTempDirectory(parent, "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1440,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The page's console and its network events, for tests that check what the administrator's browser saw
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
        return new Chromium(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Lets pages of {@code origin} read and write the clipboard, as a user accepting the prompt would. */
    public void allowClipboard(URI origin) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", origin.toString(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** What the page would paste: the clipboard's text, read through the page's Clipboard API. */
    public String clipboardText() {
        Object text = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, error => done('clipboard error: ' + error));");
        return String.valueOf(text);
    }

    /** What the pages printed to the browser's console since the last call: level and text of each message. */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .collect(Collectors.toList());
    }

    /**
     * The documents (pages, frames) the browser received since the last call, with their HTTP status, from the
     * DevTools network events.
     */
    public List<DocumentResponse> documentResponses() {
        List<DocumentResponse> documents = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = readJson(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            if ("Network.responseReceived".equals(message.path("method").asText())
                    && "Document".equals(params.path("type").asText())) {
                JsonNode response = params.path("response");
                documents.add(new DocumentResponse(response.path("url").asText(), response.path("status").asInt()));
            }
        }
        return documents;
    }

    /** A page or frame document as it arrived. */
    public record DocumentResponse(String url, int status) {
    }

    /** Makes the pages see {@code prefers-color-scheme: dark}, as on a system set to dark colors. */
    public void preferDarkColors() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the current viewport as {@code <it.screenshots.dir>/<name>.png}, for the README. */
    public Path screenshot(String name) {
        Path directory = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A profile left behind under target/ is harmless and goes with mvn clean.
            }
        }
    }
}
