package org.kcscim.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak started from the unpacked distribution with our provider jar in {@code providers/}: one per
 * test run, in development mode, on free ports, as a child process of the test JVM.
 *
 * <p>{@link #start()} returns once {@code GET /realms/master} answers 200, or fails with the tail of the server
 * log when the process dies or the deadline passes. {@link #stop()} ends the process and all its descendants
 * and then releases the database. A JVM shutdown hook does the same if the test run is cut short.
 */
public final class KeycloakServer {

    private static final Duration START_DEADLINE = Duration.ofMinutes(5);
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 80;
    private static final String INSTALLED_JAR_NAME = "keycloak-scim-provisioning.jar";

    private final Path home;
    private final Path providerJar;
    private final TestDatabase database;
    private final Path logFile;
    private final String adminUsername;
    private final String adminPassword;
    private final List<String> extraOptions;
    private final Thread shutdownHook = new Thread(this::kill, "keycloak-server-stop");

    private volatile Process process;
    private URI baseUrl;
    private Duration startupTime;

    public KeycloakServer(Path home, Path providerJar, TestDatabase database, Path logFile,
                          String adminUsername, String adminPassword) {
        this(home, providerJar, database, logFile, adminUsername, adminPassword, List.of());
    }

    /** As the other constructor, with more {@code kc.sh start-dev} options, such as {@code --features=...}. */
    public KeycloakServer(Path home, Path providerJar, TestDatabase database, Path logFile,
                          String adminUsername, String adminPassword, List<String> extraOptions) {
        this.home = home;
        this.providerJar = providerJar;
        this.database = database;
        this.logFile = logFile;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.extraOptions = List.copyOf(extraOptions);
    }

    /**
     * The server failsafe describes through system properties (see the integration-tests pom);
     * {@code it.keycloak.options}, if set, holds more start options separated by spaces.
     */
    public static KeycloakServer fromSystemProperties() {
        TestDatabase database = TestDatabase.fromSystemProperties();
        Path buildDir = Path.of(System.getProperty("it.build.dir", "target"));
        return new KeycloakServer(
                Path.of(required("it.keycloak.home")),
                Path.of(required("it.provider.jar")),
                database,
                buildDir.resolve("keycloak-" + database.name() + ".log"),
                System.getProperty("it.admin.username", "admin"),
                System.getProperty("it.admin.password", "admin"),
                extraOptions(System.getProperty("it.keycloak.options", "")));
    }

    private static List<String> extraOptions(String spaceSeparated) {
        return Stream.of(spaceSeparated.trim().split("\\s+")).filter(option -> !option.isEmpty())
                .collect(Collectors.toList());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set; run the integration tests through Maven (mvn verify)");
        }
        return value;
    }

    /** {@code http://localhost:<port>}, without a trailing slash. */
    public URI baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("Keycloak is not started");
        }
        return baseUrl;
    }

    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public TestDatabase database() {
        return database;
    }

    public Path logFile() {
        return logFile;
    }

    /** The {@code kc.sh} process while the server runs (Keycloak's JVM is it or one of its descendants). */
    public Optional<ProcessHandle> process() {
        Process running = process;
        return running == null ? Optional.empty() : Optional.of(running.toHandle());
    }

    /** How long the last {@link #start()} took until the server answered. */
    public Duration startupTime() {
        return startupTime;
    }

    public synchronized void start() {
        if (process != null) {
            throw new IllegalStateException("Keycloak is already running at " + baseUrl);
        }
        long begin = System.nanoTime();
        try {
            requireDirectory(home.resolve("bin"));
            installProvider();
            // A fresh data directory every run: it holds the H2 files and the transaction logs a killed run leaves.
            deleteRecursively(home.resolve("data"));
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] ports = freePorts(2);
        baseUrl = URI.create("http://localhost:" + ports[0]);

        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            database.create();
            process = launch(ports[0], ports[1]);
            awaitReady();
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Stops the server and its child processes, then releases the database. Safe to call more than once. */
    public synchronized void stop() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotRegistered) {
            // Either we run inside the hook's shutdown, or the hook was never added: nothing to undo.
        }
    }

    /** Not synchronized: the shutdown hook must not wait for a {@link #start()} that is still polling. */
    private void kill() {
        Process running = process;
        process = null;
        try {
            if (running != null) {
                destroyTree(running.toHandle());
            }
        } finally {
            database.close();
        }
    }

    private void installProvider() throws IOException {
        if (!Files.isRegularFile(providerJar)) {
            throw new IllegalStateException("Provider jar " + providerJar + " is missing; build the dist module first");
        }
        // Always the same name, so a jar built elsewhere replaces ours instead of sitting next to it
        Path installed = home.resolve("providers").resolve(INSTALLED_JAR_NAME);
        // Copied only when it changed, like a person redeploying would
        if (!Files.exists(installed) || Files.mismatch(providerJar, installed) != -1) {
            Files.copy(providerJar, installed, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Process launch(int httpPort, int managementPort) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("kc.sh").toString());
        command.add("start-dev");
        command.add("--http-port=" + httpPort);
        // Only opened when health or metrics are enabled, but never left at its default 9000 to clash
        command.add("--http-management-port=" + managementPort);
        command.addAll(database.serverOptions());
        command.addAll(extraOptions);

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        // Keycloak reads KC_* variables as options; the developer's own must not leak into the test server.
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        // The same Java as the tests, whatever is first on the PATH
        env.put("JAVA_HOME", System.getProperty("java.home"));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(baseUrl.resolve("/realms/master"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(ping, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (IOException notListeningYet) {
                lastAnswer = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            // The pause between polls doubles as the watch on the process: a crash ends the wait at once.
            if (waitForExit(process, POLL_INTERVAL)) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + logFile + ":\n" + logTail());
            }
        }
        throw new IllegalStateException("Keycloak was not ready at " + baseUrl + " within " + START_DEADLINE
                + " (" + lastAnswer + "); last lines of " + logFile + ":\n" + logTail());
    }

    private static boolean waitForExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * kc.sh runs java as its child (and replaces itself with java after a re-augmentation), so both the process
     * and whatever it spawned get SIGTERM, then SIGKILL if they outlive the deadline.
     */
    private static void destroyTree(ProcessHandle root) {
        List<ProcessHandle> tree = Stream.concat(root.descendants(), Stream.of(root)).collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroy);
        if (!awaitAllExited(tree, STOP_DEADLINE)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            if (!awaitAllExited(tree, STOP_DEADLINE)) {
                throw new IllegalStateException("Keycloak processes survived SIGKILL: " + tree.stream()
                        .filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toList()));
            }
        }
    }

    private static boolean awaitAllExited(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream()
                .map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = List.of(new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).split("\n"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read the log: " + e + ")";
        }
    }

    /** Ports free right now on the loopback interface; held together so the same port is not returned twice. */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a listening socket we own; nothing useful to do if it fails.
                }
            }
        }
    }

    private static void requireDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(directory + " is missing; the Keycloak distribution is not unpacked");
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    @Override
    public String toString() {
        return "Keycloak at " + (baseUrl == null ? "(not started)" : baseUrl) + " on " + database;
    }
}
