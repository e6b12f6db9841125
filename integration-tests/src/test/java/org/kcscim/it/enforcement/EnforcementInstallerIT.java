package org.kcscim.it.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.login.BrokerFixture;
import org.kcscim.it.support.login.LoginEvents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code /admin/realms/{realm}/provisioning/enforcement}: what it reports, what installing changes (copies,
 * never the realm's own flows), that installing twice changes nothing, and that a realm with the enforcement
 * but no configuration behaves as before.
 */
@ExtendWith(KeycloakServerExtension.class)
class EnforcementInstallerIT {

    private static final List<String> FRESH_REALM_BINDINGS = List.of("browser", "direct-grant", "reset-credentials",
            "identity-provider:corp:first-login", "identity-provider:corp:post-login");

    @Test
    void aFreshRealmReportsEveryFlowAsNotEnforcedAndInstallingCopiesAndBindsThemOnce(AdminClient admin) {
        BrokerFixture broker = BrokerFixture.createWithRealms(admin, "install", "corp", true);
        String realm = broker.homeRealm();
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(),
                "{\"adminEventsEnabled\":true,\"adminEventsDetailsEnabled\":true}").expectStatus(204);
        JsonNode builtInBrowser = executions(admin, realm, "browser");
        JsonNode builtInFirstLogin = executions(admin, realm, "first broker login");

        JsonNode before = ProvisionedPeople.enforcementState(admin, realm).expectStatus(200).json();
        assertFalse(before.path("enforced").asBoolean(), before.toString());
        assertEquals(falseFor(FRESH_REALM_BINDINGS), ProvisionedPeople.enforcedByBinding(before));
        assertEquals(Map.of("browser", "browser", "direct-grant", "direct grant", "reset-credentials", "reset credentials",
                "identity-provider:corp:first-login", "first broker login", "identity-provider:corp:post-login", ""),
                flows(before));

        JsonNode installed = ProvisionedPeople.installEnforcement(admin, realm).expectStatus(200).json();
        assertTrue(installed.path("enforced").asBoolean(), installed.toString());
        Map<String, String> moves = new LinkedHashMap<>();
        installed.path("changes").forEach(change -> moves.put(change.path("binding").asText(),
                change.path("before").asText() + " -> " + change.path("after").asText()));
        assertEquals(Map.of(
                "browser", "browser -> browser with SCIM enforcement",
                "direct-grant", "direct grant -> direct grant with SCIM enforcement",
                "reset-credentials", "reset credentials -> reset credentials with SCIM enforcement",
                "identity-provider:corp:first-login", "first broker login -> first broker login with SCIM enforcement",
                "identity-provider:corp:post-login", " -> SCIM enforcement after identity provider login"), moves);

        JsonNode after = ProvisionedPeople.enforcementState(admin, realm).expectStatus(200).json();
        assertTrue(after.path("enforced").asBoolean(), after.toString());
        assertEquals(installed.path("bindings"), after.path("bindings"));
        JsonNode realmRep = admin.send("GET", "/admin/realms/" + realm, admin.adminToken(), null).expectStatus(200).json();
        assertEquals("browser with SCIM enforcement", realmRep.path("browserFlow").asText());
        assertEquals("direct grant with SCIM enforcement", realmRep.path("directGrantFlow").asText());
        assertEquals("first broker login with SCIM enforcement",
                broker.identityProvider().path("firstBrokerLoginFlowAlias").asText());
        assertEquals("SCIM enforcement after identity provider login",
                broker.identityProvider().path("postBrokerLoginFlowAlias").asText());

        // The realm's own flows are as they were; the new ones run the copy, then the enforcer
        assertEquals(builtInBrowser, executions(admin, realm, "browser"));
        assertEquals(builtInFirstLogin, executions(admin, realm, "first broker login"));
        JsonNode enforcedBrowser = executions(admin, realm, "browser with SCIM enforcement");
        List<String> topLevel = enforcedBrowser.findParents("level").stream()
                .filter(execution -> execution.path("level").asInt() == 0)
                .map(execution -> execution.path("requirement").asText() + " "
                        + execution.path("providerId").asText(execution.path("displayName").asText()))
                .toList();
        assertEquals(List.of("REQUIRED browser with SCIM enforcement - original steps", "REQUIRED kcscim-means-enforcer"),
                topLevel);

        // Twice: nothing changes the second time
        JsonNode again = ProvisionedPeople.installEnforcement(admin, realm).expectStatus(200).json();
        assertEquals(0, again.path("changes").size(), again.toString());
        assertEquals(after.path("bindings"), again.path("bindings"));
        assertEquals(1, flowsNamed(admin, realm, "browser with SCIM enforcement"));

        // One admin event, for the installation that changed something, naming what it changed
        JsonNode events = admin.send("GET", "/admin/realms/" + realm + "/admin-events?max=200", admin.adminToken(), null)
                .expectStatus(200).json();
        List<JsonNode> recorded = events.findParents("resourcePath").stream()
                .filter(event -> event.path("resourcePath").asText().equals("provisioning/enforcement")).toList();
        assertEquals(1, recorded.size(), events.toString());
        assertEquals("AUTH_FLOW", recorded.get(0).path("resourceType").asText());
        assertEquals("UPDATE", recorded.get(0).path("operationType").asText());
        assertTrue(recorded.get(0).path("representation").asText().contains("browser with SCIM enforcement"),
                recorded.toString());
    }

    @Test
    void anIdentityProviderOrClientOverrideAddedLaterShowsAsNotEnforcedUntilInstalledAgain(AdminClient admin) {
        BrokerFixture broker = BrokerFixture.createWithRealms(admin, "later", "corp", true);
        String realm = broker.homeRealm();
        ProvisionedPeople.installEnforcement(admin, realm).expectStatus(200);

        addIdentityProvider(admin, realm, "partner");
        String clientUuid = admin.clientUuid(realm, BrokerFixture.TEST_CLIENT);
        JsonNode client = admin.send("GET", "/admin/realms/" + realm + "/clients/" + clientUuid, admin.adminToken(), null)
                .expectStatus(200).json();
        String builtInBrowserId = flowId(admin, realm, "browser");
        ((ObjectNode) client).putObject("authenticationFlowBindingOverrides").put("browser", builtInBrowserId);
        admin.send("PUT", "/admin/realms/" + realm + "/clients/" + clientUuid, admin.adminToken(), client).expectStatus(204);

        JsonNode state = ProvisionedPeople.enforcementState(admin, realm).expectStatus(200).json();
        assertFalse(state.path("enforced").asBoolean());
        Map<String, Boolean> enforced = ProvisionedPeople.enforcedByBinding(state);
        assertEquals(false, enforced.get("identity-provider:partner:first-login"), state.toString());
        assertEquals(false, enforced.get("identity-provider:partner:post-login"), state.toString());
        assertEquals(false, enforced.get("client:test-app:browser"), state.toString());
        assertEquals(true, enforced.get("identity-provider:corp:post-login"), state.toString());
        assertEquals(true, enforced.get("browser"), state.toString());

        JsonNode installed = ProvisionedPeople.installEnforcement(admin, realm).expectStatus(200).json();
        List<String> changed = installed.path("changes").findValuesAsText("binding");
        assertEquals(List.of("client:test-app:browser", "identity-provider:partner:first-login",
                "identity-provider:partner:post-login"), changed);
        assertTrue(installed.path("enforced").asBoolean(), installed.toString());
    }

    @Test
    void aRealmWithTheEnforcementButNoConfigurationSignsEveryoneInAsBefore(AdminClient admin) {
        BrokerFixture broker = BrokerFixture.createWithRealms(admin, "noconf", "corp", true);
        String realm = broker.homeRealm();
        LoginEvents.enable(admin, realm);
        ProvisionedPeople.installEnforcement(admin, realm).expectStatus(200);
        Instant since = Instant.now().minusMillis(1);

        // A realm administrator, by the form, by SSO and by the password grant of the admin CLI
        String adminName = "realm-admin-" + suffix();
        String adminId = admin.createUser(realm, adminName, "Admin-pass-1");
        admin.grantManagementRoles(realm, adminId, realm, "realm-admin");
        var login = broker.startLogin();
        login.signIn(adminName, "Admin-pass-1").expectSuccess();
        login.ssoAgain().expectSuccess();
        String token = admin.token(realm, adminName, "Admin-pass-1");
        admin.send("GET", "/admin/realms/" + realm + "/users?max=1", token, null).expectStatus(200);

        // A newcomer from the identity provider is created by the usual first login steps
        String newcomer = "newcomer-" + suffix();
        broker.createIdpUser(newcomer, "Idp-pass-1");
        broker.startLogin().signInThrough("corp", newcomer, "Idp-pass-1").expectSuccess();
        assertEquals(1, broker.homeUsers(newcomer).size());

        // And an existing home user meets the realm's usual "account already exists", as without the enforcement
        String twin = "twin-" + suffix();
        broker.createIdpUser(twin, "Idp-pass-1");
        admin.createUser(realm, twin, "Home-pass-1");
        var conflict = broker.startLogin().signInThrough("corp", twin, "Idp-pass-1");
        assertEquals("Account already exists", conflict.title().orElse(null), conflict.toString());

        List<JsonNode> errors = LoginEvents.all(admin, realm, since).stream()
                .filter(event -> event.path("type").asText().endsWith("_ERROR")).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void readingNeedsViewRealmAndInstallingNeedsManageRealm(AdminClient admin) {
        String realm = admin.createRealm("perm");
        String viewer = "viewer-" + suffix();
        String viewerId = admin.createUser(realm, viewer, "Viewer-pass-1");
        admin.grantManagementRoles(realm, viewerId, realm, "view-realm");
        String token = admin.token(realm, viewer, "Viewer-pass-1");
        String path = "/admin/realms/" + realm + "/provisioning/enforcement";

        assertEquals(200, admin.send("GET", path, token, null).status());
        HttpResult refused = admin.send("POST", path, token, null);
        assertEquals(403, refused.status(), refused.toString());
        assertFalse(ProvisionedPeople.enforcementState(admin, realm).json().path("enforced").asBoolean());
    }

    // ---- helpers

    private static Map<String, Boolean> falseFor(List<String> bindings) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        bindings.forEach(binding -> map.put(binding, false));
        return map;
    }

    private static Map<String, String> flows(JsonNode state) {
        Map<String, String> flows = new LinkedHashMap<>();
        state.path("bindings").forEach(binding -> flows.put(binding.path("binding").asText(),
                binding.path("flow").isNull() ? "" : binding.path("flow").asText()));
        return flows;
    }

    private static JsonNode executions(AdminClient admin, String realm, String flowAlias) {
        return admin.send("GET", "/admin/realms/" + realm + "/authentication/flows/" + enc(flowAlias) + "/executions",
                admin.adminToken(), null).expectStatus(200).json();
    }

    private static String flowId(AdminClient admin, String realm, String alias) {
        JsonNode flows = admin.send("GET", "/admin/realms/" + realm + "/authentication/flows", admin.adminToken(), null)
                .expectStatus(200).json();
        for (JsonNode flow : flows) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow.path("id").asText();
            }
        }
        throw new AssertionError("No flow " + alias + " in " + flows);
    }

    private static int flowsNamed(AdminClient admin, String realm, String aliasPrefix) {
        JsonNode flows = admin.send("GET", "/admin/realms/" + realm + "/authentication/flows", admin.adminToken(), null)
                .expectStatus(200).json();
        int count = 0;
        for (JsonNode flow : flows) {
            if (flow.path("alias").asText().startsWith(aliasPrefix)) {
                count++;
            }
        }
        return count;
    }

    private static void addIdentityProvider(AdminClient admin, String realm, String alias) {
        ObjectNode provider = ProvisionedPeople.JSON.createObjectNode()
                .put("alias", alias).put("providerId", "oidc").put("enabled", true);
        provider.putObject("config").put("clientId", "x").put("clientSecret", "y")
                .put("authorizationUrl", "http://localhost/auth").put("tokenUrl", "http://localhost/token");
        admin.send("POST", "/admin/realms/" + realm + "/identity-provider/instances", admin.adminToken(), provider)
                .expectStatus(201);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
