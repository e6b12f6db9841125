package org.kcscim.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kcscim.it.support.KeycloakServer;

/**
 * Keycloak's used heap after a full GC, through {@code jcmd} of the JDK the benchmark runs on (the server runs on
 * the same one). Keycloak's JVM is the kc.sh process itself or one of its descendants.
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final long JCMD_TIMEOUT_SECONDS = 60;

    private final KeycloakServer server;

    HeapProbe(KeycloakServer server) {
        this.server = server;
    }

    /** Bytes in use after {@code GC.run}, or empty (with the reason printed) when it cannot be read. */
    Optional<Long> usedAfterGc() {
        Optional<Long> pid = javaPid();
        if (pid.isEmpty()) {
            System.out.println("[benchmark] heap: no Keycloak JVM found under " + server.process());
            return Optional.empty();
        }
        try {
            jcmd(pid.get(), "GC.run");
            Matcher used = USED.matcher(jcmd(pid.get(), "GC.heap_info"));
            // The first "used" is the whole heap's; later ones are regions and metaspace
            return used.find() ? Optional.of(Long.parseLong(used.group(1)) * 1024) : Optional.empty();
        } catch (IOException | IllegalStateException e) {
            System.out.println("[benchmark] heap: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Long> javaPid() {
        return server.process().flatMap(root -> Stream.concat(Stream.of(root), root.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .map(ProcessHandle::pid)
                .findFirst());
    }

    private static String jcmd(long pid, String command) throws IOException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), command))
                .redirectErrorStream(true)
                .start();
        try {
            if (!process.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd " + command + " did not answer in " + JCMD_TIMEOUT_SECONDS + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during jcmd " + command, e);
        }
    }
}
