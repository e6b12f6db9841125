package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.RawHttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs hostile cases as dynamic tests: reads the guarded state, sends the request, checks the answer and that
 * the guarded state is what it was. One failure message names the case, every problem, and the exchange.
 */
final class HostileSuite {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A server that waits for a body it was told not to expect answers nothing: the case fails after this. */
    private static final Duration RAW_TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HostileSuite() {
    }

    /** The cases as tests, after checking that no two share a name (each name is one distinct case). */
    static Stream<DynamicTest> tests(List<HostileCase> cases) {
        Set<String> names = new HashSet<>();
        for (HostileCase hostile : cases) {
            if (!names.add(hostile.name())) {
                throw new IllegalStateException("Two cases named " + hostile.name());
            }
        }
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> run(hostile)));
    }

    static void run(HostileCase hostile) {
        HostileFixture fixture = HostileFixture.get();
        HostileFixture.State before = fixture.state(hostile.guards());
        HttpResult answer = send(fixture, hostile.request());
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500 && answer.status() != 501) {
            problems.add("a server error");
        }
        problems.addAll(hostile.expected().problems(answer));
        try {
            hostile.afterwards().accept(answer);
        } finally {
            HostileFixture.State after = fixture.state(hostile.guards());
            List<String> changes = changes(before, after);
            if (!changes.isEmpty()) {
                problems.addAll(changes);
                // Only this case fails for it: the next ones start from the fixture as it was
                fixture.restore();
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(hostile.name() + "\n  " + String.join("\n  ", problems) + "\n  got: " + answer);
        }
    }

    static HttpResult send(HostileFixture fixture, HostileRequest request) {
        String target = fixture.scimPath() + request.target();
        return request.raw() ? sendRaw(fixture, target, request) : sendWithHttpClient(fixture, target, request);
    }

    private static HttpResult sendWithHttpClient(HostileFixture fixture, String target, HostileRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(fixture.admin().baseUrl() + target))
                .timeout(TIMEOUT)
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(header -> builder.header(header.name(), header.value()));
        HttpRequest built = builder.build();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(built.method(), built.uri().toString(), response.statusCode(), response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.line() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.line(), e);
        }
    }

    private static HttpResult sendRaw(HostileFixture fixture, String target, HostileRequest request) {
        List<String> lines = new ArrayList<>();
        request.headers().forEach(header -> lines.add(header.name() + ": " + header.value()));
        boolean framed = request.headers().stream().anyMatch(header ->
                header.name().equalsIgnoreCase("Content-Length") || header.name().equalsIgnoreCase("Transfer-Encoding"));
        if (request.body() != null && !framed) {
            lines.add("Content-Length: " + request.body().length);
        }
        return new RawHttpClient(fixture.admin().baseUrl(), RAW_TIMEOUT)
                .exchange(request.method(), target, lines, request.body());
    }

    private static List<String> changes(HostileFixture.State before, HostileFixture.State after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "the fixture user", before.user(), after.user());
        compare(changes, "the fixture group", before.group(), after.group());
        compare(changes, "the number of users", before.users(), after.users());
        compare(changes, "the number of groups", before.groups(), after.groups());
        compare(changes, "the other configuration's user", before.foreignUser(), after.foreignUser());
        compare(changes, "the other configuration's group", before.foreignGroup(), after.foreignGroup());
        return changes;
    }

    private static void compare(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " changed: was " + shorten(before) + ", now " + shorten(after));
        }
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
