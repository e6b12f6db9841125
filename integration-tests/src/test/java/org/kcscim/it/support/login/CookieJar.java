package org.kcscim.it.support.login;

import java.net.CookieHandler;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser's cookie store for tests against a server on plain {@code http://localhost}.
 *
 * <p>Unlike {@link java.net.CookieManager} it keeps and sends cookies marked {@code Secure} over http, because
 * Keycloak marks its login cookies ({@code AUTH_SESSION_ID}, {@code KEYCLOAK_IDENTITY}, ...) {@code Secure} and a
 * real browser treats {@code localhost} as a secure context. It honours what Keycloak relies on: host (or
 * {@code Domain}), {@code Path}, {@code Max-Age} and {@code Expires} (a cookie in the past is removed). It
 * ignores {@code SameSite}: every request here is first-party.
 */
public final class CookieJar extends CookieHandler {

    /** One stored cookie. {@code expires} is null for a session cookie. */
    public record Cookie(String name, String value, String domain, boolean hostOnly, String path, Instant expires,
                         boolean secure, boolean httpOnly) {

        boolean expired(Instant now) {
            return expires != null && !expires.isAfter(now);
        }

        boolean matches(URI uri) {
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean hostMatches = hostOnly ? host.equals(domain) : host.equals(domain) || host.endsWith("." + domain);
            return hostMatches && pathMatches(path, uri.getRawPath() == null || uri.getRawPath().isEmpty()
                    ? "/" : uri.getRawPath());
        }
    }

    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Instant now = Instant.now();
        cookies.removeIf(cookie -> cookie.expired(now));
        String header = cookies.stream()
                .filter(cookie -> cookie.matches(uri))
                // Longer paths first, as browsers do
                .sorted(Comparator.comparingInt((Cookie cookie) -> cookie.path().length()).reversed())
                .map(cookie -> cookie.name() + "=" + cookie.value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(value -> store(uri, value));
            }
        });
    }

    /** The cookies that would be sent to {@code uri} now. */
    public synchronized List<Cookie> cookiesFor(URI uri) {
        Instant now = Instant.now();
        return cookies.stream().filter(cookie -> !cookie.expired(now) && cookie.matches(uri)).toList();
    }

    /** The live cookie named {@code name} that would be sent to {@code uri}. */
    public Optional<Cookie> cookie(URI uri, String name) {
        return cookiesFor(uri).stream().filter(cookie -> cookie.name().equals(name)).findFirst();
    }

    /** Every live cookie, for assertions and failure messages. */
    public synchronized List<Cookie> all() {
        Instant now = Instant.now();
        return cookies.stream().filter(cookie -> !cookie.expired(now)).toList();
    }

    public synchronized void clear() {
        cookies.clear();
    }

    /** Forgets the cookies named {@code name} whatever their path, like a user deleting them. */
    public synchronized void remove(String name) {
        cookies.removeIf(cookie -> cookie.name().equals(name));
    }

    @Override
    public synchronized String toString() {
        return all().stream().map(c -> c.name() + "@" + c.domain() + c.path()).collect(Collectors.joining(", ", "[", "]"));
    }

    // ---- Set-Cookie

    private void store(URI uri, String header) {
        String[] parts = header.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String domain = host;
        boolean hostOnly = true;
        String path = null;
        Instant expires = null;
        boolean maxAgeSeen = false;
        boolean secure = false;
        boolean httpOnly = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            String attribute = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String attributeValue = eq < 0 ? "" : part.substring(eq + 1).trim();
            switch (attribute) {
                case "path" -> path = attributeValue.startsWith("/") ? attributeValue : null;
                case "domain" -> {
                    String candidate = attributeValue.startsWith(".") ? attributeValue.substring(1) : attributeValue;
                    candidate = candidate.toLowerCase(Locale.ROOT);
                    if (!candidate.isEmpty() && (host.equals(candidate) || host.endsWith("." + candidate))) {
                        domain = candidate;
                        hostOnly = false;
                    } else if (!candidate.isEmpty()) {
                        return; // a browser rejects a cookie for another domain
                    }
                }
                case "max-age" -> {
                    try {
                        long seconds = Long.parseLong(attributeValue);
                        expires = seconds <= 0 ? Instant.EPOCH : Instant.now().plusSeconds(seconds);
                        maxAgeSeen = true;
                    } catch (NumberFormatException ignored) {
                        // an invalid Max-Age is ignored
                    }
                }
                case "expires" -> {
                    if (!maxAgeSeen) {
                        expires = parseDate(attributeValue).orElse(expires);
                    }
                }
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                default -> {
                }
            }
        }
        if (path == null) {
            path = defaultPath(uri);
        }
        Cookie cookie = new Cookie(name, value, domain, hostOnly, path, expires, secure, httpOnly);
        String finalPath = path;
        String finalDomain = domain;
        cookies.removeIf(existing -> existing.name().equals(name) && existing.path().equals(finalPath)
                && existing.domain().equals(finalDomain));
        if (!cookie.expired(Instant.now())) {
            cookies.add(cookie);
        }
    }

    private static Optional<Instant> parseDate(String text) {
        // RFC 1123 as sent by most servers, also in the older dashed form (01-Jan-1970)
        String normalised = text.replace('-', ' ').replaceAll("\\s+", " ").trim();
        for (String candidate : List.of(text.trim(), normalised)) {
            try {
                return Optional.of(ZonedDateTime.parse(candidate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(normalised,
                    DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.ROOT)).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
            return "/";
        }
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private static boolean pathMatches(String cookiePath, String requestPath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        if (!requestPath.startsWith(cookiePath)) {
            return false;
        }
        return cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/';
    }
}
