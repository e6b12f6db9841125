package org.kcscim.mapping;

import org.keycloak.component.ComponentFactory;

/** The factory type of the mapping SPI: component factories that describe mappings. */
public interface MappingProviderFactory extends ComponentFactory<MappingProvider, MappingProvider> {
}
