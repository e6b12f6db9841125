package org.kcscim.compatibility;

import org.keycloak.common.Version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this extension knows about the Keycloak version it runs on: whether that version is in the tested range,
 * whether a known Keycloak bug breaks the extension there, and where Keycloak's lines behave differently. Apart from
 * {@link #running()}, it only reads the version string it is given, so it can be tested for any version without a
 * server.
 */
public final class KeycloakCompatibility {

    /** The name the startup lines give the extension, as the distribution jar is named. */
    public static final String PRODUCT = "Keycloak SCIM provisioning";

    /** The tested lines, all of major 26; the patches tested are 26.4.7, 26.5.6, 26.6.4 and 26.7.5. */
    static final int TESTED_MAJOR = 26;
    static final int OLDEST_TESTED_MINOR = 4;
    static final int NEWEST_TESTED_MINOR = 7;
    static final String TESTED_RANGE = TESTED_MAJOR + "." + OLDEST_TESTED_MINOR + " to "
            + TESTED_MAJOR + "." + NEWEST_TESTED_MINOR;

    /**
     * Keycloak's releases are major.minor.patch; anything after that (-SNAPSHOT of a nightly, -rc1, a vendor's
     * .redhat-00001) marks a build nobody tested this extension on. Digits are bounded so that parsing never overflows.
     */
    private static final Pattern VERSION = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})(?:[-.+](.+))?");

    private final String reported;
    private final Release release;

    private KeycloakCompatibility(String reported, Release release) {
        this.reported = reported;
        this.release = release;
    }

    /**
     * @param keycloakVersion the version Keycloak reports ({@code org.keycloak.common.Version.VERSION}); may be null,
     *                        {@code UNKNOWN} or anything else, which yields an "unknown version" warning, never an
     *                        exception: a warning at startup must not be what stops the server
     */
    public static KeycloakCompatibility of(String keycloakVersion) {
        String reported = keycloakVersion == null ? "" : keycloakVersion.trim();
        Matcher matcher = VERSION.matcher(reported);
        Release release = matcher.matches()
                ? new Release(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)), matcher.group(4))
                : null;
        return new KeycloakCompatibility(reported, release);
    }

    /** The Keycloak this server runs: the one place where the extension adapts to the Keycloak line at run time. */
    public static KeycloakCompatibility running() {
        return Running.KEYCLOAK;
    }

    /**
     * Whether Keycloak sends the event of a first or post broker login flow itself once the flow returns, as it does
     * from 26.5 on (an authenticator that refused must then only leave its error in that event, or it is recorded
     * twice); on 26.4 the authenticator must send it. A version that cannot be read is taken for a newer one.
     */
    public boolean sendsBrokerFlowEvents() {
        return release == null || release.compareLine(TESTED_MAJOR, 5) >= 0;
    }

    /** The INFO line: which extension version runs on which Keycloak version. */
    public String startupLine(String extensionVersion) {
        return PRODUCT + " " + extensionVersion + " on Keycloak " + shownVersion();
    }

    /** The WARN line when this Keycloak version is not one the extension was tested on; empty when it is. */
    public Optional<String> untestedWarning() {
        String runsOn = PRODUCT + " runs on Keycloak " + shownVersion();
        if (release == null) {
            return Optional.of(runsOn + ", a version it cannot read, so whether it is within the tested range "
                    + TESTED_RANGE + " is unknown; treat it as untested and check SCIM provisioning and sign-in"
                    + " enforcement before relying on them");
        }
        if (release.qualifier() != null) {
            return Optional.of(runsOn + ", which is not a Keycloak release (a snapshot, nightly, pre-release or vendor"
                    + " build) and is untested; the tested range is Keycloak releases " + TESTED_RANGE
                    + "; check SCIM provisioning and sign-in enforcement before relying on them");
        }
        if (release.compareLine(TESTED_MAJOR, OLDEST_TESTED_MINOR) < 0) {
            // Said more firmly than above the range: older lines may lack Keycloak APIs the extension calls
            return Optional.of(runsOn + ", outside the tested range " + TESTED_RANGE + "; it may fail to serve"
                    + " requests there: upgrade Keycloak to a version in the tested range");
        }
        if (release.compareLine(TESTED_MAJOR, NEWEST_TESTED_MINOR) > 0) {
            return Optional.of(runsOn + ", outside the tested range " + TESTED_RANGE + "; it may work, but nothing"
                    + " has checked that it does: check SCIM provisioning and sign-in enforcement before relying on"
                    + " them, or use a newer release of the extension if there is one");
        }
        return Optional.empty();
    }

    /**
     * The ERROR line when a known Keycloak bug breaks the extension on this version; empty otherwise.
     *
     * <p>keycloak/keycloak#49611: Keycloak 26.6.0 to 26.6.2 run their own bearer-token check on every request to a
     * realm-restapi-extension provider before the provider sees it, so the SCIM endpoint's API keys (sent as
     * {@code Authorization: Bearer}) are refused as invalid Keycloak tokens. Fixed in 26.6.3 and 26.7.0. Checked on
     * the numbers alone, so a snapshot of those versions is reported too.
     */
    public Optional<String> knownBugError() {
        if (release != null && release.major() == 26 && release.minor() == 6 && release.patch() <= 2) {
            return Optional.of("Keycloak " + shownVersion() + " refuses the API keys of " + PRODUCT + ": it checks"
                    + " requests to custom REST endpoints (realm-restapi-extension providers, such as the SCIM endpoint"
                    + " /realms/{realm}/provisioning/scim/v2) with its own bearer-token check first, so no directory can"
                    + " provision (Keycloak bug keycloak/keycloak#49611, fixed in 26.6.3); upgrade Keycloak to 26.6.3"
                    + " or later");
        }
        return Optional.empty();
    }

    private String shownVersion() {
        return reported.isEmpty() ? "(no version reported)" : reported;
    }

    /** Read on first use, from the Keycloak classes of the running server. */
    private static final class Running {
        static final KeycloakCompatibility KEYCLOAK = of(Version.VERSION);
    }

    /** A parsed version; {@code qualifier} is null for a plain release. */
    private record Release(int major, int minor, int patch, String qualifier) {

        int compareLine(int otherMajor, int otherMinor) {
            return major != otherMajor ? Integer.compare(major, otherMajor) : Integer.compare(minor, otherMinor);
        }
    }
}
