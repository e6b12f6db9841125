package org.kcscim.it.screens;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.KeycloakServer;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.browser.AdminConsole;
import org.kcscim.it.support.browser.Chromium;

/**
 * Where every test of the screens starts: the run's Keycloak and its admin client, and for each test a fresh
 * Chromium on the admin console, closed after the test whatever its outcome.
 */
@ExtendWith(KeycloakServerExtension.class)
abstract class ConsoleBrowserTest {

    static AdminClient admin;
    static KeycloakServer server;

    Chromium chromium;
    AdminConsole console;

    @BeforeAll
    static void connect(KeycloakServer keycloak, AdminClient client) {
        server = keycloak;
        admin = client;
    }

    @BeforeEach
    void openBrowser() {
        chromium = Chromium.start();
        console = new AdminConsole(chromium.driver(), server.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }
}
