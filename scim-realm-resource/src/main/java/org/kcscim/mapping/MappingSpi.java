package org.kcscim.mapping;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Registers {@link MappingProvider} as an SPI so that mappings can live in components. */
public class MappingSpi implements Spi {

    public static final String NAME = "kcscim-mapping";

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
        return MappingProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return MappingProviderFactory.class;
    }
}
