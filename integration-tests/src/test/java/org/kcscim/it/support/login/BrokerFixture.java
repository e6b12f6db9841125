package org.kcscim.it.support.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.it.support.AdminClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A real identity provider for a home realm, all on the running server, set up through the admin REST API:
 * <ul>
 *   <li>in the identity-provider realm, a confidential client {@value #BROKER_CLIENT} whose redirect URI is the
 *       home realm's broker endpoint for {@code alias}, and whatever users a test creates there;</li>
 *   <li>in the home realm, an identity provider {@code alias} of type {@code oidc} using that client, with
 *       signatures checked against the provider's JWKS, sync mode {@code IMPORT} and the given
 *       {@code trustEmail};</li>
 *   <li>in the home realm, a public client {@value #TEST_CLIENT} (standard flow and direct grants) whose redirect
 *       URI {@value #REDIRECT_URI} is never called: {@link OidcLogin} captures the redirect.</li>
 * </ul>
 */
public final class BrokerFixture {

    /** Not {@code broker}: every realm already has a built-in client of that name (for reading stored tokens). */
    public static final String BROKER_CLIENT = "home-broker";
    public static final String TEST_CLIENT = "test-app";
    public static final String REDIRECT_URI = "http://localhost/callback";

    private final AdminClient admin;
    private final String homeRealm;
    private final String idpRealm;
    private final String alias;
    private final String clientSecret;

    private BrokerFixture(AdminClient admin, String homeRealm, String idpRealm, String alias, String clientSecret) {
        this.admin = admin;
        this.homeRealm = homeRealm;
        this.idpRealm = idpRealm;
        this.alias = alias;
        this.clientSecret = clientSecret;
    }

    /** Creates two fresh realms ({@code <prefix>-home-…}, {@code <prefix>-idp-…}) and the broker between them. */
    public static BrokerFixture createWithRealms(AdminClient admin, String prefix, String alias, boolean trustEmail) {
        String home = admin.createRealm(prefix + "-home");
        String idp = admin.createRealm(prefix + "-idp");
        createTestClient(admin, home);
        return create(admin, home, idp, alias, trustEmail);
    }

    /**
     * Makes the existing realm {@code idpRealm} an identity provider {@code alias} of the existing realm
     * {@code homeRealm}. Does not create the home realm's test client: see {@link #createTestClient}.
     */
    public static BrokerFixture create(AdminClient admin, String homeRealm, String idpRealm, String alias,
                                       boolean trustEmail) {
        String base = admin.baseUrl().toString();
        String secret = "broker-secret-" + UUID.randomUUID();

        ObjectNode client = node()
                .put("clientId", BROKER_CLIENT)
                .put("enabled", true)
                .put("protocol", "openid-connect")
                .put("publicClient", false)
                .put("clientAuthenticatorType", "client-secret")
                .put("secret", secret)
                .put("standardFlowEnabled", true)
                .put("directAccessGrantsEnabled", false);
        client.putArray("redirectUris").add(base + "/realms/" + homeRealm + "/broker/" + alias + "/endpoint");
        admin.send("POST", "/admin/realms/" + idpRealm + "/clients", admin.adminToken(), client).expectStatus(201);

        String provider = base + "/realms/" + idpRealm;
        String oidc = provider + "/protocol/openid-connect";
        ObjectNode idp = node()
                .put("alias", alias)
                .put("displayName", "Sign in with " + alias)
                .put("providerId", "oidc")
                .put("enabled", true)
                .put("trustEmail", trustEmail)
                .put("storeToken", false)
                .put("firstBrokerLoginFlowAlias", "first broker login");
        idp.putObject("config")
                .put("authorizationUrl", oidc + "/auth")
                .put("tokenUrl", oidc + "/token")
                .put("userInfoUrl", oidc + "/userinfo")
                .put("logoutUrl", oidc + "/logout")
                .put("jwksUrl", oidc + "/certs")
                .put("useJwksUrl", "true")
                .put("validateSignature", "true")
                .put("issuer", provider)
                .put("clientId", BROKER_CLIENT)
                .put("clientSecret", secret)
                .put("clientAuthMethod", "client_secret_post")
                .put("defaultScope", "openid profile email")
                .put("syncMode", "IMPORT")
                .put("pkceEnabled", "false");
        admin.send("POST", "/admin/realms/" + homeRealm + "/identity-provider/instances", admin.adminToken(), idp)
                .expectStatus(201);
        return new BrokerFixture(admin, homeRealm, idpRealm, alias, secret);
    }

    /**
     * Creates the public client {@value #TEST_CLIENT} in {@code realm} (standard flow and direct grants, redirect
     * URI {@value #REDIRECT_URI}) and returns its internal id.
     */
    public static String createTestClient(AdminClient admin, String realm) {
        ObjectNode client = node()
                .put("clientId", TEST_CLIENT)
                .put("enabled", true)
                .put("protocol", "openid-connect")
                .put("publicClient", true)
                .put("standardFlowEnabled", true)
                .put("directAccessGrantsEnabled", true);
        client.putArray("redirectUris").add(REDIRECT_URI);
        admin.send("POST", "/admin/realms/" + realm + "/clients", admin.adminToken(), client).expectStatus(201);
        return admin.clientUuid(realm, TEST_CLIENT);
    }

    public String homeRealm() {
        return homeRealm;
    }

    public String idpRealm() {
        return idpRealm;
    }

    public String alias() {
        return alias;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** A user of the identity-provider realm (email {@code <username>@example.test}, names set); its id. */
    public String createIdpUser(String username, String password) {
        return admin.createUser(idpRealm, username, password);
    }

    /** A fresh login in a new browser, started at the home realm's test client: its first outcome is the form. */
    public OidcLogin startLogin() {
        OidcLogin login = new OidcLogin(admin);
        login.start(homeRealm, TEST_CLIENT, REDIRECT_URI).expectPage();
        return login;
    }

    /** The home realm's identity provider representation. */
    public JsonNode identityProvider() {
        return admin.send("GET", "/admin/realms/" + homeRealm + "/identity-provider/instances/" + alias,
                admin.adminToken(), null).expectStatus(200).json();
    }

    /** Reads the identity provider, lets {@code change} edit it, and puts it back. */
    public void updateIdentityProvider(Consumer<ObjectNode> change) {
        ObjectNode representation = identityProvider().deepCopy();
        change.accept(representation);
        admin.send("PUT", "/admin/realms/" + homeRealm + "/identity-provider/instances/" + alias,
                admin.adminToken(), representation).expectStatus(204);
    }

    /** Makes the flow {@code flowAlias} of the home realm the identity provider's first-broker-login flow. */
    public void useFirstBrokerLoginFlow(String flowAlias) {
        updateIdentityProvider(idp -> idp.put("firstBrokerLoginFlowAlias", flowAlias));
    }

    /** Makes the flow {@code flowAlias} of the home realm the identity provider's post-login flow. */
    public void usePostLoginFlow(String flowAlias) {
        updateIdentityProvider(idp -> idp.put("postBrokerLoginFlowAlias", flowAlias));
    }

    /**
     * Creates, in the home realm, a top-level flow {@code flowAlias} for first broker logins that never shows a
     * page: it creates the user if no user has the same username or email ("Create User If Unique"), and
     * otherwise links the identity to that existing user ("Automatically set existing user"), both
     * ALTERNATIVE. Linking without asking is only safe when the identity provider is trusted, as it is here.
     */
    public void createAutoLinkFlow(String flowAlias) {
        String realmPath = "/admin/realms/" + homeRealm + "/authentication";
        admin.send("POST", realmPath + "/flows", admin.adminToken(), node()
                        .put("alias", flowAlias)
                        .put("description", "First broker login without pages (tests)")
                        .put("providerId", "basic-flow")
                        .put("topLevel", true)
                        .put("builtIn", false))
                .expectStatus(201);
        String executions = realmPath + "/flows/" + URLEncoder.encode(flowAlias, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/executions";
        for (String authenticator : new String[] {"idp-create-user-if-unique", "idp-auto-link"}) {
            admin.send("POST", executions + "/execution", admin.adminToken(), node().put("provider", authenticator))
                    .expectStatus(201);
        }
        JsonNode added = admin.send("GET", executions, admin.adminToken(), null).expectStatus(200).json();
        for (JsonNode execution : added) {
            ObjectNode alternative = ((ObjectNode) execution.deepCopy()).put("requirement", "ALTERNATIVE");
            admin.send("PUT", executions, admin.adminToken(), alternative).expectStatus(202, 204);
        }
    }

    /** The identity links ({@code identityProvider}, {@code userId}, {@code userName}) of a home-realm user. */
    public JsonNode federatedIdentities(String homeUserId) {
        return admin.send("GET", "/admin/realms/" + homeRealm + "/users/" + homeUserId + "/federated-identity",
                admin.adminToken(), null).expectStatus(200).json();
    }

    /** The home realm's users with exactly this username (zero or one). */
    public JsonNode homeUsers(String username) {
        return admin.send("GET", "/admin/realms/" + homeRealm + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), admin.adminToken(), null)
                .expectStatus(200).json();
    }

    private static ObjectNode node() {
        return JsonNodeFactory.instance.objectNode();
    }
}
