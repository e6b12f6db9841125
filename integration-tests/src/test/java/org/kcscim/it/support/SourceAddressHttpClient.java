package org.kcscim.it.support;

import java.io.BufferedInputStream;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Http1Response response = Http1Response.read(in, method);
        if (response == null) {
            throw new EOFException("Connection closed by the server");
        }
        if (response.closesConnection()) {
            close();
        }
        return response.toResult(method, "http://" + host + path);
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
}
