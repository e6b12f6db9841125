package org.kcscim.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            return read(method, uri, new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        }
    }

    private static HttpResult read(String method, String uri, InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            // Status 0: the connection was closed without a response, as an HTTP server does to a broken message
            return new HttpResult(method, uri, 0, HttpHeaders.of(Map.of(), (name, value) -> true), "");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        byte[] body;
        String length = first(headers, "content-length");
        if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
            body = readChunked(in);
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if (method.equals("HEAD") || status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
        }
        return new HttpResult(method, uri, status, HttpHeaders.of(headers, (name, value) -> true),
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new IOException("The chunked body ended early");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            if (size == 0) {
                // Trailers, up to the empty line that ends the message
                for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                    // ignored
                }
                return body.toByteArray();
            }
            body.writeBytes(in.readNBytes(size));
            readLine(in);
        }
    }

    /** One CRLF-terminated line without its terminator, or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void writeLine(ByteArrayOutputStream out, String line) {
        out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[]{'\r', '\n'});
    }
}
