package org.kcscim.it.login;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.Tokens;
import org.kcscim.it.support.login.BrokerFixture;
import org.kcscim.it.support.login.CookieJar;
import org.kcscim.it.support.login.LoginEvents;
import org.kcscim.it.support.login.OidcLogin;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The browser-style login driver against plain Keycloak (nothing of ours involved): the login form, single
 * sign-on by cookie, a second realm as OIDC identity provider, and the login events a sign-in leaves.
 */
@ExtendWith(KeycloakServerExtension.class)
class LoginDriverIT {

    private static AdminClient admin;
    private static String realm;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        realm = admin.createRealm("logindrv");
        BrokerFixture.createTestClient(admin, realm);
        LoginEvents.enable(admin, realm);
    }

    @Test
    void aLocalUserSignsInWithTheFormAndTheCodeExchangesForTokens() {
        String username = "local-" + suffix();
        admin.createUser(realm, username, "Local-pass-1");

        OidcLogin login = new OidcLogin(admin);
        OidcLogin.Outcome form = login.start(realm, BrokerFixture.TEST_CLIENT, BrokerFixture.REDIRECT_URI);
        assertTrue(form.isLoginForm(), form.toString());
        assertEquals(200, form.status());

        OidcLogin.Outcome signedIn = login.signIn(username, "Local-pass-1").expectSuccess();
        assertFalse(signedIn.code().isBlank());
        assertTrue(signedIn.redirect().toString().startsWith(BrokerFixture.REDIRECT_URI + "?"), signedIn.toString());

        JsonNode tokens = login.exchange(signedIn.code());
        assertEquals(username, Tokens.payload(tokens.path("access_token").asText()).path("preferred_username").asText());
        assertEquals(username, Tokens.payload(tokens.path("id_token").asText()).path("preferred_username").asText());
        // A code is good once
        assertEquals(400, login.exchangeResult(signedIn.code()).status());

        // Keycloak's session cookie is Secure, and kept anyway on plain http
        URI realmUri = URI.create(admin.baseUrl() + "/realms/" + realm + "/");
        CookieJar.Cookie identity = login.browser().cookies().cookie(realmUri, "KEYCLOAK_IDENTITY")
                .orElseThrow(() -> new AssertionError("No KEYCLOAK_IDENTITY in " + login.browser().cookies()));
        assertTrue(identity.secure(), identity.toString());
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAnErrorAndTheRightOneThenSucceeds() {
        String username = "wrong-" + suffix();
        admin.createUser(realm, username, "Right-pass-1");

        OidcLogin login = new OidcLogin(admin);
        login.start(realm, BrokerFixture.TEST_CLIENT, BrokerFixture.REDIRECT_URI);
        OidcLogin.Outcome refused = login.signIn(username, "Wrong-pass-1");
        assertTrue(refused.isPage(), refused.toString());
        assertTrue(refused.isLoginForm(), refused.toString());
        assertEquals("Invalid username or password.", refused.errorMessage().orElse(null), refused.toString());

        login.signIn(username, "Right-pass-1").expectSuccess();
    }

    @Test
    void singleSignOnByCookieSkipsTheFormInTheSameBrowserOnly() {
        String username = "sso-" + suffix();
        admin.createUser(realm, username, "Sso-pass-1");

        OidcLogin login = new OidcLogin(admin);
        login.start(realm, BrokerFixture.TEST_CLIENT, BrokerFixture.REDIRECT_URI);
        login.signIn(username, "Sso-pass-1").expectSuccess();

        OidcLogin.Outcome again = login.ssoAgain().expectSuccess();
        // One request: the authorization request answered straight with the redirect to the client
        assertEquals(1, again.response().chain().size(), again.toString());
        JsonNode tokens = login.exchange(again.code());
        assertEquals(username, Tokens.payload(tokens.path("access_token").asText()).path("preferred_username").asText());

        OidcLogin other = new OidcLogin(admin);
        OidcLogin.Outcome form = other.start(realm, BrokerFixture.TEST_CLIENT, BrokerFixture.REDIRECT_URI);
        assertTrue(form.isLoginForm(), form.toString());
    }

    @Test
    void aWrongPasswordLeavesExactlyOneLoginErrorEvent() {
        String username = "events-" + suffix();
        String userId = admin.createUser(realm, username, "Event-pass-1");
        Instant since = Instant.now().minusMillis(1);

        OidcLogin login = new OidcLogin(admin);
        login.start(realm, BrokerFixture.TEST_CLIENT, BrokerFixture.REDIRECT_URI);
        login.signIn(username, "Not-the-password").expectPage();

        List<JsonNode> errors = LoginEvents.of(admin, realm, "LOGIN_ERROR", userId, since);
        // The only event a wrong password leaves, whatever its type
        assertEquals(1, LoginEvents.all(admin, realm, since).size(), LoginEvents.all(admin, realm, since).toString());
        assertEquals(1, errors.size(), errors.toString());
        JsonNode error = errors.get(0);
        assertEquals("invalid_user_credentials", error.path("error").asText(), error.toString());
        assertEquals(userId, error.path("userId").asText(), error.toString());
        assertEquals(BrokerFixture.TEST_CLIENT, error.path("clientId").asText(), error.toString());
        assertEquals(username, error.path("details").path("username").asText(), error.toString());
        assertTrue(LoginEvents.of(admin, realm, "LOGIN", userId, since).isEmpty());

        login.signIn(username, "Event-pass-1").expectSuccess();
        List<JsonNode> logins = LoginEvents.of(admin, realm, "LOGIN", userId, since);
        assertEquals(1, logins.size(), logins.toString());
        assertEquals(1, LoginEvents.of(admin, realm, "LOGIN_ERROR", userId, since).size());
    }

    @Test
    void aUserOfTheIdentityProviderRealmSignsInThroughItAndIsCreatedAtTheFirstLogin() {
        BrokerFixture broker = BrokerFixture.createWithRealms(admin, "brk", "upstream", true);
        LoginEvents.enable(admin, broker.homeRealm());
        String username = "fed-" + suffix();
        broker.createIdpUser(username, "Fed-pass-1");
        Instant since = Instant.now().minusMillis(1);

        OidcLogin login = broker.startLogin();
        OidcLogin.Outcome first = login.signInThrough("upstream", username, "Fed-pass-1");
        // With the default first-broker-login flow and a complete profile, no page: the user is created
        first.expectSuccess();
        List<String> types = LoginEvents.all(admin, broker.homeRealm(), since).stream()
                .map(event -> event.path("type").asText()).toList();
        assertEquals(List.of("IDENTITY_PROVIDER_FIRST_LOGIN", "REGISTER", "LOGIN"), types);
        JsonNode loginEvent = LoginEvents.of(admin, broker.homeRealm(), "LOGIN", null, since).get(0);
        assertEquals("upstream", loginEvent.path("details").path("identity_provider").asText(), loginEvent.toString());
        assertEquals(username, loginEvent.path("details").path("identity_provider_identity").asText());
        JsonNode tokens = login.exchange(first.code());
        assertEquals(username, Tokens.payload(tokens.path("access_token").asText()).path("preferred_username").asText());

        JsonNode users = broker.homeUsers(username);
        assertEquals(1, users.size(), users.toString());
        JsonNode links = broker.federatedIdentities(users.get(0).path("id").asText());
        assertEquals(1, links.size(), links.toString());
        assertEquals("upstream", links.get(0).path("identityProvider").asText());
        assertEquals(username, links.get(0).path("userName").asText());

        // A later login, in a new browser: straight through
        OidcLogin later = broker.startLogin();
        later.signInThrough("upstream", username, "Fed-pass-1").expectSuccess();
        // Same browser: SSO in the home realm, no provider involved
        later.ssoAgain().expectSuccess();
    }

    @Test
    void aWrongPasswordAtTheIdentityProviderStaysOnItsLoginPage() {
        BrokerFixture broker = BrokerFixture.createWithRealms(admin, "brkw", "upstream", true);
        String username = "fedwrong-" + suffix();
        broker.createIdpUser(username, "Fed-pass-1");

        OidcLogin login = broker.startLogin();
        OidcLogin.Outcome refused = login.signInThrough("upstream", username, "Wrong-pass-1");
        assertTrue(refused.isLoginForm(), refused.toString());
        assertTrue(refused.uri().getPath().startsWith("/realms/" + broker.idpRealm() + "/"), refused.toString());
        assertEquals("Invalid username or password.", refused.errorMessage().orElse(null));

        login.signIn(username, "Fed-pass-1").expectSuccess();
    }

    @Test
    void anExistingHomeUserMeetsAccountAlreadyExistsUnlessTheFirstLoginFlowLinksAutomatically() {
        BrokerFixture broker = BrokerFixture.createWithRealms(admin, "brkx", "upstream", true);
        String username = "twin-" + suffix();
        broker.createIdpUser(username, "Idp-pass-1");
        String homeUserId = admin.createUser(broker.homeRealm(), username, "Home-pass-1");

        OidcLogin login = broker.startLogin();
        OidcLogin.Outcome conflict = login.signInThrough("upstream", username, "Idp-pass-1");
        assertTrue(conflict.isPage(), conflict.toString());
        assertEquals("Account already exists", conflict.title().orElse(null), conflict.toString());
        assertTrue(conflict.errorMessage().orElse("").contains("already exists"), conflict.toString());
        assertEquals(0, broker.federatedIdentities(homeUserId).size());

        broker.createAutoLinkFlow("auto link");
        broker.useFirstBrokerLoginFlow("auto link");
        OidcLogin linked = broker.startLogin();
        OidcLogin.Outcome outcome = linked.signInThrough("upstream", username, "Idp-pass-1").expectSuccess();
        JsonNode tokens = linked.exchange(outcome.code());
        assertEquals(homeUserId, Tokens.payload(tokens.path("access_token").asText()).path("sub").asText());
        assertEquals(1, broker.federatedIdentities(homeUserId).size());
        assertEquals(1, broker.homeUsers(username).size());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
