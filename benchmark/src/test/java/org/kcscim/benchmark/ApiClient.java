package org.kcscim.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.ScimClient;

/**
 * Requests to one realm through any of the three APIs, each with its own credentials: our API key, a client
 * credentials token for the built-in SCIM API, the bootstrap admin's token. Paths are relative to each API's base.
 */
final class ApiClient {

    private final AdminClient admin;
    private final TimedHttp http;
    private final String realm;
    private final String ourKey;
    private final Supplier<String> builtinToken;

    ApiClient(AdminClient admin, TimedHttp http, String realm, String ourKey, Supplier<String> builtinToken) {
        this.admin = admin;
        this.http = http;
        this.realm = realm;
        this.ourKey = ourKey;
        this.builtinToken = builtinToken;
    }

    String realm() {
        return realm;
    }

    TimedHttp http() {
        return http;
    }

    String ourKey() {
        return ourKey;
    }

    String base(Api api) {
        return switch (api) {
            case OURS -> "/realms/" + realm + "/provisioning/scim/v2/";
            case BUILTIN -> "/realms/" + realm + "/scim/v2/";
            case ADMIN -> "/admin/realms/" + realm + "/";
        };
    }

    /** Builds the request; credentials are fetched (and renewed) here, outside the timed span. */
    HttpRequest request(Api api, String method, String path, String jsonBody) {
        String type = api == Api.ADMIN ? "application/json" : ScimClient.SCIM_JSON;
        String token = switch (api) {
            case OURS -> ourKey;
            case BUILTIN -> builtinToken.get();
            case ADMIN -> admin.adminToken();
        };
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(admin.baseUrl() + base(api) + path))
                .timeout(http.requestTimeout())
                .header("Accept", type)
                .header("Authorization", "Bearer " + token);
        if (jsonBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", type)
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    TimedHttp.Timed timed(Api api, String method, String path, String jsonBody) {
        return http.send(request(api, method, path, jsonBody));
    }

    /**
     * As {@link #timed(Api, String, String, String)} for a request that rightly takes longer than any read, such as
     * one that moves every user's values before it answers: it may take up to {@code timeout}.
     */
    TimedHttp.Timed timed(Api api, String method, String path, String jsonBody, Duration timeout) {
        HttpRequest request = request(api, method, path, jsonBody);
        return http.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build());
    }

    HttpResult send(Api api, String method, String path, String jsonBody) {
        return timed(api, method, path, jsonBody).result();
    }

    HttpResult get(Api api, String path) {
        return send(api, "GET", path, null);
    }
}
