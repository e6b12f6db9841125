package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.scim.UserQueriesIT.encode;

/** A configuration sees only what it provisioned, plus the users it may adopt. */
@ExtendWith(KeycloakServerExtension.class)
class ScopeIT {

    private static AdminClient admin;
    private static String realm;
    private static ScimClient mine;
    private static ScimClient theirs;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        realm = admin.createRealm("scope");
        ScimConfigurations configurations = new ScimConfigurations(admin);
        mine = new ScimClient(admin, realm, configurations.create(realm, "Mine").apiKey());
        theirs = new ScimClient(admin, realm, configurations.create(realm, "Theirs").apiKey());
    }

    @Test
    void anotherConfigurationsUsersAndGroupsAreInvisible() {
        String theirUser = theirs.createUser("their-user");
        String theirGroup = theirs.createGroup("Their group", theirUser);
        mine.createUser("my-user");

        mine.get("Users/" + theirUser).expectStatus(404);
        mine.get("Groups/" + theirGroup).expectStatus(404);
        mine.put("Users/" + theirUser, "{\"userName\":\"their-user\"}").expectStatus(404);
        mine.patch("Users/" + theirUser, patchTitle()).expectStatus(404);
        mine.delete("Users/" + theirUser).expectStatus(404);
        mine.delete("Groups/" + theirGroup).expectStatus(404);
        List<String> listed = userNames(mine.get("Users?count=1000").json());
        assertTrue(listed.contains("my-user"), listed.toString());
        assertFalse(listed.contains("their-user"), listed.toString());
        assertTrue(userNames(theirs.get("Users?count=1000").json()).contains("their-user"));
        JsonNode myGroups = mine.get("Groups").json();
        myGroups.path("Resources").forEach(group -> assertNotEquals(theirGroup, group.path("id").asText()));
        assertEquals(0, mine.get("Users?filter=" + encode("userName eq \"their-user\"")).json().path("totalResults").asInt());
        // Nor can a group of mine take their user as a member
        String myGroup = mine.createGroup("My group");
        mine.patch("Groups/" + myGroup, GroupsIT.addMembers(theirUser)).expectStatus(400);
        // And the other configuration still has everything
        theirs.get("Users/" + theirUser).expectStatus(200);
        assertEquals(1, theirs.get("Groups/" + theirGroup).json().path("members").size());
    }

    @Test
    void unownedUsersAndServiceAccountsAreInvisibleWithoutAdoption() {
        String handMade = admin.createUser(realm, "hand-made", "hand-made-pass");
        mine.get("Users/" + handMade).expectStatus(404);
        assertEquals(0, mine.get("Users?filter=" + encode("userName eq \"hand-made\"")).json().path("totalResults").asInt());
        assertEquals("uniqueness", mine.post("Users", "{\"userName\":\"hand-made\"}").expectStatus(409).json().path("scimType").asText());

        admin.send("POST", "/admin/realms/" + realm + "/clients", admin.adminToken(),
                "{\"clientId\":\"robot\",\"serviceAccountsEnabled\":true,\"publicClient\":false}").expectStatus(201);
        JsonNode serviceAccount = admin.send("GET", "/admin/realms/" + realm + "/clients/" + admin.clientUuid(realm, "robot")
                + "/service-account-user", admin.adminToken(), null).expectStatus(200).json();
        mine.get("Users/" + serviceAccount.path("id").asText()).expectStatus(404);
        assertEquals(0, mine.get("Users?filter=" + encode("userName eq \"service-account-robot\"")).json().path("totalResults").asInt());
    }

    @Test
    void withAdoptionAnUnownedUserMatchedByUserNameBecomesOwned() {
        String adoptRealm = admin.createRealm("adopt");
        ScimConfigurations configurations = new ScimConfigurations(admin);
        ScimClient adopting = new ScimClient(admin, adoptRealm,
                configurations.createFrom(adoptRealm, "{\"name\":\"Adopting\",\"adoptExistingUsers\":true}").apiKey());
        ScimClient other = new ScimClient(admin, adoptRealm, configurations.create(adoptRealm, "Other").apiKey());
        String existing = admin.createUser(adoptRealm, "existing.person", "existing-pass");
        admin.createUser(adoptRealm, "posted.person", "posted-pass");

        adopting.get("Users/" + existing).expectStatus(404);
        JsonNode matched = adopting.get("Users?filter=" + encode("userName eq \"existing.person\"")).expectStatus(200).json();
        assertEquals(1, matched.path("totalResults").asInt());
        assertEquals(existing, matched.at("/Resources/0/id").asText());
        adopting.get("Users/" + existing).expectStatus(200);
        adopting.patch("Users/" + existing, patchTitle()).expectStatus(200);
        other.get("Users/" + existing).expectStatus(404);
        assertEquals(0, other.get("Users?filter=" + encode("userName eq \"existing.person\"")).json().path("totalResults").asInt(),
                "an adopted user is owned: nobody else adopts it");

        JsonNode posted = adopting.post("Users", "{\"userName\":\"posted.person\",\"title\":\"Posted\"}").expectStatus(201).json();
        assertEquals("Posted", posted.path("title").asText());
    }

    @Test
    void deleteFollowsTheConfigurationAndTheUserNameCanBeProvisionedAgain() {
        String disableRealm = admin.createRealm("disable");
        ScimClient disabling = new ScimClient(admin, disableRealm, new ScimConfigurations(admin)
                .createFrom(disableRealm, "{\"name\":\"Disabling\",\"userDeleteAction\":\"disable\"}").apiKey());
        String id = disabling.createUser("leaver");
        disabling.delete("Users/" + id).expectStatus(204);
        disabling.get("Users/" + id).expectStatus(404);
        assertEquals(0, disabling.get("Users").json().path("totalResults").asInt());
        JsonNode kept = admin.send("GET", "/admin/realms/" + disableRealm + "/users/" + id, admin.adminToken(), null)
                .expectStatus(200).json();
        assertFalse(kept.path("enabled").asBoolean(), "disabled, not deleted");
        JsonNode again = disabling.post("Users", "{\"userName\":\"leaver\",\"active\":true}").expectStatus(201).json();
        assertEquals(id, again.path("id").asText(), "the same Keycloak user comes back");
        assertTrue(again.path("active").asBoolean());

        String deleted = mine.createUser("deleted-for-good");
        mine.delete("Users/" + deleted).expectStatus(204);
        admin.send("GET", "/admin/realms/" + realm + "/users/" + deleted, admin.adminToken(), null).expectStatus(404);
        mine.createUser("deleted-for-good");
    }

    @Test
    void everyChangeIsAnAdminEventNamingTheConfiguration() {
        String audited = admin.createRealm("scim-audit");
        admin.send("PUT", "/admin/realms/" + audited, admin.adminToken(),
                "{\"adminEventsEnabled\":true,\"adminEventsDetailsEnabled\":true}").expectStatus(204);
        ScimConfigurations.Created configuration = new ScimConfigurations(admin).create(audited, "Audited directory");
        ScimClient scim = new ScimClient(admin, audited, configuration.apiKey());
        String user = scim.createUser("audited-user");
        String group = scim.createGroup("Audited group", user);
        scim.patch("Users/" + user, patchTitle()).expectStatus(200);
        scim.delete("Groups/" + group).expectStatus(204);
        scim.delete("Users/" + user).expectStatus(204);

        JsonNode events = admin.send("GET", "/admin/realms/" + audited + "/admin-events?max=200", admin.adminToken(), null)
                .expectStatus(200).json();
        List<String> seen = new java.util.ArrayList<>();
        for (JsonNode event : events) {
            if (configuration.id().equals(event.at("/details/scimConfigurationId").asText())) {
                seen.add(event.path("operationType").asText() + " " + event.path("resourceType").asText());
                assertEquals("Audited directory", event.at("/details/scimConfigurationName").asText());
            }
        }
        for (String expected : List.of("CREATE USER", "CREATE GROUP", "CREATE GROUP_MEMBERSHIP", "UPDATE USER",
                "DELETE GROUP", "DELETE USER")) {
            assertTrue(seen.contains(expected), expected + " in " + seen);
        }
    }

    private static String patchTitle() {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Changed\"}]}";
    }

    private static List<String> userNames(JsonNode list) {
        List<String> names = new java.util.ArrayList<>();
        list.path("Resources").forEach(user -> names.add(user.path("userName").asText()));
        return names;
    }
}
