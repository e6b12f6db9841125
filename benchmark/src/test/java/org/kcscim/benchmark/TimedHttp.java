package org.kcscim.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.kcscim.it.support.HttpResult;

/** The one HTTP client every measured request goes through, timing each until its body is read. */
final class TimedHttp {

    /** An answer and how long it took. */
    record Timed(HttpResult result, double millis) {
    }

    /** A request that did not answer within the request timeout: reported, never sampled. */
    static final class TooSlow extends RuntimeException {
        TooSlow(String message) {
            super(message, null, false, false);
        }
    }

    // HTTP/1.1 like the directories; the default would try an h2c upgrade on every new connection
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Duration requestTimeout;

    TimedHttp(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    Timed send(HttpRequest request) {
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double millis = (System.nanoTime() - begin) / 1e6;
            return new Timed(new HttpResult(request.method(), request.uri().toString(), response.statusCode(),
                    response.headers(), response.body()), millis);
        } catch (HttpTimeoutException e) {
            throw new TooSlow("no answer within " + request.timeout().orElse(requestTimeout).toSeconds() + " s");
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }
}
