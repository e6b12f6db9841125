package org.kcscim.config;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Registers {@link ScimConfigurationProvider} as an SPI so that configurations can live in components. */
public class ScimConfigurationSpi implements Spi {

    public static final String NAME = "kcscim-configuration";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return ScimConfigurationProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ScimConfigurationProviderFactory.class;
    }
}
