package org.kcscim.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One {@code kc.sh} command run as a child process of the test JVM, its output in a log file: started, watched
 * until it answers over HTTP or exits, and ended with its whole process tree.
 */
final class ServerProcess {

    private static final Duration STOP_DEADLINE = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 80;

    private final Process process;
    private final Path logFile;

    private ServerProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Runs {@code command} in {@code home}, appending its output to {@code logFile}. Keycloak reads {@code KC_*}
     * variables as options, so the developer's own never reach the child; {@code environment} adds the test's.
     */
    static ServerProcess launch(List<String> command, Path home, Path logFile, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_"));
        // The same Java as the tests, whatever is first on the PATH
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            return new ServerProcess(builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        }
    }

    /** Runs {@code command} to its end, such as {@code kc.sh build}; fails with the log's tail unless it exits 0. */
    static void runToCompletion(List<String> command, Path home, Path logFile, Duration deadline) {
        ServerProcess run = launch(command, home, logFile, Map.of());
        if (!run.waitForExit(deadline)) {
            run.stop();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + deadline
                    + "; last lines of " + logFile + ":\n" + run.logTail());
        }
        if (run.process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with code "
                    + run.process.exitValue() + "; last lines of " + logFile + ":\n" + run.logTail());
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Returns once {@code url} answers 200; fails with the log's tail when the process exits or time runs out. */
    void awaitAnswer(URI url, Duration deadline) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
        long end = System.nanoTime() + deadline.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < end) {
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
            if (waitForExit(POLL_INTERVAL)) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + logFile + ":\n" + logTail());
            }
        }
        throw new IllegalStateException("Keycloak did not answer 200 at " + url + " within " + deadline
                + " (" + lastAnswer + "); last lines of " + logFile + ":\n" + logTail());
    }

    boolean waitForExit(Duration timeout) {
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
    void stop() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        if (!awaitAllExited(tree, STOP_DEADLINE)) {
            killAll(tree);
        }
    }

    /** SIGKILL to the whole tree at once, as a crashed machine or an OOM killer would end it. */
    void kill() {
        killAll(tree());
    }

    private List<ProcessHandle> tree() {
        ProcessHandle root = process.toHandle();
        return Stream.concat(root.descendants(), Stream.of(root)).collect(Collectors.toList());
    }

    private static void killAll(List<ProcessHandle> tree) {
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!awaitAllExited(tree, STOP_DEADLINE)) {
            throw new IllegalStateException("Keycloak processes survived SIGKILL: " + tree.stream()
                    .filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toList()));
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

    String logTail() {
        try {
            List<String> lines = List.of(new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).split("\n"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read the log: " + e + ")";
        }
    }
}
