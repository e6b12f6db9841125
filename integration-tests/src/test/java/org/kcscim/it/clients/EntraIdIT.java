package org.kcscim.it.clients;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;

/** The Entra ID provisioning cycle against one Keycloak. */
@ExtendWith(KeycloakServerExtension.class)
class EntraIdIT extends EntraIdCycle {

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        entra = ScimClient.inNewRealm(client, "entra", "{\"name\":\"Entra ID\"}");
    }
}
