package org.kcscim.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.Optional;

/** One HTTP exchange as tests look at it: status, headers and the body as text or JSON. */
public record HttpResult(String method, String uri, int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body parsed as JSON; fails with the whole exchange in the message if it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + this, e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** Fails with method, URI, status and body unless the status is one of {@code expected}. */
    public HttpResult expectStatus(int... expected) {
        if (Arrays.stream(expected).noneMatch(code -> code == status)) {
            throw new AssertionError("Expected HTTP " + Arrays.toString(expected) + " but got " + this);
        }
        return this;
    }

    @Override
    public String toString() {
        String shown = body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
        return method + " " + uri + " -> " + status + " " + shown;
    }
}
