package org.kcscim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar is what Keycloak needs and nothing it already has: only our classes (third-party ones relocated
 * under org.kcscim.shaded), and service files that name classes the jar contains. Needs no server.
 */
class ProviderJarContentsIT {

    private static Set<String> entries;
    private static JarFile jar;

    @BeforeAll
    static void open() throws IOException {
        jar = new JarFile(System.getProperty("it.provider.jar", "target/provider/keycloak-scim-provisioning.jar"));
        entries = jar.stream().map(JarEntry::getName).collect(Collectors.toSet());
    }

    @AfterAll
    static void close() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void holdsOnlyOurOrRelocatedClasses() {
        List<String> foreign = entries.stream()
                .filter(name -> name.endsWith(".class"))
                .filter(name -> !name.startsWith("org/kcscim/"))
                .sorted()
                .collect(Collectors.toList());

        assertEquals(List.of(), foreign, "classes to relocate under org.kcscim.shaded (maven-shade-plugin in dist)");
    }

    @Test
    void hasNoSignatureFiles() {
        assertFalse(entries.stream().anyMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)")));
    }

    @Test
    void serviceFilesNameClassesOfTheJar() throws IOException {
        List<String> services = entries.stream()
                .filter(name -> name.startsWith("META-INF/services/") && !name.endsWith("/"))
                .collect(Collectors.toList());
        assertFalse(services.isEmpty(), "no META-INF/services in the provider jar");

        List<String> missing = new ArrayList<>();
        for (String service : services) {
            for (String implementation : implementations(service)) {
                if (!entries.contains(implementation.replace('.', '/') + ".class")) {
                    missing.add(service + ": " + implementation);
                }
            }
        }
        assertTrue(missing.isEmpty(), "service entries without a class: " + missing);
    }

    private static List<String> implementations(String service) throws IOException {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(jar.getInputStream(jar.getEntry(service)), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(line -> line.replaceFirst("#.*", "").trim())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toList());
        }
    }
}
