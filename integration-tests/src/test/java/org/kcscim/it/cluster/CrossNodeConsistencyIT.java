package org.kcscim.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.enforcement.ProvisionedPeople;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakCluster;
import org.kcscim.it.support.KeycloakClusterExtension;
import org.kcscim.it.support.Polling;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.Tokens;
import org.kcscim.it.support.login.BrokerFixture;
import org.kcscim.it.support.login.LoginEvents;
import org.kcscim.it.support.login.OidcLogin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.cluster.ScimBodies.encode;
import static org.kcscim.it.cluster.ScimBodies.patch;
import static org.kcscim.it.cluster.ScimBodies.unique;
import static org.kcscim.it.cluster.ScimBodies.user;

/**
 * Every change is made through node A and checked through node B at the next requests: SCIM resources and
 * memberships, the roles in tokens B issues, keys and configurations, mappings, and the sign-in enforcement.
 * Keycloak invalidates the other node's caches asynchronously, so each check asks B again for a few seconds.
 */
@ExtendWith(KeycloakClusterExtension.class)
class CrossNodeConsistencyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long B may lag behind A: Keycloak's cross-node invalidation usually lands within milliseconds. */
    private static final Duration CROSS_NODE = Duration.ofSeconds(5);

    private static AdminClient adminA;
    private static AdminClient adminB;
    private static String realm;
    private static ScimConfigurations.Created configuration;
    private static ScimClient scimA;
    private static ScimClient scimB;

    @BeforeAll
    static void setUp(KeycloakCluster cluster) {
        adminA = cluster.nodeA().admin();
        adminB = cluster.nodeB().admin();
        realm = adminA.createRealm("nodes");
        configuration = new ScimConfigurations(adminA).create(realm, "Directory");
        scimA = new ScimClient(adminA, realm, configuration.apiKey());
        scimB = new ScimClient(adminB, realm, configuration.apiKey());
        for (String role : List.of("reader", "writer")) {
            adminA.send("POST", "/admin/realms/" + realm + "/roles", adminA.adminToken(),
                    JSON.createObjectNode().put("name", role)).expectStatus(201);
        }
        // admin-cli issues lightweight access tokens without realm_access: an application of the realm's own
        adminA.send("POST", "/admin/realms/" + realm + "/clients", adminA.adminToken(),
                "{\"clientId\":\"portal\",\"enabled\":true,\"publicClient\":true,\"directAccessGrantsEnabled\":true}")
                .expectStatus(201);
    }

    // ---- SCIM resources

    @Test
    void aUserCreatedReplacedPatchedAndDeletedThroughAIsSeenSoThroughB() {
        String userName = unique("ada");
        String id = scimA.create("Users", user(userName, "Lovelace", userName + "@example.test")).path("id").asText();

        assertEquals(userName, onB(() -> scimB.get("Users/" + id), r -> r.status() == 200).json().path("userName").asText());
        JsonNode found = scimB.get("Users?filter=" + encode("userName eq \"" + userName + "\"")).expectStatus(200).json();
        assertEquals(1, found.path("totalResults").asInt(), found.toString());
        adminB.send("GET", "/admin/realms/" + realm + "/users/" + id, adminB.adminToken(), null).expectStatus(200);

        scimA.put("Users/" + id, user(userName, "Byron", "ada.byron@example.test")).expectStatus(200);
        JsonNode replaced = onB(() -> scimB.get("Users/" + id),
                r -> "Byron".equals(r.json().path("name").path("familyName").asText())).json();
        assertEquals("ada.byron@example.test", replaced.path("emails").path(0).path("value").asText());
        assertEquals("Byron", onB(() -> adminB.send("GET", "/admin/realms/" + realm + "/users/" + id,
                adminB.adminToken(), null), r -> "Byron".equals(r.json().path("lastName").asText()))
                .json().path("lastName").asText());

        scimA.patch("Users/" + id, patch("replace", "active", JSON.getNodeFactory().booleanNode(false))).expectStatus(200);
        onB(() -> scimB.get("Users/" + id), r -> r.json().path("active").isBoolean() && !r.json().path("active").asBoolean());
        onB(() -> adminB.send("GET", "/admin/realms/" + realm + "/users/" + id, adminB.adminToken(), null),
                r -> !r.json().path("enabled").asBoolean(true));

        scimA.delete("Users/" + id).expectStatus(204);
        onB(() -> scimB.get("Users/" + id), r -> r.status() == 404);
        onB(() -> adminB.send("GET", "/admin/realms/" + realm + "/users/" + id, adminB.adminToken(), null),
                r -> r.status() == 404);
        JsonNode gone = scimB.get("Users?filter=" + encode("userName eq \"" + userName + "\"")).expectStatus(200).json();
        assertEquals(0, gone.path("totalResults").asInt(), gone.toString());
    }

    @Test
    void aGroupAndItsMembershipsWrittenThroughAAreSeenSoThroughB() {
        String first = scimA.createUser(unique("first"));
        String second = scimA.createUser(unique("second"));
        String name = unique("team");
        String group = scimA.createGroup(name, first);

        assertEquals(Set.of(first), onB(() -> membersOnB(group), Set.of(first)::equals));
        assertEquals(Set.of(group), onB(() -> groupsOfUserOnB(first), Set.of(group)::equals));
        assertEquals(Set.of(first), onB(() -> adminMembersOnB(group), Set.of(first)::equals));

        scimA.patch("Groups/" + group, patch("add", "members", JSON.createArrayNode().add(
                JSON.createObjectNode().put("value", second)))).expectStatus(200, 204);
        onB(() -> membersOnB(group), Set.of(first, second)::equals);
        onB(() -> groupsOfUserOnB(second), Set.of(group)::equals);
        onB(() -> adminGroupsOfUserOnB(second), Set.of(group)::equals);

        scimA.patch("Groups/" + group, patch("remove", "members[value eq \"" + first + "\"]", null)).expectStatus(200, 204);
        onB(() -> membersOnB(group), Set.of(second)::equals);
        onB(() -> groupsOfUserOnB(first), Set.<String>of()::equals);
        onB(() -> adminGroupsOfUserOnB(first), Set.<String>of()::equals);

        String renamed = name + "-renamed";
        ObjectNode replacement = JSON.createObjectNode();
        replacement.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
        replacement.put("displayName", renamed);
        replacement.putArray("members").addObject().put("value", second);
        scimA.put("Groups/" + group, replacement).expectStatus(200);
        onB(() -> scimB.get("Groups/" + group), r -> renamed.equals(r.json().path("displayName").asText()));
        onB(() -> adminB.send("GET", "/admin/realms/" + realm + "/groups/" + group, adminB.adminToken(), null),
                r -> renamed.equals(r.json().path("name").asText()));

        scimA.delete("Groups/" + group).expectStatus(204);
        onB(() -> scimB.get("Groups/" + group), r -> r.status() == 404);
        onB(() -> groupsOfUserOnB(second), Set.<String>of()::equals);
        onB(() -> adminGroupsOfUserOnB(second), Set.<String>of()::equals);
    }

    // ---- roles in tokens

    @Test
    void membershipsAndMappingsChangedThroughAGovernTheRolesInTokensThatBIssues() {
        String userName = unique("token");
        String password = "Token-pass-" + unique("p");
        ObjectNode body = user(userName, "Holder", userName + "@example.test");
        body.put("password", password);
        String userId = scimA.create("Users", body).path("id").asText();
        String group = scimA.createGroup(unique("readers"));
        assertEquals(Set.of(), rolesOnB(userName, password));

        String mapping = adminA.send("POST", "/admin/realms/" + realm + "/provisioning/mappings", adminA.adminToken(),
                mapping("Readers", group, "reader")).expectStatus(201).json().path("id").asText();
        scimA.patch("Groups/" + group, patch("add", "members", JSON.createArrayNode().add(
                JSON.createObjectNode().put("value", userId)))).expectStatus(200, 204);
        onB(() -> rolesOnB(userName, password), Set.of("reader")::equals);

        adminA.send("PUT", "/admin/realms/" + realm + "/provisioning/mappings/" + mapping, adminA.adminToken(),
                mapping("Writers", group, "writer")).expectStatus(200);
        onB(() -> rolesOnB(userName, password), Set.of("writer")::equals);

        scimA.patch("Groups/" + group, patch("remove", "members[value eq \"" + userId + "\"]", null)).expectStatus(200, 204);
        onB(() -> rolesOnB(userName, password), Set.<String>of()::equals);

        scimA.patch("Groups/" + group, patch("add", "members", JSON.createArrayNode().add(
                JSON.createObjectNode().put("value", userId)))).expectStatus(200, 204);
        onB(() -> rolesOnB(userName, password), Set.of("writer")::equals);

        adminA.send("DELETE", "/admin/realms/" + realm + "/provisioning/mappings/" + mapping, adminA.adminToken(), null)
                .expectStatus(204);
        onB(() -> rolesOnB(userName, password), Set.<String>of()::equals);
    }

    // ---- keys and configurations

    @Test
    void aKeyRotatedWithoutGraceThroughAIsRefusedByBAndTheNewOneWorksThere() {
        ScimConfigurations.Created rotating = new ScimConfigurations(adminA).create(realm, unique("Rotating"));
        ScimConfigurations onB = new ScimConfigurations(adminB);
        onB.scimGet(realm, "Users?count=1", rotating.apiKey()).expectStatus(200);

        String newKey = adminA.send("POST", ScimConfigurations.path(realm) + "/" + rotating.id() + "/api-key",
                adminA.adminToken(), null).expectStatus(200).json().path("apiKey").asText();

        onB(() -> onB.scimGet(realm, "Users?count=1", rotating.apiKey()), r -> r.status() == 401);
        onB.scimGet(realm, "Users?count=1", newKey).expectStatus(200);
    }

    @Test
    void aConfigurationSetInactiveThroughAIsRefusedByBAndWorksAgainWhenReactivated() {
        ScimConfigurations.Created paused = new ScimConfigurations(adminA).create(realm, unique("Paused"));
        ScimConfigurations onB = new ScimConfigurations(adminB);
        onB.scimGet(realm, "Users?count=1", paused.apiKey()).expectStatus(200);

        adminA.send("PUT", ScimConfigurations.path(realm) + "/" + paused.id(), adminA.adminToken(),
                "{\"active\":false}").expectStatus(200);
        onB(() -> onB.scimGet(realm, "Users?count=1", paused.apiKey()), r -> r.status() == 401);

        adminA.send("PUT", ScimConfigurations.path(realm) + "/" + paused.id(), adminA.adminToken(),
                "{\"active\":true}").expectStatus(200);
        onB(() -> onB.scimGet(realm, "Users?count=1", paused.apiKey()), r -> r.status() == 200);
    }

    @Test
    void aConfigurationDeletedThroughAIsRefusedByB() {
        ScimConfigurations.Created deleted = new ScimConfigurations(adminA).create(realm, unique("Deleted"));
        ScimConfigurations onB = new ScimConfigurations(adminB);
        onB.scimGet(realm, "Users?count=1", deleted.apiKey()).expectStatus(200);

        adminA.send("DELETE", ScimConfigurations.path(realm) + "/" + deleted.id(), adminA.adminToken(), null)
                .expectStatus(204);
        onB(() -> onB.scimGet(realm, "Users?count=1", deleted.apiKey()), r -> r.status() == 401);
        adminB.send("GET", ScimConfigurations.path(realm) + "/" + deleted.id(), adminB.adminToken(), null)
                .expectStatus(404);
    }

    // ---- enforcement

    @Test
    void theEnforcementInstalledThroughARefusesThroughBAMeansTheMappingsDoNotAllowAndLogsItOnce() {
        BrokerFixture broker = BrokerFixture.createWithRealms(adminA, "enfnodes", "corp", true);
        String home = broker.homeRealm();
        LoginEvents.enable(adminA, home);
        ProvisionedPeople people = new ProvisionedPeople(adminA, home, "Corporate directory");
        String refused = unique("idponly");
        String refusedId = people.person(refused, "Local-pass-1");
        people.mapping(unique("m"), List.of(people.group(unique("g"), refusedId)), "idp:corp");
        String allowed = unique("local");
        String allowedId = people.person(allowed, "Local-pass-1");
        people.mapping(unique("m"), List.of(people.group(unique("g"), allowedId)), "local");
        ProvisionedPeople.installEnforcement(adminA, home).expectStatus(200);
        Instant since = Instant.now().minusMillis(1);

        HttpResult denied = onB(() -> ProvisionedPeople.directGrant(adminB, home, BrokerFixture.TEST_CLIENT, refused,
                "Local-pass-1"), r -> r.status() == 403);
        assertEquals("access_denied", denied.json().path("error").asText(), denied.toString());
        OidcLogin form = new OidcLogin(adminB);
        form.start(home, BrokerFixture.TEST_CLIENT, BrokerFixture.REDIRECT_URI).expectPage();
        OidcLogin.Outcome outcome = form.signIn(refused, "Local-pass-1");
        assertFalse(outcome.isSuccess(), outcome.toString());
        assertEquals(200, ProvisionedPeople.directGrant(adminB, home, BrokerFixture.TEST_CLIENT, allowed,
                "Local-pass-1").status());

        // Two refusals through B (the grant and the form), each stored once, whichever node is asked
        for (AdminClient admin : List.of(adminA, adminB)) {
            List<JsonNode> events = LoginEvents.of(admin, home, "LOGIN_ERROR", refusedId, since);
            assertEquals(2, events.size(), events.toString());
            events.forEach(event -> assertEquals("means_not_allowed", event.path("details").path("reason").asText(),
                    event.toString()));
            assertTrue(LoginEvents.of(admin, home, "LOGIN_ERROR", allowedId, since).isEmpty());
        }
    }

    // ---- helpers

    /** Asks B until the answer is accepted, within {@link #CROSS_NODE}. */
    private static <T> T onB(Supplier<T> request, Predicate<T> accepted) {
        return Polling.await(CROSS_NODE, "node B to see the change made through node A", request, accepted);
    }

    private static Set<String> membersOnB(String groupId) {
        Set<String> ids = new TreeSet<>();
        scimB.get("Groups/" + groupId).expectStatus(200).json().path("members")
                .forEach(member -> ids.add(member.path("value").asText()));
        return ids;
    }

    private static Set<String> groupsOfUserOnB(String userId) {
        Set<String> ids = new TreeSet<>();
        scimB.get("Users/" + userId).expectStatus(200).json().path("groups")
                .forEach(group -> ids.add(group.path("value").asText()));
        return ids;
    }

    private static Set<String> adminMembersOnB(String groupId) {
        Set<String> ids = new TreeSet<>();
        adminB.send("GET", "/admin/realms/" + realm + "/groups/" + groupId + "/members", adminB.adminToken(), null)
                .expectStatus(200).json().forEach(member -> ids.add(member.path("id").asText()));
        return ids;
    }

    private static Set<String> adminGroupsOfUserOnB(String userId) {
        Set<String> ids = new TreeSet<>();
        adminB.send("GET", "/admin/realms/" + realm + "/users/" + userId + "/groups", adminB.adminToken(), null)
                .expectStatus(200).json().forEach(group -> ids.add(group.path("id").asText()));
        return ids;
    }

    /** The roles reader and writer among the realm roles of a fresh token that node B issues. */
    private static Set<String> rolesOnB(String userName, String password) {
        Set<String> roles = new TreeSet<>(Tokens.realmRoles(Tokens.passwordGrant(adminB, realm, "portal", userName, password)));
        roles.retainAll(Set.of("reader", "writer"));
        return roles;
    }

    private static ObjectNode mapping(String name, String group, String role) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name + " " + unique(""));
        body.put("configurationId", configuration.id());
        body.putArray("groups").add(group);
        body.putArray("roles").add(role);
        body.putArray("accounts").add(realm);
        body.putArray("means").add("local");
        return body;
    }
}
