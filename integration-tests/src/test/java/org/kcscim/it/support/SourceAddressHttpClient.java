package org.kcscim.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal HTTP/1.1 client whose requests leave from a chosen local address, so that tests can play several
 * clients on one machine: Linux routes all of 127.0.0.0/8 to the loopback interface, and the server sees each
 * 127.x.y.z as a different client. {@code java.net.http} cannot bind a local address, hence this.
 *
 * <p>One keep-alive connection, one request at a time (not thread-safe; use one instance per thread). It speaks
 * only what Keycloak answers with: {@code Content-Length} or chunked bodies, no compression, no TLS.
 */
public final class SourceAddressHttpClient implements AutoCloseable {

    private final InetSocketAddress server;
    private final String host;
    private final InetAddress source;
    private final int timeoutMillis;

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * @param baseUrl the server ({@code http://localhost:port}); it is reached on 127.0.0.1 whatever the host
     *                name resolves to, since a 127.x source address cannot reach {@code ::1}
     * @param source  the local address requests leave from, e.g. {@code 127.0.0.42}
     */
    public SourceAddressHttpClient(URI baseUrl, String source, Duration timeout) {
        try {
            this.server = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), baseUrl.getPort());
            this.source = InetAddress.getByName(source);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an address: " + source, e);
        }
        this.host = baseUrl.getHost() + ":" + baseUrl.getPort();
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    public String source() {
        return source.getHostAddress();
    }

    /** Sends a request and reads the whole response; {@code body} null sends none. */
    public HttpResult send(String method, String path, Map<String, String> headers, String body) {
        byte[] request = encode(method, path, headers, body);
        boolean reused = socket != null;
        try {
            return exchange(method, path, request);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw new UncheckedIOException(method + " " + path + " from " + source() + " failed", e);
            }
        }
        // The server may close an idle keep-alive connection at any time: one retry on a fresh connection
        try {
            return exchange(method, path, request);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(method + " " + path + " from " + source() + " failed", e);
        }
    }

    /** A request with {@code Authorization: Bearer token} ({@code token} null: no header) and a SCIM Accept. */
    public HttpResult get(String path, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/scim+json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return send("GET", path, headers, null);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing our own socket; nothing is lost if it fails.
            }
            socket = null;
        }
    }

    private HttpResult exchange(String method, String path, byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(request);
        out.flush();
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        byte[] body = readBody(method, status, headers);
        if (first(headers, "Connection").equalsIgnoreCase("close")) {
            close();
        }
        return new HttpResult(method, "http://" + host + path, status, HttpHeaders.of(headers, (name, value) -> true),
                new String(body, StandardCharsets.UTF_8));
    }

    private void connect() throws IOException {
        Socket opened = new Socket();
        try {
            opened.bind(new InetSocketAddress(source, 0));
            opened.connect(server, timeoutMillis);
            opened.setSoTimeout(timeoutMillis);
            opened.setTcpNoDelay(true);
        } catch (IOException e) {
            opened.close();
            throw e;
        }
        socket = opened;
        in = new BufferedInputStream(opened.getInputStream());
        out = opened.getOutputStream();
    }

    private byte[] encode(String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (content != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        if (content == null) {
            return start;
        }
        byte[] all = new byte[start.length + content.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        return all;
    }

    private byte[] readBody(String method, int status, Map<String, List<String>> headers) throws IOException {
        if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
            return new byte[0];
        }
        if (first(headers, "Transfer-Encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked();
        }
        String length = first(headers, "Content-Length");
        if (!length.isEmpty()) {
            return in.readNBytes(Integer.parseInt(length));
        }
        // Neither: the body ends with the connection
        byte[] rest = in.readAllBytes();
        close();
        return rest;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int extension = sizeLine.indexOf(';');
            int size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                String trailer;
                do {
                    trailer = readLine();
                } while (!trailer.isEmpty());
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("Chunk cut short");
            }
            body.write(chunk);
            readLine();
        }
    }

    /** A header line up to CRLF, as ISO-8859-1 (header bytes are not UTF-8 by definition). */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Connection closed by the server");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
