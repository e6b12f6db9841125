package org.kcscim.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The file-system chores of an unpacked Keycloak distribution: installing our jar, copying, cleaning. */
final class KeycloakHome {

    private static final String INSTALLED_JAR_NAME = "keycloak-scim-provisioning.jar";
    /** Keycloak's library jars: never written by {@code kc.sh build} or a running server, so shared by copies. */
    private static final Path LIBRARIES = Path.of("lib", "lib");

    private KeycloakHome() {
    }

    static void requireUnpacked(Path home) {
        if (!Files.isDirectory(home.resolve("bin"))) {
            throw new IllegalStateException(home + " holds no Keycloak; the distribution is not unpacked");
        }
    }

    /** Copies our jar into {@code providers/} under one fixed name, so a jar built elsewhere replaces it. */
    static void installProvider(Path home, Path providerJar) throws IOException {
        if (!Files.isRegularFile(providerJar)) {
            throw new IllegalStateException("Provider jar " + providerJar + " is missing; build the dist module first");
        }
        Path installed = home.resolve("providers").resolve(INSTALLED_JAR_NAME);
        // Copied only when it changed, like a person redeploying would
        if (!Files.exists(installed) || Files.mismatch(providerJar, installed) != -1) {
            Files.copy(providerJar, installed, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A server home of its own at {@code target}, replacing whatever was there, without {@code data/}: each cluster
     * node must have its own data directory (transaction logs, temporary files). Library jars are hard links,
     * which takes a second instead of copying 170 MB; everything a build rewrites is a real copy.
     */
    static void copy(Path source, Path target) throws IOException {
        deleteRecursively(target);
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.collect(Collectors.toList())) {
                Path relative = source.relativize(path);
                if (relative.startsWith("data")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (relative.startsWith(LIBRARIES)) {
                    Files.createLink(copy, path);
                } else {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        }
    }
}
