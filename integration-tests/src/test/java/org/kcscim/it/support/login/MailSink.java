package org.kcscim.it.support.login;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain SMTP server on a free local port that keeps the messages Keycloak sends (no TLS, no
 * authentication), so that tests can follow the links of e-mails such as "reset your password".
 */
public final class MailSink implements Closeable {

    private static final Pattern SOFT_BREAK = Pattern.compile("=\\r?\\n");
    private static final Pattern QUOTED = Pattern.compile("=([0-9A-F]{2})");

    private final ServerSocket server;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    public MailSink() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "mail-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next message received (headers and body, transfer encoding undone), waiting at most {@code timeout}. */
    public String nextMessage(Duration timeout) throws InterruptedException {
        String message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("No e-mail within " + timeout);
        }
        return message;
    }

    /** The first link of {@code message} that contains {@code fragment}. */
    public static String link(String message, String fragment) {
        Matcher links = Pattern.compile("https?://[^\\s\"<>]+").matcher(message);
        while (links.find()) {
            if (links.group().contains(fragment)) {
                return links.group().replace("&amp;", "&");
            }
        }
        throw new AssertionError("No link with " + fragment + " in " + message);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException closedOrBroken) {
                // The next connection starts afresh; close() ends the loop
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 localhost mail sink");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 localhost");
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                    }
                    messages.add(decode(message.toString()));
                    reply(out, "250 accepted");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static String decode(String quotedPrintable) {
        String joined = SOFT_BREAK.matcher(quotedPrintable).replaceAll("");
        return QUOTED.matcher(joined).replaceAll(match ->
                Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
