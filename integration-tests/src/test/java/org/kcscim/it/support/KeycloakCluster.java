package org.kcscim.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Keycloak as it runs in production: {@code kc.sh build} with our jar, then two nodes started with
 * {@code kc.sh start} on one PostgreSQL database, clustered by Keycloak's default {@code ispn} cache and its
 * {@code jdbc-ping} discovery, every socket on 127.0.0.1.
 *
 * <p>{@link #start()} returns once both nodes answer and each sees a cluster of two. {@link #stop()} ends both
 * nodes and drops the database; a JVM shutdown hook does the same when a run is cut short.
 */
public final class KeycloakCluster {

    private static final Duration BUILD_DEADLINE = Duration.ofMinutes(5);
    private static final Duration CLUSTER_DEADLINE = Duration.ofMinutes(2);
    /** Build-time options: the database vendor, and the management endpoints the harness watches. */
    private static final List<String> BUILD_OPTIONS = List.of(
            "--db=postgres", "--health-enabled=true", "--metrics-enabled=true");

    private final Path distribution;
    private final Path providerJar;
    private final Path workDirectory;
    private final PostgresDatabase database;
    private final String adminUsername;
    private final String adminPassword;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "keycloak-cluster-stop");
    private final List<ClusterNode> nodes = new ArrayList<>();

    private KeycloakCluster(Path distribution, Path providerJar, Path workDirectory, PostgresDatabase database,
                            String adminUsername, String adminPassword) {
        this.distribution = distribution;
        this.providerJar = providerJar;
        this.workDirectory = workDirectory;
        this.database = database;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    /** The cluster failsafe describes through system properties (see the integration-tests pom). */
    public static KeycloakCluster fromSystemProperties() {
        return new KeycloakCluster(
                Path.of(KeycloakServer.required("it.keycloak.home")),
                Path.of(KeycloakServer.required("it.provider.jar")),
                Path.of(System.getProperty("it.build.dir", "target")).resolve("cluster"),
                PostgresDatabase.fromSystemProperties(),
                System.getProperty("it.admin.username", "admin"),
                System.getProperty("it.admin.password", "admin"));
    }

    public ClusterNode nodeA() {
        return nodes.get(0);
    }

    public ClusterNode nodeB() {
        return nodes.get(1);
    }

    public List<ClusterNode> nodes() {
        return List.copyOf(nodes);
    }

    public synchronized void start() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            Path homeA = workDirectory.resolve("kc-a");
            Path homeB = workDirectory.resolve("kc-b");
            KeycloakHome.requireUnpacked(distribution);
            KeycloakHome.copy(distribution, homeA);
            KeycloakHome.installProvider(homeA, providerJar);
            List<String> build = new ArrayList<>();
            build.add(homeA.resolve("bin").resolve("kc.sh").toString());
            build.add("build");
            build.addAll(BUILD_OPTIONS);
            ServerProcess.runToCompletion(build, homeA, workDirectory.resolve("kc-build.log"), BUILD_DEADLINE);
            // Both nodes run what was built once, as a deployment ships one built image to every node
            KeycloakHome.copy(homeA, homeB);

            database.create();
            List<String> databaseOptions = database.runtimeOptions();
            nodes.add(new ClusterNode("kc-a", homeA, workDirectory, databaseOptions, adminUsername, adminPassword));
            nodes.add(new ClusterNode("kc-b", homeB, workDirectory, databaseOptions, adminUsername, adminPassword));
            // One after the other: the first creates the schema, the second finds it and joins
            nodeA().start();
            nodeB().start();
            awaitClusterOfTwo();
        } catch (IOException e) {
            stopQuietly();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            stopQuietly();
            throw e;
        }
    }

    /** Starts a node that was killed or stopped, and waits until both nodes see each other again. */
    public void restart(ClusterNode node) {
        node.start();
        awaitClusterOfTwo();
    }

    /** Waits until every running node reports a cluster of two members. */
    public void awaitClusterOfTwo() {
        Polling.until(CLUSTER_DEADLINE, "both nodes to report a cluster of two; logs in " + workDirectory, () -> {
            for (ClusterNode node : nodes) {
                OptionalDouble size = node.clusterSize();
                if (size.isEmpty() || size.getAsDouble() != 2) {
                    return false;
                }
            }
            return true;
        });
    }

    public synchronized void stop() {
        try {
            stopQuietly();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotRegistered) {
                // Either we run inside the hook's shutdown, or the hook was never added: nothing to undo.
            }
        }
    }

    private void stopQuietly() {
        try {
            for (ClusterNode node : nodes) {
                node.stop();
            }
        } finally {
            database.close();
        }
    }

    @Override
    public String toString() {
        return "Keycloak cluster " + nodes + " on " + database;
    }
}
