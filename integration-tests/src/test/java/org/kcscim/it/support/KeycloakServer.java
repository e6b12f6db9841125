package org.kcscim.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final Path home;
    private final Path providerJar;
    private final TestDatabase database;
    private final Path logFile;
    private final String adminUsername;
    private final String adminPassword;
    private final List<String> extraOptions;
    private final Thread shutdownHook = new Thread(this::kill, "keycloak-server-stop");

    private volatile ServerProcess process;
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
                buildDir.resolve("keycloak-" + database.name() + System.getProperty("it.log.suffix", "") + ".log"),
                System.getProperty("it.admin.username", "admin"),
                System.getProperty("it.admin.password", "admin"),
                extraOptions(System.getProperty("it.keycloak.options", "")));
    }

    private static List<String> extraOptions(String spaceSeparated) {
        return Stream.of(spaceSeparated.trim().split("\\s+")).filter(option -> !option.isEmpty())
                .collect(Collectors.toList());
    }

    static String required(String property) {
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
        ServerProcess running = process;
        return running == null ? Optional.empty() : Optional.of(running.handle());
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
            KeycloakHome.requireUnpacked(home);
            KeycloakHome.installProvider(home, providerJar);
            // A fresh data directory every run: it holds the H2 files and the transaction logs a killed run leaves.
            KeycloakHome.deleteRecursively(home.resolve("data"));
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
            process.awaitAnswer(baseUrl.resolve("/realms/master"), START_DEADLINE);
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
        ServerProcess running = process;
        process = null;
        try {
            if (running != null) {
                running.stop();
            }
        } finally {
            database.close();
        }
    }

    private ServerProcess launch(int httpPort, int managementPort) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("kc.sh").toString());
        command.add("start-dev");
        command.add("--http-port=" + httpPort);
        // Only opened when health or metrics are enabled, but never left at its default 9000 to clash
        command.add("--http-management-port=" + managementPort);
        command.addAll(database.serverOptions());
        // As the README's installation says: the SCIM screens in every realm that keeps the default admin theme
        command.add("--spi-theme-selector--provider=kcscim");
        command.addAll(extraOptions);
        try {
            // One log per start: a previous run's lines must not be mistaken for this one's
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServerProcess.launch(command, home, logFile, Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword));
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

    @Override
    public String toString() {
        return "Keycloak at " + (baseUrl == null ? "(not started)" : baseUrl) + " on " + database;
    }
}
