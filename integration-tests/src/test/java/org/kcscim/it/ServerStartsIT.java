package org.kcscim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServer;
import org.kcscim.it.support.KeycloakServerExtension;

/** The harness works: Keycloak runs with our provider jar, and the fixtures tests build on do their job. */
@ExtendWith(KeycloakServerExtension.class)
class ServerStartsIT {

    @Test
    void serverAnswers(AdminClient admin) {
        HttpResult master = admin.send("GET", "/realms/master", null, null).expectStatus(200);

        assertEquals("master", master.json().path("realm").asText());
    }

    @Test
    void providerJarIsLoaded(AdminClient admin) {
        HttpResult configurations = admin.send(
                "GET", "/admin/realms/master/provisioning/configurations", admin.adminToken(), null);

        // Keycloak answers 404 for an admin path no provider serves
        assertNotEquals(404, configurations.status(), configurations.toString());
    }

    @Test
    void adminConsoleAnswers(AdminClient admin) {
        admin.send("GET", "/admin/master/console/", null, null, Map.of("Accept", "text/html"))
                .expectStatus(200);
    }

    @Test
    void fixturesGiveARealmAdministratorOfItsOwn(AdminClient admin) {
        String realm = admin.createRealm("smoke");
        String userId = admin.createUser(realm, "alice", "alice-password");
        admin.grantManagementRoles(realm, userId, realm, "view-users");

        String token = admin.token(realm, "alice", "alice-password");

        admin.send("GET", "/admin/realms/" + realm + "/users", token, null).expectStatus(200);
        admin.send("GET", "/admin/realms/master/users", token, null).expectStatus(401, 403);
        admin.deleteRealm(realm);
    }

    @Test
    void masterUsersCanBeGrantedRolesOverAnotherRealm(AdminClient admin) {
        String realm = admin.createRealm("managed");
        String username = "bob-" + realm;
        String userId = admin.createUser("master", username, "bob-password");
        admin.grantManagementRoles("master", userId, realm, "view-users");

        String token = admin.token("master", username, "bob-password");

        admin.send("GET", "/admin/realms/" + realm + "/users", token, null).expectStatus(200);
        admin.send("GET", "/admin/realms/master/users", token, null).expectStatus(403);
        admin.send("DELETE", "/admin/realms/master/users/" + userId, admin.adminToken(), null).expectStatus(204);
        admin.deleteRealm(realm);
    }

    @Test
    void startupSaysOnceWhichExtensionRunsOnWhichKeycloakWithoutAWarningInTheTestedRange(KeycloakServer server)
            throws IOException {
        // The distribution unpacks to keycloak-<version>: the version the server must report
        String home = Path.of(System.getProperty("it.keycloak.home")).getFileName().toString();
        String keycloakVersion = home.substring("keycloak-".length());
        List<String> log = Files.readAllLines(server.logFile(), StandardCharsets.UTF_8);

        List<String> startup = log.stream().filter(line -> line.contains("Keycloak SCIM provisioning ")).toList();
        assertEquals(1, startup.size(), startup.toString());
        assertTrue(startup.get(0).contains(" INFO ") && startup.get(0).endsWith(" on Keycloak " + keycloakVersion),
                startup.get(0));
        assertTrue(log.stream().noneMatch(line -> line.contains("outside the tested range")), "no range warning");
    }
}
