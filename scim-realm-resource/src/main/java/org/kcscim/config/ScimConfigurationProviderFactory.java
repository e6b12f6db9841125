package org.kcscim.config;

import org.keycloak.component.ComponentFactory;

/** The factory type of the SCIM configuration SPI: component factories that describe configurations. */
public interface ScimConfigurationProviderFactory
        extends ComponentFactory<ScimConfigurationProvider, ScimConfigurationProvider> {
}
