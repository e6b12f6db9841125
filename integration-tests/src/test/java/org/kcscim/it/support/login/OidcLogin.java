package org.kcscim.it.support.login;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Signs in like a browser through the OpenID Connect authorization-code flow of a public client: the
 * authorization request, the login form, identity-provider buttons, single sign-on by cookie, and the code
 * exchange. The final redirect to the client's {@code redirect_uri} is captured, never followed, so the
 * redirect URI need not exist.
 *
 * <pre>{@code
 * OidcLogin login = new OidcLogin(admin);                        // a fresh browser
 * login.start(realm, "test-app", "http://localhost/callback");   // PAGE: the login form
 * OidcLogin.Outcome outcome = login.signIn("alice", "secret");  // SUCCESS with a code, or PAGE with an error
 * JsonNode tokens = login.exchange(outcome.expectSuccess().code());
 * login.ssoAgain().expectSuccess();                              // by cookie, no form
 * }</pre>
 *
 * <p>Not thread-safe: one login per thread, as one browser tab.
 */
public final class OidcLogin {

    /** The id Keycloak gives its username and password form. */
    public static final String LOGIN_FORM = "kc-form-login";

    /** Where a sign-in ended. */
    public enum Kind {
        /** Redirected to the client's redirect URI with an authorization code. */
        SUCCESS,
        /** Redirected to the client's redirect URI with an OAuth {@code error} (e.g. {@code access_denied}). */
        ERROR_REDIRECT,
        /** A page was shown (login form, error page, first-broker-login page, ...). */
        PAGE
    }

    /**
     * The outcome of one step. For {@link Kind#SUCCESS} and {@link Kind#ERROR_REDIRECT}, {@code redirect} is the
     * captured redirect to the client and {@code parameters} its query; for {@link Kind#PAGE}, {@code response}
     * is the page. {@code response} is always the last response received.
     */
    public record Outcome(Kind kind, BrowserSession.Response response, URI redirect, Map<String, String> parameters) {

        public boolean isSuccess() {
            return kind == Kind.SUCCESS;
        }

        public boolean isPage() {
            return kind == Kind.PAGE;
        }

        /** The authorization code; fails unless this is a success. */
        public String code() {
            expectSuccess();
            return parameters.get("code");
        }

        /** A query parameter of the captured redirect (e.g. {@code state}, {@code error}). */
        public Optional<String> parameter(String name) {
            return Optional.ofNullable(parameters.get(name));
        }

        public int status() {
            return response.status();
        }

        public String html() {
            return response.body();
        }

        /** The page's URI (the last request made). */
        public URI uri() {
            return response.uri();
        }

        /** Whether the page holds Keycloak's username and password form. */
        public boolean isLoginForm() {
            return isPage() && response.html().form(LOGIN_FORM).isPresent();
        }

        /** The page's main title ({@code kc-page-title}), or its {@code <title>}. */
        public Optional<String> title() {
            if (!isPage()) {
                return Optional.empty();
            }
            Html html = response.html();
            return html.textById("kc-page-title").or(html::title);
        }

        /**
         * The message the page shows the user, if any: Keycloak's error page text ({@code kc-error-message}), the
         * message banner ({@code kc-feedback-text}) or a field error ({@code input-error-username}, ...).
         */
        public Optional<String> errorMessage() {
            if (!isPage()) {
                return Optional.empty();
            }
            Html html = response.html();
            Optional<String> errorPage = html.insideId("kc-error-message")
                    .flatMap(inside -> inside.textByClass("instruction").or(() -> Optional.of(inside.text())));
            return errorPage
                    .or(() -> html.textByClass("kc-feedback-text"))
                    .or(() -> html.textById("input-error-username"))
                    .or(() -> html.textById("input-error-password"))
                    .or(() -> html.textById("input-error"))
                    .filter(text -> !text.isBlank());
        }

        /** This outcome, if a success; otherwise an AssertionError showing the page. */
        public Outcome expectSuccess() {
            if (kind != Kind.SUCCESS) {
                throw new AssertionError("Expected a successful sign-in but got " + this);
            }
            return this;
        }

        /** This outcome, if a page; otherwise an AssertionError. */
        public Outcome expectPage() {
            if (kind != Kind.PAGE) {
                throw new AssertionError("Expected a page but got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case SUCCESS, ERROR_REDIRECT -> kind + " " + redirect + "\nchain: "
                        + String.join(" | ", response.chain());
                case PAGE -> "PAGE " + response.status() + " title=" + title().orElse("?") + " message="
                        + errorMessage().orElse("-") + "\n" + response;
            };
        }
    }

    private final URI baseUrl;
    private final BrowserSession browser;
    /** For the token endpoint only: it never uses its (absent) admin credentials when sent no token. */
    private final AdminClient anonymous;

    private String realm;
    private String clientId;
    private String redirectUri;
    private String state;
    private Outcome last;

    /** A login in a fresh browser against the server of {@code admin}. */
    public OidcLogin(AdminClient admin) {
        this(admin.baseUrl(), new BrowserSession());
    }

    /** A login in {@code browser} (its cookies, so its single sign-on sessions) against {@code baseUrl}. */
    public OidcLogin(URI baseUrl, BrowserSession browser) {
        this.baseUrl = baseUrl;
        this.browser = browser;
        this.anonymous = new AdminClient(baseUrl, null, null);
    }

