package org.kcscim.compatibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class KeycloakCompatibilityTest {

    @Test
    void givenAnyVersionThenTheStartupLineNamesBothVersions() {
        assertEquals("Keycloak SCIM provisioning 0.1.0 on Keycloak 26.7.5",
                KeycloakCompatibility.of("26.7.5").startupLine("0.1.0"));
        assertEquals("Keycloak SCIM provisioning 0.1.0-SNAPSHOT on Keycloak 999.0.0-SNAPSHOT",
                KeycloakCompatibility.of("999.0.0-SNAPSHOT").startupLine("0.1.0-SNAPSHOT"));
        assertEquals("Keycloak SCIM provisioning 0.1.0 on Keycloak (no version reported)",
                KeycloakCompatibility.of(null).startupLine("0.1.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26.4.0", "26.4.7", "26.5.6", "26.6.3", "26.6.4", "26.7.0", "26.7.3", "26.7.5", "26.7.99",
            " 26.7.5 "})
    void givenATestedLineThenThereIsNoWarning(String version) {
        KeycloakCompatibility compatibility = KeycloakCompatibility.of(version);
        assertEquals(Optional.empty(), compatibility.untestedWarning());
        assertEquals(Optional.empty(), compatibility.knownBugError());
    }

    @ParameterizedTest
    @ValueSource(strings = {"26.3.5", "26.3.0", "26.0.0", "25.0.6", "0.0.1"})
    void givenAnOlderLineThenTheWarningNamesTheRangeAndSaysToUpgrade(String version) {
        String warning = KeycloakCompatibility.of(version).untestedWarning().orElseThrow();
        assertEquals("Keycloak SCIM provisioning runs on Keycloak " + version + ", outside the tested range 26.4 to"
                + " 26.7; it may fail to serve requests there: upgrade Keycloak to a version in the tested range",
                warning);
        assertEquals(Optional.empty(), KeycloakCompatibility.of(version).knownBugError());
    }

    @ParameterizedTest
    @ValueSource(strings = {"26.8.0", "26.10.1", "27.0.0", "100.2.3"})
    void givenANewerLineThenTheWarningNamesTheRange(String version) {
        String warning = KeycloakCompatibility.of(version).untestedWarning().orElseThrow();
        assertEquals("Keycloak SCIM provisioning runs on Keycloak " + version + ", outside the tested range 26.4 to"
                + " 26.7; it may work, but nothing has checked that it does: check SCIM provisioning and sign-in"
                + " enforcement before relying on them, or use a newer release of the extension if there is one",
                warning);
        assertEquals(Optional.empty(), KeycloakCompatibility.of(version).knownBugError());
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.0.0-SNAPSHOT", "26.8.0-rc1", "26.7.6-SNAPSHOT", "26.4.7.redhat-00001",
            "26.5.0-nightly", "26.7.5+build.7"})
    void givenABuildThatIsNotAReleaseThenItIsCalledUntested(String version) {
        String warning = KeycloakCompatibility.of(version).untestedWarning().orElseThrow();
        assertEquals("Keycloak SCIM provisioning runs on Keycloak " + version + ", which is not a Keycloak release"
                + " (a snapshot, nightly, pre-release or vendor build) and is untested; the tested range is Keycloak"
                + " releases 26.4 to 26.7; check SCIM provisioning and sign-in enforcement before relying on them",
                warning);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"UNKNOWN", "   ", "26", "26.7", "26.7.x", "v26.7.5", "26.7.5abc", "latest", "26..7",
            "99999999999999999999.0.0", "26.7.5-", "\u0000"})
    void givenAnUnreadableVersionThenItIsCalledUnknownWithoutAnException(String version) {
        KeycloakCompatibility compatibility = KeycloakCompatibility.of(version);
        String warning = compatibility.untestedWarning().orElseThrow();
        assertTrue(warning.contains("a version it cannot read, so whether it is within the tested range 26.4 to 26.7"
                + " is unknown; treat it as untested"), warning);
        assertEquals(Optional.empty(), compatibility.knownBugError());
        assertTrue(compatibility.startupLine("0.1.0").startsWith("Keycloak SCIM provisioning 0.1.0 on Keycloak "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26.6.0", "26.6.1", "26.6.2"})
    void givenAVersionWithTheBearerCheckBugThenTheErrorNamesTheIssueAndTheFix(String version) {
        KeycloakCompatibility compatibility = KeycloakCompatibility.of(version);
        assertEquals(Optional.of("Keycloak " + version + " refuses the API keys of Keycloak SCIM provisioning: it"
                + " checks requests to custom REST endpoints (realm-restapi-extension providers, such as the SCIM"
                + " endpoint /realms/{realm}/provisioning/scim/v2) with its own bearer-token check first, so no"
                + " directory can provision (Keycloak bug keycloak/keycloak#49611, fixed in 26.6.3); upgrade Keycloak"
                + " to 26.6.3 or later"), compatibility.knownBugError());
        assertEquals(Optional.empty(), compatibility.untestedWarning(), "26.6 is a tested line all the same");
    }

    @Test
    void givenASnapshotOfAnAffectedVersionThenBothLinesAreLogged() {
        KeycloakCompatibility compatibility = KeycloakCompatibility.of("26.6.2-SNAPSHOT");
        assertTrue(compatibility.knownBugError().orElseThrow().contains("keycloak/keycloak#49611"));
        assertTrue(compatibility.untestedWarning().orElseThrow().contains("not a Keycloak release"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26.6.3", "26.6.4", "26.7.0", "26.5.2", "27.6.1", "25.6.1"})
    void givenAVersionWithoutTheBearerCheckBugThenThereIsNoError(String version) {
        assertEquals(Optional.empty(), KeycloakCompatibility.of(version).knownBugError());
    }

    @Test
    void keycloakSendsTheEventOfABrokerFlowItselfFrom26Point5On() {
        assertFalse(KeycloakCompatibility.of("26.4.7").sendsBrokerFlowEvents());
        assertFalse(KeycloakCompatibility.of("26.4.0").sendsBrokerFlowEvents());
        assertTrue(KeycloakCompatibility.of("26.5.0").sendsBrokerFlowEvents());
        assertTrue(KeycloakCompatibility.of("26.7.5").sendsBrokerFlowEvents());
        assertTrue(KeycloakCompatibility.of("27.0.0").sendsBrokerFlowEvents());
        assertTrue(KeycloakCompatibility.of("999.0.0-SNAPSHOT").sendsBrokerFlowEvents());
        assertTrue(KeycloakCompatibility.of("UNKNOWN").sendsBrokerFlowEvents(), "unreadable is taken for newer");
    }
}
