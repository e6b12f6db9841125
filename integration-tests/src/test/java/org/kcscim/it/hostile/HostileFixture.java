package org.kcscim.it.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.util.Set;
import java.util.UUID;

/**
 * What every hostile case runs against, created once per test JVM and shared by all Hostile*IT classes: a realm,
 * the suite's configuration and key, a fully populated user, a second user that is the only member of a group,
 * and a user and a group of another configuration of the same realm, which the suite's key must not reach.
 */
final class HostileFixture {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    private static HostileFixture instance;

    private final AdminClient admin;
    private final String realm;
    private final String key;
    private final ScimClient scim;
    private final ScimClient foreign;
    private final String userId;
    private final String memberId;
    private final String groupId;
    private final String foreignUserId;
    private final String foreignGroupId;
    private final int bulkMaxOperations;
    private final int bulkMaxPayloadSize;

    private HostileFixture(AdminClient admin) {
        this.admin = admin;
        this.realm = admin.createRealm("hostile");
        ScimConfigurations configurations = new ScimConfigurations(admin);
        this.key = configurations.create(realm, "Hostile directory").apiKey();
        this.scim = new ScimClient(admin, realm, key);
        this.foreign = new ScimClient(admin, realm, configurations.create(realm, "Another directory").apiKey());
        this.userId = scim.create("Users", fullUser("hostile-fixture")).path("id").asText();
        this.memberId = scim.createUser("hostile-member");
        this.groupId = scim.createGroup("hostile-fixture-group", memberId);
        this.foreignUserId = foreign.createUser("foreign-user");
        this.foreignGroupId = foreign.createGroup("foreign-group", foreignUserId);
        JsonNode bulk = scim.get("ServiceProviderConfig").expectStatus(200).json().path("bulk");
        this.bulkMaxOperations = bulk.path("maxOperations").asInt();
        this.bulkMaxPayloadSize = bulk.path("maxPayloadSize").asInt();
    }

    /** The suite's fixture; the first call creates it on the running server. */
    static synchronized HostileFixture get() {
        if (instance == null) {
            instance = new HostileFixture(KeycloakServerExtension.admin());
        }
        return instance;
    }

    /** A user with every core and Enterprise attribute set, so that any change to any of them shows. */
    static String fullUser(String userName) {
        return """
                {"schemas": ["%1$s", "%2$s"],
                 "externalId": "ext-%3$s", "userName": "%3$s",
                 "name": {"formatted": "Ada K Lovelace", "familyName": "Lovelace", "givenName": "Ada",
                          "middleName": "K", "honorificPrefix": "Ms.", "honorificSuffix": "II"},
                 "displayName": "Ada", "nickName": "Countess", "profileUrl": "https://example.com/ada",
                 "title": "Analyst", "userType": "Employee", "preferredLanguage": "en-GB", "locale": "en-GB",
                 "timezone": "Europe/London", "active": true,
                 "emails": [{"value": "%3$s@example.com", "type": "work", "primary": true},
                            {"value": "%3$s@home.example", "type": "home"}],
                 "phoneNumbers": [{"value": "+44 20 7946 0000", "type": "work"}],
                 "ims": [{"value": "ada-im", "type": "xmpp"}],
                 "photos": [{"value": "https://example.com/ada.png", "type": "photo"}],
                 "addresses": [{"type": "work", "streetAddress": "1 Engine Row", "locality": "London",
                                "postalCode": "N1", "country": "GB", "primary": true}],
                 "entitlements": [{"value": "analytical-engine"}],
                 "roles": [{"value": "analyst", "type": "job"}],
                 "x509Certificates": [{"value": "MIIBszCCAVmgAwIBAgIU"}],
                 "%2$s": {"employeeNumber": "1815", "costCenter": "CC-1", "organization": "Engines",
                          "division": "Maths", "department": "Notes",
                          "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d"}}}
                """.formatted(USER_SCHEMA, ENTERPRISE, userName);
    }

