package org.kcscim.it.support.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one {@link CookieJar} (which keeps Keycloak's {@code Secure} cookies on plain
 * http), redirects followed by hand so a test can stop before a given target (such as a client's
 * {@code redirect_uri}) and see every hop, HTML forms submitted as a browser would, and links followed.
 *
 * <p>Each navigation method follows redirects until a response is not a redirect, or until the redirect's
 * target satisfies {@code stopAt}; that last response is returned unfollowed (its {@code Location} is the
 * target). Sessions are independent: a new {@code BrowserSession} is a fresh browser with no cookies.
 */
public final class BrowserSession {

    private static final int MAX_REDIRECTS = 30;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Predicate<URI> NEVER = uri -> false;

    /**
     * One response as a test looks at it; {@code chain} lists every hop of the navigation that ended here (this
     * one included) as {@code METHOD uri -> status}.
     */
    public record Response(String method, URI uri, int status, HttpHeaders headers, String body,
                           List<String> chain) {

        public boolean isRedirect() {
            return status >= 300 && status < 400 && headers.firstValue("Location").isPresent();
        }

        /** The redirect target, resolved against this response's URI. */
        public Optional<URI> location() {
            return headers.firstValue("Location").map(uri::resolve);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public Html html() {
            return Html.parse(body);
        }

        @Override
        public String toString() {
            String shown = body == null || body.length() <= 1500 ? body : body.substring(0, 1500) + "...";
            return method + " " + uri + " -> " + status
                    + location().map(target -> " (Location: " + target + ")").orElse("")
                    + "\nchain: " + String.join(" | ", chain)
                    + (shown == null || shown.isBlank() ? "" : "\n" + shown);
        }
    }

    private final CookieJar cookies = new CookieJar();
    private final HttpClient http;
    private final List<Response> history = Collections.synchronizedList(new ArrayList<>());

    public BrowserSession() {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    public CookieJar cookies() {
        return cookies;
    }

    /** Every response this browser received, oldest first. */
    public List<Response> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    // ---- navigation

    /** GET {@code uri} and follow every redirect. */
    public Response get(URI uri) {
        return get(uri, NEVER);
    }

    /** GET {@code uri} and follow redirects until one points at a URI satisfying {@code stopAt}. */
    public Response get(URI uri, Predicate<URI> stopAt) {
        return navigate("GET", uri, null, stopAt);
    }

    /** POST {@code fields} form-encoded to {@code uri} and follow redirects until {@code stopAt}. */
    public Response post(URI uri, Map<String, String> fields, Predicate<URI> stopAt) {
        return navigate("POST", uri, fields, stopAt);
    }

    /** Follows the redirect of {@code response} (if it is one) until {@code stopAt}; otherwise returns it. */
    public Response follow(Response response, Predicate<URI> stopAt) {
        if (!response.isRedirect()) {
            return response;
        }
        return navigate("GET", response.location().orElseThrow(), null, stopAt);
    }

    /**
     * Submits a form of {@code page}: the one with id {@code formId}, or the first form if {@code formId} is null.
     * The form's own fields (hidden ones included) are sent, with {@code values} added or overriding them (put the
     * name and value of a submit button there to "click" it). The action is resolved against the page's URI.
     */
    public Response submit(Response page, String formId, Map<String, String> values, Predicate<URI> stopAt) {
        Html.Form form = page.html().form(formId).orElseThrow(() -> new AssertionError(
                "No form " + (formId == null ? "at all" : "with id " + formId) + " on " + page));
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.putAll(values);
        URI action = form.action().isBlank() ? page.uri() : page.uri().resolve(form.action().trim());
        if (form.method().equals("GET")) {
            String query = encode(fields);
            String base = action.toString();
            int hash = base.indexOf('#');
            base = hash < 0 ? base : base.substring(0, hash);
            int question = base.indexOf('?');
            base = question < 0 ? base : base.substring(0, question);
            return navigate("GET", URI.create(query.isEmpty() ? base : base + "?" + query), null, stopAt);
        }
        return navigate("POST", action, fields, stopAt);
    }

    /** Follows the link (anchor) with id {@code anchorId} on {@code page}, such as {@code social-<alias>}. */
    public Response click(Response page, String anchorId, Predicate<URI> stopAt) {
        String href = page.html().linkById(anchorId)
                .orElseThrow(() -> new AssertionError("No link with id " + anchorId + " on " + page));
        return navigate("GET", page.uri().resolve(href.trim()), null, stopAt);
    }

    // ---- internals

    private Response navigate(String method, URI uri, Map<String, String> form, Predicate<URI> stopAt) {
        List<String> chain = new ArrayList<>();
        String currentMethod = method;
        URI current = uri;
        Map<String, String> currentForm = form;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Response response = send(currentMethod, current, currentForm, chain);
            if (!response.isRedirect()) {
                return response;
            }
            URI target = response.location().orElseThrow();
            if (stopAt.test(target)) {
                return response;
            }
            if (response.status() != 307 && response.status() != 308) {
                currentMethod = "GET";
                currentForm = null;
            }
            current = target;
        }
        throw new AssertionError("More than " + MAX_REDIRECTS + " redirects: " + String.join(" | ", chain));
    }

    private Response send(String method, URI uri, Map<String, String> form, List<String> chain) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "en")
                .header("User-Agent", "kcscim-it-browser/1.0");
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> answer = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            chain.add(method + " " + uri + " -> " + answer.statusCode());
            Response response = new Response(method, uri, answer.statusCode(), answer.headers(), answer.body(),
                    List.copyOf(chain));
            history.add(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + uri, e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
