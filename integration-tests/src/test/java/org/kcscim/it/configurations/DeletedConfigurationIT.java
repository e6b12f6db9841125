package org.kcscim.it.configurations;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Deleting a configuration loses nothing: its users and groups stay in Keycloak, and a configuration created
 * afterwards (the directory connected again) takes them over by userName and displayName, with their ids,
 * while people and groups made by hand stay out of its reach.
 */
@ExtendWith(KeycloakServerExtension.class)
class DeletedConfigurationIT {

    private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"%s\"}";
    private static final String GROUP = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"displayName\":\"%s\",\"members\":[%s]}";

    @Test
    void aConfigurationCreatedAfterTheDeletionTakesOverWhatTheDeletedOneProvisioned(AdminClient admin) {
        String realm = admin.createRealm("again");
        ScimConfigurations configurations = new ScimConfigurations(admin);
        ScimConfigurations.Created deleted = configurations.create(realm, "Deleted directory");
        ScimClient first = new ScimClient(admin, realm, deleted.apiKey());
        String pat = first.createUser("pat");
        String sam = first.createUser("sam");
        String team = first.createGroup("team", pat, sam);
        admin.send("DELETE", ScimConfigurations.path(realm) + "/" + deleted.id(), admin.adminToken(), null)
                .expectStatus(204);
        admin.createUser(realm, "hand", "Hand-pass-1");
        admin.send("POST", "/admin/realms/" + realm + "/groups", admin.adminToken(), "{\"name\":\"hand-group\"}")
                .expectStatus(201);

        ScimConfigurations.Created again = configurations.create(realm, "Connected again");
        ScimClient second = new ScimClient(admin, realm, again.apiKey());

        // Entra ID's way: look the person up by userName, then use the id found
        JsonNode found = second.get("Users?filter=" + enc("userName eq \"pat\"")).expectStatus(200).json();
        assertEquals(1, found.path("totalResults").asInt(), found.toString());
        assertEquals(pat, found.path("Resources").get(0).path("id").asText());
        // Okta's way: create, and get the existing person
        JsonNode created = second.create("Users", USER.formatted("sam"));
        assertEquals(sam, created.path("id").asText());
        JsonNode group = second.create("Groups", GROUP.formatted("team", "{\"value\":\"" + pat + "\"}"));
        assertEquals(team, group.path("id").asText());
        assertEquals(1, group.path("members").size(), group.toString());
        assertEquals(pat, group.path("members").get(0).path("value").asText());

        // What the administrator made by hand is not the directory's to take
        HttpResult person = second.post("Users", USER.formatted("hand"));
        assertEquals(409, person.status(), person.toString());
        HttpResult handGroup = second.post("Groups", GROUP.formatted("hand-group", ""));
        assertEquals(409, handGroup.status(), handGroup.toString());
        assertEquals(0, second.get("Users?filter=" + enc("userName eq \"hand\"")).expectStatus(200).json()
                .path("totalResults").asInt());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
