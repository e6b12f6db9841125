package org.kcscim.config;

import org.keycloak.provider.Provider;

/**
 * The provider type under which configurations are stored as Keycloak components. Components need a
 * provider type; a configuration has no behaviour of its own, so the provider has nothing to do.
 */
public interface ScimConfigurationProvider extends Provider {

    @Override
    default void close() {
    }
}
