package org.kcscim.it.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.Tokens;
import org.kcscim.it.support.login.BrokerFixture;
import org.kcscim.it.support.login.LoginEvents;
import org.kcscim.it.support.login.MailSink;
import org.kcscim.it.support.login.OidcLogin;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Sign-ins of provisioned people once the enforcement is installed in their home realm: by the login form,
 * through a second realm acting as OIDC identity provider, by the SSO cookie and by the password grant. Every
 * refusal is a 403 that says only "access denied", and exactly one login error event that says why.
 */
@ExtendWith(KeycloakServerExtension.class)
class MeansEnforcementIT {

    private static final String IDP = "corp";
    private static final String IDP_MEANS = "idp:" + IDP;

    private static AdminClient admin;
    private static BrokerFixture broker;
    private static String realm;
    private static ProvisionedPeople directory;
    private static MailSink mail;

    @BeforeAll
    static void setUp(AdminClient client) throws IOException {
        admin = client;
        broker = BrokerFixture.createWithRealms(admin, "enforce", IDP, true);
        realm = broker.homeRealm();
        LoginEvents.enable(admin, realm, "SEND_RESET_PASSWORD", "RESET_PASSWORD", "RESET_PASSWORD_ERROR",
                "UPDATE_PASSWORD", "UPDATE_CREDENTIAL");
        mail = new MailSink();
        ObjectNode settings = ProvisionedPeople.JSON.createObjectNode().put("realm", realm).put("resetPasswordAllowed", true)
                .put("adminEventsEnabled", true);
        settings.putObject("smtpServer").put("host", "127.0.0.1").put("port", String.valueOf(mail.port()))
                .put("from", "keycloak@example.test");
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(), settings).expectStatus(204);
        directory = new ProvisionedPeople(admin, realm, "Corporate directory");
        ProvisionedPeople.installEnforcement(admin, realm).expectStatus(200);
    }

    @AfterAll
    static void tearDown() throws IOException {
        mail.close();
    }

    @Test
    void aPersonWhoseMappingAllowsKeycloakSignInSignsInWithTheForm() {
        String name = unique("local");
        String id = directory.person(name, "Local-pass-1");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), id)), "local");

        OidcLogin login = broker.startLogin();
        OidcLogin.Outcome outcome = login.signIn(name, "Local-pass-1").expectSuccess();

        assertEquals(id, Tokens.payload(login.exchange(outcome.code()).path("access_token").asText()).path("sub").asText());
    }

    @Test
    void aPersonAllowedOnlyTheIdentityProviderIsRefusedAtTheFormWithOneEvent() {
        String name = unique("idponly");
        String id = directory.person(name, "Local-pass-1");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), id)), IDP_MEANS);
        Instant since = Instant.now().minusMillis(1);

        OidcLogin login = broker.startLogin();
        OidcLogin.Outcome refused = login.signIn(name, "Local-pass-1");

        assertRefusedPage(refused);
        JsonNode event = onlyRefusal(id, "LOGIN_ERROR", since);
        assertDetails(event, "local", IDP_MEANS, "means_not_allowed");
        assertTrue(LoginEvents.of(admin, realm, "LOGIN", id, since).isEmpty());
    }

    @Test
    void aPersonInNoMappedGroupIsRefusedWithReasonNoMapping() {
        String name = unique("nomap");
        String id = directory.person(name, "Local-pass-1");
        directory.group(unique("unmapped"), id);
        Instant since = Instant.now().minusMillis(1);

        OidcLogin login = broker.startLogin();
        assertRefusedPage(login.signIn(name, "Local-pass-1"));

        JsonNode event = onlyRefusal(id, "LOGIN_ERROR", since);
        assertDetails(event, "local", "none", "no_mapping");
    }

    @Test
    void aPersonAllowedTheIdentityProviderSignsInThroughItTheFirstTimeWithoutAnyPageAndIsLinked() {
        String name = unique("fed");
        String id = directory.person(name, "Local-pass-1");
        broker.createIdpUser(name, "Idp-pass-1");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), id)), IDP_MEANS);

        OidcLogin login = broker.startLogin();
        OidcLogin.Outcome first = login.signInThrough(IDP, name, "Idp-pass-1").expectSuccess();

        // The provisioned person, not a new user: no "account already exists", no profile review
        assertEquals(id, Tokens.payload(login.exchange(first.code()).path("access_token").asText()).path("sub").asText());
        assertEquals(1, broker.homeUsers(name).size());
        JsonNode links = broker.federatedIdentities(id);
        assertEquals(1, links.size(), links.toString());
        assertEquals(IDP, links.get(0).path("identityProvider").asText());

        OidcLogin later = broker.startLogin();
        OidcLogin.Outcome again = later.signInThrough(IDP, name, "Idp-pass-1").expectSuccess();
        assertEquals(id, Tokens.payload(later.exchange(again.code()).path("access_token").asText()).path("sub").asText());
    }

    @Test
    void aPersonAllowedOnlyKeycloakSignInIsRefusedThroughTheIdentityProviderAtTheFirstLoginAndIsNotLinked() {
        String name = unique("fedno");
        String id = directory.person(name, "Local-pass-1");
        broker.createIdpUser(name, "Idp-pass-1");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), id)), "local");
        Instant since = Instant.now().minusMillis(1);

        OidcLogin login = broker.startLogin();
        assertRefusedPage(login.signInThrough(IDP, name, "Idp-pass-1"));

        JsonNode event = onlyRefusal(id, "IDENTITY_PROVIDER_FIRST_LOGIN_ERROR", since);
        assertDetails(event, IDP_MEANS, "local", "means_not_allowed");
        assertEquals(0, broker.federatedIdentities(id).size());
        assertEquals(1, broker.homeUsers(name).size());

        // Keycloak's own sign-in still works for them
        broker.startLogin().signIn(name, "Local-pass-1").expectSuccess();
    }

    @Test
    void aLinkedPersonWhoseMappingNoLongerAllowsTheIdentityProviderIsRefusedAtTheNextLoginThroughIt() {
        String name = unique("fedlater");
        String id = directory.person(name, "Local-pass-1");
        broker.createIdpUser(name, "Idp-pass-1");
        String group = directory.group(unique("g"), id);
        String mapping = directory.mapping(unique("m"), List.of(group), IDP_MEANS);
        broker.startLogin().signInThrough(IDP, name, "Idp-pass-1").expectSuccess();

        directory.changeMapping(mapping, unique("m"), List.of(group), "local");
        Instant since = Instant.now().minusMillis(1);
        assertRefusedPage(broker.startLogin().signInThrough(IDP, name, "Idp-pass-1"));

        JsonNode event = onlyRefusal(id, "IDENTITY_PROVIDER_POST_LOGIN_ERROR", since);
        assertDetails(event, IDP_MEANS, "local", "means_not_allowed");
    }

    @Test
    void singleSignOnByCookieIsCheckedAgainstTheMeansTheSessionStartedWithAfterAMappingChange() {
        String name = unique("sso");
        String id = directory.person(name, "Local-pass-1");
        String group = directory.group(unique("g"), id);
        String mapping = directory.mapping(unique("m"), List.of(group), "local");
        OidcLogin login = broker.startLogin();
        login.signIn(name, "Local-pass-1").expectSuccess();
        login.ssoAgain().expectSuccess();

        directory.changeMapping(mapping, unique("m"), List.of(group), IDP_MEANS);
        Instant since = Instant.now().minusMillis(1);
        assertRefusedPage(login.ssoAgain());

        JsonNode event = onlyRefusal(id, "LOGIN_ERROR", since);
        assertDetails(event, "local", IDP_MEANS, "means_not_allowed");
    }

    @Test
    void singleSignOnAfterALoginThroughTheIdentityProviderCountsAsThatIdentityProvider() {
        String name = unique("ssofed");
        String id = directory.person(name, "Local-pass-1");
        broker.createIdpUser(name, "Idp-pass-1");
        String group = directory.group(unique("g"), id);
        String mapping = directory.mapping(unique("m"), List.of(group), IDP_MEANS);
        OidcLogin login = broker.startLogin();
        login.signInThrough(IDP, name, "Idp-pass-1").expectSuccess();
        login.ssoAgain().expectSuccess();

        directory.changeMapping(mapping, unique("m"), List.of(group), "local");
        Instant since = Instant.now().minusMillis(1);
        assertRefusedPage(login.ssoAgain());

        JsonNode event = onlyRefusal(id, "LOGIN_ERROR", since);
        assertDetails(event, IDP_MEANS, "local", "means_not_allowed");
    }

    @Test
    void thePasswordGrantCountsAsKeycloakSignIn() {
        String allowed = unique("grant");
        String allowedId = directory.person(allowed, "Grant-pass-1");
        String refused = unique("grantno");
        String refusedId = directory.person(refused, "Grant-pass-1");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), allowedId)), "local");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), refusedId)), IDP_MEANS);
        Instant since = Instant.now().minusMillis(1);

        HttpResult granted = ProvisionedPeople.directGrant(admin, realm, BrokerFixture.TEST_CLIENT, allowed, "Grant-pass-1");
        assertEquals(200, granted.status(), granted.toString());
        assertFalse(granted.json().path("access_token").asText().isEmpty());

        HttpResult denied = ProvisionedPeople.directGrant(admin, realm, BrokerFixture.TEST_CLIENT, refused, "Grant-pass-1");
        assertEquals(403, denied.status(), denied.toString());
        assertEquals("access_denied", denied.json().path("error").asText(), denied.toString());
        assertEquals("Access denied", denied.json().path("error_description").asText());
        assertFalse(denied.body().contains("means"), denied.body());

        JsonNode event = onlyRefusal(refusedId, "LOGIN_ERROR", since);
        assertDetails(event, "local", IDP_MEANS, "means_not_allowed");
        assertTrue(LoginEvents.of(admin, realm, "LOGIN_ERROR", allowedId, since).isEmpty());
    }

    @Test
    void peopleNoConfigurationProvisionedAreNotAffected() {
        String name = unique("handmade");
        String id = admin.createUser(realm, name, "Hand-pass-1");
        Instant since = Instant.now().minusMillis(1);

        OidcLogin login = broker.startLogin();
        login.signIn(name, "Hand-pass-1").expectSuccess();
        login.ssoAgain().expectSuccess();
        assertEquals(200, ProvisionedPeople.directGrant(admin, realm, BrokerFixture.TEST_CLIENT, name, "Hand-pass-1").status());

        // A new person of the identity provider goes through the realm's usual first login: created, not refused
        String newcomer = unique("newcomer");
        broker.createIdpUser(newcomer, "Idp-pass-1");
        broker.startLogin().signInThrough(IDP, newcomer, "Idp-pass-1").expectSuccess();
        assertEquals(1, broker.homeUsers(newcomer).size());

        assertTrue(LoginEvents.of(admin, realm, "LOGIN_ERROR", id, since).isEmpty());
        assertEquals(0, errorsSince(since).size(), errorsSince(since).toString());
    }

    @Test
    void aPasswordResetByEmailCountsAsKeycloakSignIn() throws InterruptedException {
        String allowed = unique("reset");
        String allowedId = directory.person(allowed, "Reset-pass-1");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), allowedId)), "local");
        String refused = unique("resetno");
        String refusedId = directory.person(refused, "Reset-pass-1");
        directory.mapping(unique("m"), List.of(directory.group(unique("g"), refusedId)), IDP_MEANS);
        Instant since = Instant.now().minusMillis(1);

        OidcLogin login = resetByEmail(allowed);
        OidcLogin.Outcome newPassword = login.last();
        assertTrue(newPassword.html().contains("password-new"), newPassword.toString());
        login.submitPage(Map.of("password-new", "Reset-pass-2", "password-confirm", "Reset-pass-2")).expectSuccess();
        broker.startLogin().signIn(allowed, "Reset-pass-2").expectSuccess();

        OidcLogin denied = resetByEmail(refused);
        assertRefusedPage(denied.last());
        JsonNode event = onlyRefusal(refusedId, "RESET_PASSWORD_ERROR", since);
        assertDetails(event, "local", IDP_MEANS, "means_not_allowed");
        assertTrue(LoginEvents.of(admin, realm, "LOGIN_ERROR", allowedId, since).isEmpty());
    }

    @Test
    void theConfigurationsActivityListsWhatItsDirectoryDidAndTheRefusedSignInsNewestFirst() {
        String name = unique("active");
        String id = directory.person(name, "Local-pass-1");
        String group = directory.group(unique("g"), id);
        directory.mapping(unique("m"), List.of(group), IDP_MEANS);
        assertRefusedPage(broker.startLogin().signIn(name, "Local-pass-1"));

        String path = "/admin/realms/" + realm + "/provisioning/configurations/" + directory.configurationId() + "/activity";
        JsonNode activity = admin.send("GET", path + "?max=200", admin.adminToken(), null).expectStatus(200).json();
        JsonNode newest = activity.get(0);
        assertEquals("refused-sign-in", newest.path("kind").asText(), activity.toString());
        assertEquals(id, newest.path("userId").asText());
        assertEquals(name, newest.path("username").asText());
        assertEquals("LOGIN_ERROR", newest.path("eventType").asText());
        assertEquals("local", newest.path("attemptedMeans").asText());
        assertEquals(IDP_MEANS, newest.path("allowedMeans").asText());
        assertEquals("means_not_allowed", newest.path("reason").asText());
        assertTrue(newest.path("resourcePath").isMissingNode(), newest.toString());

        List<JsonNode> provisioning = activity.findParents("kind").stream()
                .filter(entry -> entry.path("kind").asText().equals("provisioning")).toList();
        assertTrue(provisioning.stream().anyMatch(entry -> entry.path("resourcePath").asText().equals("users/" + id)
                && entry.path("operationType").isMissingNode() && entry.path("operation").asText().equals("CREATE")
                && entry.path("resourceType").asText().equals("USER")), activity.toString());
        long previous = Long.MAX_VALUE;
        for (JsonNode entry : activity) {
            assertTrue(entry.path("time").asLong() <= previous, activity.toString());
            previous = entry.path("time").asLong();
        }
        assertEquals(1, admin.send("GET", path + "?max=1", admin.adminToken(), null).expectStatus(200).json().size());
        assertEquals(400, admin.send("GET", path + "?max=0", admin.adminToken(), null).status());

        // Another configuration of the realm has none of it
        ProvisionedPeople other = new ProvisionedPeople(admin, realm, unique("Other directory"));
        JsonNode otherActivity = admin.send("GET", "/admin/realms/" + realm + "/provisioning/configurations/"
                + other.configurationId() + "/activity", admin.adminToken(), null).expectStatus(200).json();
        assertEquals(0, otherActivity.size(), otherActivity.toString());
    }

    /** "Forgot password?" on the login page, the username, then the link of the e-mail, in one browser. */
    private static OidcLogin resetByEmail(String username) throws InterruptedException {
        OidcLogin login = broker.startLogin();
        Matcher forgot = Pattern.compile("href=\"([^\"]*login-actions/reset-credentials[^\"]*)\"")
                .matcher(login.last().html());
        assertTrue(forgot.find(), login.last().html());
        login.open(URI.create(admin.baseUrl().resolve(forgot.group(1).replace("&amp;", "&")).toString()));
        login.submitPage(Map.of("username", username)).expectPage();
        String link = MailSink.link(mail.nextMessage(Duration.ofSeconds(30)), "action-token");
        login.open(URI.create(link));
        return login;
    }

    // ---- assertions

    private static void assertRefusedPage(OidcLogin.Outcome outcome) {
        assertTrue(outcome.isPage(), outcome.toString());
        assertEquals(403, outcome.status(), outcome.toString());
        assertEquals("Access denied", outcome.errorMessage().orElse(null), outcome.toString());
        // Nothing internal reaches the person
        assertFalse(outcome.html().contains("means"), outcome.html());
        assertFalse(outcome.html().contains("mapping"), outcome.html());
    }

    /** The one error event of the person since {@code since}, of {@code type}, with error access_denied. */
    private static JsonNode onlyRefusal(String userId, String type, Instant since) {
        List<JsonNode> errors = LoginEvents.all(admin, realm, since).stream()
                .filter(event -> event.path("type").asText().endsWith("_ERROR"))
                .filter(event -> userId.equals(event.path("userId").asText()))
                .toList();
        assertEquals(1, errors.size(), errors.toString());
        JsonNode event = errors.get(0);
        assertEquals(type, event.path("type").asText(), event.toString());
        assertEquals("access_denied", event.path("error").asText(), event.toString());
        return event;
    }

    private static void assertDetails(JsonNode event, String attempted, String allowed, String reason) {
        JsonNode details = event.path("details");
        assertEquals("Corporate directory", details.path("scim_configuration").asText(), event.toString());
        assertEquals(directory.configurationId(), details.path("scim_configuration_id").asText(), event.toString());
        assertEquals(attempted, details.path("attempted_means").asText(), event.toString());
        assertEquals(allowed, details.path("allowed_means").asText(), event.toString());
        assertEquals(reason, details.path("reason").asText(), event.toString());
    }

    private static List<JsonNode> errorsSince(Instant since) {
        return LoginEvents.all(admin, realm, since).stream()
                .filter(event -> event.path("type").asText().endsWith("_ERROR")).toList();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
