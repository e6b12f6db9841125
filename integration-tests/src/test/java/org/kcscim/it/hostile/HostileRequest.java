package org.kcscim.it.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One request of the hostile-input suite, exactly as it goes on the wire: method, target below the SCIM root
 * (with its query, already encoded), header lines in order (duplicates allowed) and body bytes.
 *
 * <p>Built from {@link HostileFixture#request}, which starts with the suite's valid key and the content type a
 * directory sends; the builder methods take away or break one thing at a time.
 *
 * @param raw whether it must go through {@link org.kcscim.it.support.RawHttpClient}: set when a header or the
 *            body framing is something {@link java.net.http.HttpClient} refuses to send
 */
record HostileRequest(String method, String target, List<Header> headers, byte[] body, boolean raw) {

    static final String SCIM_JSON = "application/scim+json";

    /** One header line; the value may be empty. */
    record Header(String name, String value) {
    }

    HostileRequest {
        headers = List.copyOf(headers);
    }

    static Builder builder(String method, String target, String key) {
        return new Builder(method, target, key);
    }

    /** The values of the header {@code name}, in order. */
    List<String> values(String name) {
        return headers.stream().filter(h -> h.name.equalsIgnoreCase(name)).map(Header::value).toList();
    }

    /** What a test name shows: {@code POST /Users}, the query cut short. */
    String line() {
        String shown = target.length() > 90 ? target.substring(0, 87) + "..." : target;
        return method + " /" + shown;
    }

    /** Accumulates one request; every method returns the builder. */
    static final class Builder {

        private final String method;
        private final String target;
        private final List<Header> headers = new ArrayList<>();
        private byte[] body;
        private boolean raw;

        private Builder(String method, String target, String key) {
            this.method = method;
            this.target = target;
            headers.add(new Header("Authorization", "Bearer " + key));
            headers.add(new Header("Accept", SCIM_JSON));
        }

        /** A body in UTF-8, with {@code Content-Type: application/scim+json} unless one is set already. */
        Builder json(String text) {
            return bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        /** These exact body bytes, with {@code Content-Type: application/scim+json} unless one is set already. */
        Builder bytes(byte[] content) {
            this.body = content;
            if (values("Content-Type").isEmpty()) {
                headers.add(new Header("Content-Type", SCIM_JSON));
            }
            return this;
        }

        /** Replaces every header {@code name} with this one value. */
        Builder header(String name, String value) {
            without(name);
            headers.add(new Header(name, value));
            return this;
        }

        /** Adds one more header {@code name}, keeping those already there. */
        Builder addHeader(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        Builder without(String name) {
            headers.removeIf(h -> h.name.equalsIgnoreCase(name));
            return this;
        }

        Builder contentType(String value) {
            return header("Content-Type", value);
        }

        Builder authorization(String value) {
            return header("Authorization", value);
        }

        /** Sent over a socket, byte for byte. */
        Builder raw() {
            this.raw = true;
            return this;
        }

        private List<String> values(String name) {
            return headers.stream().filter(h -> h.name.equalsIgnoreCase(name)).map(Header::value).toList();
        }

        HostileRequest build() {
            boolean needsRaw = raw || headers.stream().anyMatch(Builder::unsendable);
            return new HostileRequest(method.toUpperCase(Locale.ROOT), target, headers, body, needsRaw);
        }

        /** HttpClient refuses these names and any value byte outside printable ASCII or tab. */
        private static boolean unsendable(Header header) {
            String name = header.name.toLowerCase(Locale.ROOT);
            if (List.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding").contains(name)) {
                return true;
            }
            return header.value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c > 0x7e);
        }
    }
}
