package org.kcscim.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An HTTP/1.1 client over a plain socket, for requests {@link java.net.http.HttpClient} will not send: header
 * values with bytes outside printable ASCII, a {@code Content-Length} that does not match the body, or a body
 * sent only in part. It writes exactly the bytes it is given and reads one response.
 *
 * <p>Header lines are Strings whose characters are taken as single bytes (ISO-8859-1), so {@code "\u00ff"} sends
 * the byte 0xFF; {@code Host} and {@code Connection: close} are added first, nothing else is. A connection closed
 * without a response is reported as status 0.
 */
public final class RawHttpClient {

    private final String host;
    private final int port;
    private final Duration timeout;

    public RawHttpClient(URI baseUrl, Duration timeout) {
        this.host = baseUrl.getHost();
        this.port = baseUrl.getPort() < 0 ? 80 : baseUrl.getPort();
        this.timeout = timeout;
    }

    /**
     * Sends {@code method target HTTP/1.1}, the header lines as given and the body bytes (none if null), and
     * reads the response. The body is sent as is: a header line {@code Content-Length} is the caller's to write.
     *
     * @param target the request target, such as {@code /realms/x/provisioning/scim/v2/Users?count=1}
     */
    public HttpResult exchange(String method, String target, List<String> headerLines, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        writeLine(request, method + " " + target + " HTTP/1.1");
        writeLine(request, "Host: " + host + ":" + port);
        writeLine(request, "Connection: close");
        headerLines.forEach(line -> writeLine(request, line));
        writeLine(request, "");
        if (body != null) {
            request.writeBytes(body);
        }
        String uri = "http://" + host + ":" + port + target;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            Http1Response response = Http1Response.read(new BufferedInputStream(socket.getInputStream()), method);
            if (response == null) {
                // Status 0: the connection was closed without a response, as an HTTP server does to a broken message
                return new HttpResult(method, uri, 0, HttpHeaders.of(Map.of(), (name, value) -> true), "");
            }
            return response.toResult(method, uri);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        }
    }

    private static void writeLine(ByteArrayOutputStream out, String line) {
        out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[]{'\r', '\n'});
    }
}
