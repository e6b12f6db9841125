package org.kcscim.mapping;

import org.keycloak.provider.Provider;

/**
 * The provider type under which mappings are stored as Keycloak components, children of their configuration's
 * component. A mapping has no behaviour of its own, so the provider has nothing to do.
 */
public interface MappingProvider extends Provider {

    @Override
    default void close() {
    }
}
