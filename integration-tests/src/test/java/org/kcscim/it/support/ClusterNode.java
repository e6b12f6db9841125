package org.kcscim.it.support;

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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Keycloak of a {@link KeycloakCluster}, in production mode ({@code kc.sh start --optimized}) from its own home:
 * HTTP, management and cluster traffic all bound to 127.0.0.1, on ports of its own that stay the same across
 * restarts, so a restarted node is the same member at the same address.
 */
public final class ClusterNode {

    private static final Duration START_DEADLINE = Duration.ofMinutes(4);
    /** JGroups' failure detection (FD_SOCK2) listens at the transport's port plus this offset. */
    private static final int FAILURE_DETECTION_OFFSET = 50_000;

    private final String name;
    private final Path home;
    private final Path logFile;
    private final List<String> databaseOptions;
    private final String adminUsername;
    private final String adminPassword;
    private final int httpPort;
    private final int managementPort;
    private final int clusterPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private volatile ServerProcess process;
    private volatile AdminClient admin;
    private int starts;

    ClusterNode(String name, Path home, Path logDirectory, List<String> databaseOptions, String adminUsername,
                String adminPassword) {
        this.name = name;
        this.home = home;
        this.logFile = logDirectory.resolve("keycloak-cluster-" + name + ".log");
        this.databaseOptions = List.copyOf(databaseOptions);
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        int[] ports = KeycloakServer.freePorts(2);
        this.httpPort = ports[0];
        this.managementPort = ports[1];
        this.clusterPort = freeClusterPort();
    }

    /** The node's name in the cluster view and in its metrics, e.g. {@code kc-a}. */
    public String name() {
        return name;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** An admin client of this node; it signs in through this node too. */
    public AdminClient admin() {
        AdminClient current = admin;
        if (current == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return current;
    }

    public Path logFile() {
        return logFile;
    }

    /** The node's processes while it runs: {@code kc.sh} and the Keycloak JVM it started. */
    public List<ProcessHandle> processes() {
        ServerProcess running = process;
        if (running == null) {
            return List.of();
        }
        ProcessHandle root = running.handle();
        return Stream.concat(Stream.of(root), root.descendants())
                .collect(Collectors.toList());
    }

    public boolean isRunning() {
        ServerProcess running = process;
        return running != null && running.isAlive();
    }

    synchronized void start() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("kc.sh").toString());
        command.add("start");
        command.add("--optimized");
        command.addAll(databaseOptions);
        command.add("--http-enabled=true");
        command.add("--http-host=127.0.0.1");
        command.add("--http-port=" + httpPort);
        command.add("--http-management-port=" + managementPort);
        command.add("--hostname-strict=false");
        // Loopback only: by default the cluster transport binds to a site-local address of the machine
        command.add("--cache-embedded-network-bind-address=127.0.0.1");
        command.add("--cache-embedded-network-bind-port=" + clusterPort);
        command.add("--spi-cache-embedded--default--node-name=" + name);
        appendToLog("==== start " + (++starts) + " of " + name + ": " + String.join(" ", command));
        process = ServerProcess.launch(command, home, logFile, Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword));
        try {
            process.awaitAnswer(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"), START_DEADLINE);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        admin = new AdminClient(baseUrl(), adminUsername, adminPassword);
    }

    /** Ends the node as an operator would (SIGTERM, then SIGKILL after a minute). Safe to call more than once. */
    synchronized void stop() {
        ServerProcess running = process;
        process = null;
        admin = null;
        if (running != null) {
            running.stop();
        }
    }

    /** Ends the node at once with SIGKILL: no shutdown, no leaving the cluster, requests in flight cut off. */
    public synchronized void kill() {
        ServerProcess running = process;
        process = null;
        admin = null;
        if (running != null) {
            running.kill();
        }
    }

    /** The members this node sees in its cluster, from its metrics; empty while it cannot answer. */
    public OptionalDouble clusterSize() {
        return metric("vendor_cluster_size", Map.of());
    }

    /**
     * One value from the node's Prometheus metrics: the first sample of {@code name} whose labels include
     * {@code labels}; empty when the node does not answer or has no such sample.
     */
    public OptionalDouble metric(String name, Map<String, String> labels) {
        String text;
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/metrics"))
                            .timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return OptionalDouble.empty();
            }
            text = response.body();
        } catch (IOException notAnswering) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)}\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(text);
        while (matcher.find()) {
            String sampleLabels = matcher.group(1);
            boolean matches = labels.entrySet().stream()
                    .allMatch(label -> sampleLabels.contains(label.getKey() + "=\"" + label.getValue() + "\""));
            if (matches) {
                return OptionalDouble.of(Double.parseDouble(matcher.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    /** The lines of this node's log (all its starts) that contain {@code text}. */
    public List<String> logLines(String text) {
        try {
            return Files.readAllLines(logFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(text))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void appendToLog(String line) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A transport port free on loopback whose failure-detection port, 50000 above it, is free too. */
    private static int freeClusterPort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(10_000, 65_535 - FAILURE_DETECTION_OFFSET);
            if (isFree(port) && isFree(port + FAILURE_DETECTION_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("No free cluster port pair on 127.0.0.1");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " at " + baseUrl();
    }
}