    public BrowserSession browser() {
        return browser;
    }

    /** The outcome of the last step, or null before {@link #start}. */
    public Outcome last() {
        return last;
    }

    /**
     * Sends the authorization request ({@code response_type=code}, {@code scope=openid}, random state and nonce)
     * and follows it: usually a PAGE with the login form; SUCCESS at once if the browser has a session (SSO).
     */
    public Outcome start(String realm, String clientId, String redirectUri) {
        return start(realm, clientId, redirectUri, Map.of());
    }

    /** As {@link #start(String, String, String)}, with extra request parameters (e.g. {@code prompt=login}). */
    public Outcome start(String realm, String clientId, String redirectUri, Map<String, String> extra) {
        this.realm = realm;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.state = UUID.randomUUID().toString();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("state", state);
        query.put("nonce", UUID.randomUUID().toString());
        query.putAll(extra);
        URI authorization = URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/auth?"
                + query.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")));
        return remember(browser.get(authorization, toClient()));
    }

    /** Runs the same authorization request again in the same browser: SUCCESS without a form when SSO applies. */
    public Outcome ssoAgain() {
        requireStarted();
        return start(realm, clientId, redirectUri);
    }

    /** Fills the login form of the current page with {@code username} and {@code password} and submits it. */
    public Outcome signIn(String username, String password) {
        BrowserSession.Response page = currentPage();
        return remember(browser.submit(page, formIdOn(page),
                Map.of("username", username, "password", password), toClient()));
    }

    /**
     * Clicks the button of identity provider {@code idpAlias} on the current login page, signs in on the
     * identity provider's own login page (unless the browser already has a session there), and follows the
     * broker callback back: SUCCESS, or the PAGE where it stopped (e.g. first-broker-login pages, or the
     * identity provider's login page again with an error).
     */
    public Outcome signInThrough(String idpAlias, String username, String password) {
        BrowserSession.Response page = currentPage();
        Outcome atProvider = remember(browser.click(page, "social-" + idpAlias, toClient()));
        if (!atProvider.isLoginForm()) {
            return atProvider;
        }
        return signIn(username, password);
    }

    /**
     * Submits the (first, or {@code kc-form-login}) form of the current page with {@code values} added, e.g.
     * {@code submitAction=linkAccount} on "Account already exists", or profile fields on "Update account
     * information".
     */
    public Outcome submitPage(Map<String, String> values) {
        BrowserSession.Response page = currentPage();
        return remember(browser.submit(page, formIdOn(page), values, toClient()));
    }

    /** As {@link #submitPage(Map)} for the form with id {@code formId}. */
    public Outcome submitPage(String formId, Map<String, String> values) {
        return remember(browser.submit(currentPage(), formId, values, toClient()));
    }

    /** Opens {@code link} in this browser (a link of a page or of an e-mail) and follows it like the other steps. */
    public Outcome open(URI link) {
        requireStarted();
        return remember(browser.get(link, toClient()));
    }

    /** Exchanges {@code code} at the token endpoint (as the public client); the token response as JSON. */
    public JsonNode exchange(String code) {
        HttpResult result = exchangeResult(code);
        return result.expectStatus(200).json();
    }

    /** As {@link #exchange(String)} without checking the status: for testing refusals. */
    public HttpResult exchangeResult(String code) {
        requireStarted();
        String form = "grant_type=authorization_code&code=" + enc(code) + "&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(redirectUri);
        return anonymous.send("POST", "/realms/" + realm + "/protocol/openid-connect/token", null, form,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    // ---- internals

    private Outcome remember(BrowserSession.Response response) {
        Outcome outcome;
        Optional<URI> target = response.isRedirect() ? response.location() : Optional.empty();
        if (target.isPresent() && isToClient(target.get())) {
            Map<String, String> parameters = query(target.get());
            if (parameters.containsKey("code")) {
                if (!state.equals(parameters.get("state"))) {
                    throw new AssertionError("State mismatch in " + target.get() + ", expected " + state);
                }
                outcome = new Outcome(Kind.SUCCESS, response, target.get(), parameters);
            } else {
                outcome = new Outcome(Kind.ERROR_REDIRECT, response, target.get(), parameters);
            }
        } else {
            outcome = new Outcome(Kind.PAGE, response, null, Map.of());
        }
        last = outcome;
        return outcome;
    }

    private Predicate<URI> toClient() {
        return this::isToClient;
    }

    private boolean isToClient(URI target) {
        String text = target.toString();
        return redirectUri != null && (text.equals(redirectUri) || text.startsWith(redirectUri + "?")
                || text.startsWith(redirectUri + "#"));
    }

    private BrowserSession.Response currentPage() {
        requireStarted();
        if (last == null || !last.isPage()) {
            throw new IllegalStateException("No page to act on; the last step was " + last);
        }
        return last.response();
    }

    private static String formIdOn(BrowserSession.Response page) {
        return page.html().form(LOGIN_FORM).isPresent() ? LOGIN_FORM : null;
    }

    private void requireStarted() {
        if (realm == null) {
            throw new IllegalStateException("Call start(realm, clientId, redirectUri) first");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
