package org.kcscim.it.support;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 response as read off a plain socket, for the test clients that write requests byte by byte
 * ({@link RawHttpClient}, {@link SourceAddressHttpClient}): the status line, the headers, and a body framed by
 * {@code Content-Length}, by chunks, or by the end of the connection ({@code readToEnd}).
 */
record Http1Response(int status, Map<String, List<String>> headers, byte[] body, boolean readToEnd) {

    /** The response to {@code method}, or null when the connection ended before a status line. */
    static Http1Response read(InputStream in, String method) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            return null;
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).strip(), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        boolean framed = method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1
                || isChunked(headers) || !first(headers, "Content-Length").isEmpty();
        byte[] body = framed ? readFramedBody(in, method, status, headers) : in.readAllBytes();
        return new Http1Response(status, headers, body, !framed);
    }

    /** Whether the body ran to the end of the connection, or the server said it closes it. */
    boolean closesConnection() {
        return readToEnd || first("Connection").equalsIgnoreCase("close");
    }

    HttpResult toResult(String method, String uri) {
        return new HttpResult(method, uri, status, HttpHeaders.of(headers, (name, value) -> true),
                new String(body, StandardCharsets.UTF_8));
    }

    private String first(String name) {
        return first(headers, name);
    }

    /** A body whose end the headers or the status tell, without waiting for the connection to close. */
    private static byte[] readFramedBody(InputStream in, String method, int status, Map<String, List<String>> headers)
            throws IOException {
        if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
            return new byte[0];
        }
        if (isChunked(headers)) {
            return readChunked(in);
        }
        return in.readNBytes(Integer.parseInt(first(headers, "Content-Length")));
    }

    private static boolean isChunked(Map<String, List<String>> headers) {
        return first(headers, "Transfer-Encoding").toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new EOFException("The chunked body ended early");
            }
            int extension = sizeLine.indexOf(';');
            int size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
            if (size == 0) {
                // Trailers, up to the empty line that ends the message
                for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                    // ignored
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("A chunk was cut short");
            }
            body.writeBytes(chunk);
            readLine(in);
        }
    }

    /** One line without its CRLF, as ISO-8859-1 (header bytes are not UTF-8), or null at the end of the stream. */
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
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
