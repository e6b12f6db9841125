package org.kcscim.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link KeycloakServer} per test JVM (that is, per failsafe execution) the first time a test class
 * that uses this extension runs, and stops it when the whole run ends, failed tests or not.
 *
 * <p>Use it with {@code @ExtendWith(KeycloakServerExtension.class)}; then declare a {@link KeycloakServer} or
 * an {@link AdminClient} parameter on a test, lifecycle method or constructor, or call {@link #server()} /
 * {@link #admin()} from anywhere once the class started.
 *
 * <p>The server lives in the root context's store as a closeable resource, which JUnit closes after the last
 * test; its JVM shutdown hook covers runs that end abnormally. If the start fails, JUnit keeps that failure and
 * every later class fails with it at once instead of starting another server.
 */
public final class KeycloakServerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KeycloakServerExtension.class);

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KeycloakServer.class || type == AdminClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running current = running(context);
        return parameter.getParameter().getType() == KeycloakServer.class ? current.server : current.admin;
    }

    /** The running server; only valid inside a class extended with this extension. */
    public static KeycloakServer server() {
        return current().server;
    }

    /** An admin client of the running server, shared by all tests of the run. */
    public static AdminClient admin() {
        return current().admin;
    }

    private static Running current() {
        Running current = running;
        if (current == null) {
            throw new IllegalStateException("No Keycloak server: add @ExtendWith(KeycloakServerExtension.class)");
        }
        return current;
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** What the root store keeps: closed by JUnit at the end of the run. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final KeycloakServer server;
        private final AdminClient admin;

        private Running(KeycloakServer server) {
            this.server = server;
            this.admin = AdminClient.of(server);
        }

        static Running start() {
            KeycloakServer server = KeycloakServer.fromSystemProperties();
            server.start();
            // One line per run on stderr: which server, and how long it took to boot
            System.err.printf("[it] %s ready after %d s; log: %s%n",
                    server, server.startupTime().toSeconds(), server.logFile());
            Running started = new Running(server);
            running = started;
            return started;
        }

        @Override
        public void close() {
            running = null;
            server.stop();
        }
    }
}
