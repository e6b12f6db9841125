package org.kcscim.console;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.theme.ThemeSelectorProvider;
import org.keycloak.theme.ThemeSelectorProviderFactory;

/**
 * Offers {@link ScimConsoleThemeSelector} as theme selector {@value #ID}. It is used only where the
 * administrator selects it with Keycloak's provider option ({@code --spi-theme-selector--provider=kcscim});
 * its order is Keycloak's default, so installing the jar alone changes no realm's theme.
 */
public final class ScimConsoleThemeSelectorFactory implements ThemeSelectorProviderFactory {

    public static final String ID = "kcscim";

    private static final Logger LOG = Logger.getLogger(ScimConsoleThemeSelectorFactory.class);

    @Override
    public ThemeSelectorProvider create(KeycloakSession session) {
        return new ScimConsoleThemeSelector(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Only the selected theme selector is initialised with its providers in use: say so once, for the admin
        // who wonders why the console changed (or did not)
        if (factory.getProviderFactory(ThemeSelectorProvider.class) == this) {
            LOG.infof("Admin theme '%s' (SCIM screens) is used in every realm whose admin theme is not set",
                    ScimConsoleThemeSelector.THEME);
        }
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
