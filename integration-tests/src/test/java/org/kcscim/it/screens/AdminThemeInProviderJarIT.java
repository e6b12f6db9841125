package org.kcscim.it.screens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The single provider jar carries the admin theme and the screens Maven built with npm: dropping that one jar into
 * providers/ is all an installation needs. Needs no server.
 */
class AdminThemeInProviderJarIT {

    private static final String THEME = "theme/kcscim/admin/";

    @Test
    void theJarDeclaresTheThemeAndHoldsTheBuiltScreens() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("it.provider.jar", "target/provider/keycloak-scim-provisioning.jar"))) {
            JsonNode themes = new ObjectMapper().readTree(read(jar, "META-INF/keycloak-themes.json"));
            JsonNode declared = themes.path("themes").get(0);
            assertEquals("kcscim", declared.path("name").asText());
            assertEquals("admin", declared.path("types").get(0).asText());

            Properties properties = new Properties();
            properties.load(new StringReader(read(jar, THEME + "theme.properties")));
            assertEquals("keycloak.v2", properties.getProperty("parent"));
            assertEquals("js/kcscim.js", properties.getProperty("scripts"));

            String script = read(jar, THEME + "resources/js/kcscim.js");
            assertTrue(script.contains("kcscim-screen"), "the built module defines the screen element");
            assertTrue(script.contains("from\"react\"") || script.contains("from \"react\""),
                    "React stays external: the console's import map provides it");
            assertTrue(read(jar, THEME + "resources/js/kcscim.css").contains(".pf-v5-c-table"),
                    "the PatternFly component styles the screens use");
        }
    }

    private static String read(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertNotNull(entry, name + " is missing from the provider jar");
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
