package org.kcscim.it.support.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The screens' texts in one language, read from the message bundle in the provider jar: what a test expects to
 * see is what the bundle says, so rewording a text does not break a test, but a screen that ignores the bundle does.
 */
public final class ScreenTexts {

    private final String language;
    private final Properties messages;

    private ScreenTexts(String language, Properties messages) {
        this.language = language;
        this.messages = messages;
    }

    public static ScreenTexts of(String language) {
        String name = "theme/kcscim/admin/messages/messages_" + language + ".properties";
        try (JarFile jar = new JarFile(System.getProperty("it.provider.jar", "target/provider/keycloak-scim-provisioning.jar"))) {
            JarEntry entry = jar.getJarEntry(name);
            if (entry == null) {
                throw new IllegalArgumentException("No bundle " + name + " in the provider jar");
            }
            Properties messages = new Properties();
            try (Reader reader = new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            return new ScreenTexts(language, messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code key}, which must be in the bundle. */
    public String text(String key) {
        String text = messages.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException(key + " is not in the " + language + " bundle");
        }
        return text;
    }
}
