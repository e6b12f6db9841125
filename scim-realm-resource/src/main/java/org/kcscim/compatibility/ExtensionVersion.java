package org.kcscim.compatibility;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This extension's own version, as Maven wrote it into {@value #RESOURCE} when the module was built.
 *
 * <p>A filtered resource rather than the manifest's {@code Implementation-Version}: the provider jar is shaded from
 * several module jars, and the manifest it ends up with is not one this module controls.
 */
public final class ExtensionVersion {

    private static final Logger LOG = Logger.getLogger(ExtensionVersion.class);

    static final String RESOURCE = "META-INF/kcscim-version.properties";
    static final String UNKNOWN = "(unknown version)";

    private ExtensionVersion() {
    }

    /** The version of the running extension, or {@value #UNKNOWN} (with a warning) when the jar does not say. */
    public static String current() {
        return read(ExtensionVersion.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    /** Reads the version from the resource's content; closes it; {@code null} stands for a missing resource. */
    static String read(InputStream resource) {
        if (resource == null) {
            LOG.warnf("%s is missing from the provider jar; the extension's version is unknown", RESOURCE);
            return UNKNOWN;
        }
        Properties properties = new Properties();
        try (InputStream in = resource) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf(e, "%s could not be read; the extension's version is unknown", RESOURCE);
            return UNKNOWN;
        }
        String version = properties.getProperty("version", "").trim();
        // An unfiltered copy (a build that skipped Maven's resource processing) still holds the placeholder
        if (version.isEmpty() || version.contains("${")) {
            LOG.warnf("%s holds '%s' instead of a version; the extension's version is unknown", RESOURCE, version);
            return UNKNOWN;
        }
        return version;
    }
}
