package org.kcscim.console;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.DefaultThemeSelectorProvider;
import org.keycloak.theme.Theme;
import org.keycloak.theme.ThemeSelectorProvider;

/**
 * Keycloak's own theme selection, except that a realm whose admin theme is left at the default gets the
 * {@value #THEME} admin theme, so the SCIM screens are in every realm's console without a change realm by realm.
 * A realm that chose an admin theme keeps it, whichever it is; every other theme type is Keycloak's choice.
 */
public final class ScimConsoleThemeSelector implements ThemeSelectorProvider {

    /** The admin theme in this jar: Keycloak's console plus the SCIM screens. */
    public static final String THEME = "kcscim";

    private final KeycloakSession session;
    private final ThemeSelectorProvider keycloakSelection;

    ScimConsoleThemeSelector(KeycloakSession session) {
        this.session = session;
        // Delegating instead of repeating its rules keeps per-client login themes and whatever Keycloak adds later
        this.keycloakSelection = new DefaultThemeSelectorProvider(session);
    }

    @Override
    public String getThemeName(Theme.Type type) {
        if (type == Theme.Type.ADMIN && realmLeftAdminThemeAtDefault()) {
            return THEME;
        }
        return keycloakSelection.getThemeName(type);
    }

    private boolean realmLeftAdminThemeAtDefault() {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null) {
            return false;
        }
        String chosen = realm.getAdminTheme();
        return chosen == null || chosen.isBlank();
    }

    @Override
    public void close() {
        keycloakSelection.close();
    }
}
