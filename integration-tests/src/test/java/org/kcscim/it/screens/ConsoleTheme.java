package org.kcscim.it.screens;

import org.kcscim.it.support.AdminClient;

/** The admin console of a realm uses the realm's admin theme: the SCIM screens come with {@code kcscim}. */
final class ConsoleTheme {

    static final String NAME = "kcscim";

    private ConsoleTheme() {
    }

    static void select(AdminClient admin, String realm) {
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(), "{\"adminTheme\":\"" + NAME + "\"}")
                .expectStatus(204);
    }
}
