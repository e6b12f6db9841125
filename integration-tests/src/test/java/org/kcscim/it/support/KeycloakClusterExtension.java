package org.kcscim.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link KeycloakCluster} per test JVM (the cluster's failsafe execution) the first time a test class
 * that uses this extension runs, and stops it when the run ends. Declare a {@link KeycloakCluster} parameter on a
 * test, lifecycle method or constructor to get it. A failed start fails every later class at once.
 */
public final class KeycloakClusterExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KeycloakClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KeycloakCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).cluster;
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** What the root store keeps: closed by JUnit at the end of the run. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final KeycloakCluster cluster;

        private Running(KeycloakCluster cluster) {
            this.cluster = cluster;
        }

        static Running start() {
            long begin = System.nanoTime();
            KeycloakCluster cluster = KeycloakCluster.fromSystemProperties();
            cluster.start();
            System.err.printf("[it] %s ready after %d s%n", cluster, (System.nanoTime() - begin) / 1_000_000_000L);
            return new Running(cluster);
        }

        @Override
        public void close() {
            cluster.stop();
        }
    }
}