    /** A user name no fixture has, for bodies that must not create anything. */
    static String freshName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    HostileRequest.Builder request(String method, String target) {
        return HostileRequest.builder(method, target, key);
    }

    /** The state the guards compare; each part read only when {@code guards} asks for it. */
    State state(Set<Guard> guards) {
        return new State(
                guards.contains(Guard.USER) ? read(scim, "Users/" + userId) : null,
                guards.contains(Guard.GROUP) ? read(scim, "Groups/" + groupId) : null,
                guards.contains(Guard.COUNTS) ? total("Users") : -1,
                guards.contains(Guard.COUNTS) ? total("Groups?excludedAttributes=members") : -1,
                guards.contains(Guard.FOREIGN) ? read(foreign, "Users/" + foreignUserId) : null,
                guards.contains(Guard.FOREIGN) ? read(foreign, "Groups/" + foreignGroupId) : null);
    }

    private static String read(ScimClient client, String endpoint) {
        HttpResult result = client.get(endpoint);
        return result.status() + " " + result.body();
    }

    private long total(String endpoint) {
        String query = endpoint.contains("?") ? "&count=0" : "?count=0";
        return scim.get(endpoint + query).expectStatus(200).json().path("totalResults").asLong();
    }

    /**
     * Puts the fixture user, the member and the group back as created, after a case changed them (their versions
     * change; their content is what the cases expect).
     */
    void restore() {
        // Whatever a case created although it should not have, bar the scratch users cases still wait for
        for (JsonNode user : scim.get("Users?count=1000&attributes=userName").expectStatus(200).json().path("Resources")) {
            String id = user.path("id").asText();
            if (!id.equals(userId) && !id.equals(memberId) && !user.path("userName").asText().startsWith("hostile-scratch")) {
                scim.delete("Users/" + id);
            }
        }
        for (JsonNode group : scim.get("Groups?count=1000&attributes=displayName").expectStatus(200).json().path("Resources")) {
            if (!group.path("id").asText().equals(groupId)) {
                scim.delete("Groups/" + group.path("id").asText());
            }
        }
        scim.put("Users/" + userId, fullUser("hostile-fixture"));
        scim.put("Users/" + memberId, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"hostile-member\"}");
        scim.put("Groups/" + groupId, "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"hostile-fixture-group\","
                + "\"members\":[{\"value\":\"" + memberId + "\"}]}");
    }

    /** Deletes what a case that is meant to succeed created, so the counts stay as they were. */
    void deleteCreated(HttpResult created) {
        created.header("Location").ifPresent(location -> admin.send("DELETE", location, key, null).expectStatus(204));
    }

    /** A user of the suite's configuration for a case that changes it; delete it with {@link #deleteUser}. */
    String createScratchUser(String prefix) {
        return scim.createUser(freshName(prefix));
    }

    void deleteUser(String id) {
        scim.delete("Users/" + id).expectStatus(204, 404);
    }

    JsonNode readUser(String id) {
        return scim.get("Users/" + id).expectStatus(200).json();
    }

    AdminClient admin() {
        return admin;
    }

    String realm() {
        return realm;
    }

    String key() {
        return key;
    }

    String scimPath() {
        return "/realms/" + realm + "/provisioning/scim/v2/";
    }

    String userId() {
        return userId;
    }

    String memberId() {
        return memberId;
    }

    String groupId() {
        return groupId;
    }

    String foreignUserId() {
        return foreignUserId;
    }

    String foreignGroupId() {
        return foreignGroupId;
    }

    int bulkMaxOperations() {
        return bulkMaxOperations;
    }

    int bulkMaxPayloadSize() {
        return bulkMaxPayloadSize;
    }

    /** What a case may not change. */
    enum Guard {
        /** The full user as read back, meta.version included. */
        USER,
        /** The group and its members. */
        GROUP,
        /** How many users and groups the configuration has. */
        COUNTS,
        /** The other configuration's user and group. */
        FOREIGN
    }

    /** A snapshot of the guarded parts; null or -1 where not read. */
    record State(String user, String group, long users, long groups, String foreignUser,
                 String foreignGroup) {
    }
}
