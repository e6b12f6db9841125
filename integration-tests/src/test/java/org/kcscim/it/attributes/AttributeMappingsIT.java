package org.kcscim.it.attributes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.Tokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 15: directory attributes land in the realm's user profile. A custom extension attribute (Entra ID's
 * {@code employeeCostCenter}) and an Enterprise one ({@code department}) are mapped to user-profile attributes;
 * Keycloak's admin API shows them, a standard token mapper puts them in tokens, their validators apply.
 */
@ExtendWith(KeycloakServerExtension.class)
class AttributeMappingsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String PASSWORD = "Pa55word-Long!";

    private static AdminClient admin;
    private static ScimClient scim;
    private static String realm;
    private static String configurationId;

    @BeforeAll
    static void setUp(AdminClient client) throws Exception {
        admin = client;
        realm = admin.createRealm("attrs");
        addToUserProfile("costCenter", "{\"length\":{\"max\":10},\"pattern\":{\"pattern\":\"^[A-Z0-9-]*$\"}}");
        addToUserProfile("department", "{}");
        addToUserProfile("jobTitle", "{}");
        addToUserProfile("phone", "{}");
        ScimConfigurations.Created created = new ScimConfigurations(admin).createFrom(realm, """
                {"name":"Entra ID",
                 "schemaExtensions":[{"id":"%s","attributes":[{"name":"employeeCostCenter","type":"string",
                   "multiValued":false,"required":false,"caseExact":false}]}],
                 "attributeMappings":[{"scimPath":"%s:employeeCostCenter","userAttribute":"costCenter"},
                   {"scimPath":"%s:department","userAttribute":"department"}]}""".formatted(ACME, ACME, ENTERPRISE));
        configurationId = created.id();
        assertEquals(ACME, created.representation().path("schemaExtensions").get(0).path("id").asText());
        assertEquals("costCenter", created.representation().path("attributeMappings").get(0).path("userAttribute").asText());
        scim = new ScimClient(admin, realm, created.apiKey());
        createClientWithCostCenterClaim();
    }

    private static void addToUserProfile(String name, String validations) throws Exception {
        String path = "/admin/realms/" + realm + "/users/profile";
        ObjectNode profile = (ObjectNode) admin.send("GET", path, admin.adminToken(), null).expectStatus(200).json();
        ((ArrayNode) profile.path("attributes")).add(JSON.readTree("""
                {"name":"%s","displayName":"%s","validations":%s,
                 "permissions":{"view":["admin","user"],"edit":["admin"]},"multivalued":false}"""
                .formatted(name, name, validations)));
        admin.send("PUT", path, admin.adminToken(), profile).expectStatus(200);
    }

    private static void createClientWithCostCenterClaim() {
        admin.send("POST", "/admin/realms/" + realm + "/clients", admin.adminToken(), """
                {"clientId":"app","publicClient":true,"directAccessGrantsEnabled":true,
                 "protocolMappers":[{"name":"cost center","protocol":"openid-connect",
                   "protocolMapper":"oidc-usermodel-attribute-mapper",
                   "config":{"user.attribute":"costCenter","claim.name":"cost_center","jsonType.label":"String",
                     "access.token.claim":"true","id.token.claim":"true","userinfo.token.claim":"true"}}]}""")
                .expectStatus(201);
    }

    private static String newUser(String costCenter) {
        String userName = "u-" + UUID.randomUUID().toString().substring(0, 8);
        return scim.post("Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s","%s"],
                 "userName":"%s","name":{"givenName":"Ada","familyName":"Lovelace"},
                 "emails":[{"value":"%s@example.test","type":"work","primary":true}],"password":"%s",
                 "%s":{"employeeCostCenter":"%s"},"%s":{"department":"Research","division":"East"}}"""
                .formatted(ACME, ENTERPRISE, userName, userName, PASSWORD, ACME, costCenter, ENTERPRISE))
                .expectStatus(201).json().path("id").asText();
    }

    private static JsonNode keycloakUser(String id) {
        return admin.send("GET", "/admin/realms/" + realm + "/users/" + id, admin.adminToken(), null)
                .expectStatus(200).json();
    }

    @Test
    void givenAProvisionedUserThenKeycloakShowsTheMappedAttributes() {
        String id = newUser("CC-100");
        JsonNode attributes = keycloakUser(id).path("attributes");
        assertEquals("CC-100", attributes.path("costCenter").get(0).asText());
        assertEquals("Research", attributes.path("department").get(0).asText());

        JsonNode resource = scim.get("Users/" + id).expectStatus(200).json();
        assertEquals("CC-100", resource.path(ACME).path("employeeCostCenter").asText());
        assertEquals("Research", resource.path(ENTERPRISE).path("department").asText());
        assertEquals("East", resource.path(ENTERPRISE).path("division").asText());
        assertTrue(resource.path("schemas").toString().contains(ACME), resource.toString());
    }

    @Test
    void givenEntraPatchesThenTheUserProfileAttributeFollows() {
        String id = newUser("CC-1");
        scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"%s:employeeCostCenter","value":"CC-2"}]}""".formatted(ACME)).expectStatus(200);
        assertEquals("CC-2", keycloakUser(id).path("attributes").path("costCenter").get(0).asText());

        scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","value":{"%s:employeeCostCenter":"CC-3","%s:department":"Sales"}}]}"""
                .formatted(ACME, ENTERPRISE)).expectStatus(200);
        JsonNode attributes = keycloakUser(id).path("attributes");
        assertEquals("CC-3", attributes.path("costCenter").get(0).asText());
        assertEquals("Sales", attributes.path("department").get(0).asText());

        scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Remove","path":"%s:employeeCostCenter"}]}""".formatted(ACME)).expectStatus(200);
        assertTrue(keycloakUser(id).path("attributes").path("costCenter").isMissingNode());
    }

    @Test
    void givenOktaPutsTheWholeUserThenTheExtensionObjectIsKept() {
        String id = newUser("CC-1");
        JsonNode resource = scim.get("Users/" + id).expectStatus(200).json();
        ObjectNode put = resource.deepCopy();
        put.remove("meta");
        ((ObjectNode) put.path(ACME)).put("employeeCostCenter", "OKTA-7");
        scim.put("Users/" + id, put).expectStatus(200);
        assertEquals("OKTA-7", keycloakUser(id).path("attributes").path("costCenter").get(0).asText());

        put.remove(ACME);
        scim.put("Users/" + id, put).expectStatus(200);
        assertTrue(keycloakUser(id).path("attributes").path("costCenter").isMissingNode());
    }

    @Test
    void givenAMappedAttributeThenAStandardTokenMapperPutsItInTheToken() {
        String id = newUser("CC-TOKEN");
        String userName = scim.get("Users/" + id).json().path("userName").asText();
        String token = Tokens.passwordGrant(admin, realm, "app", userName, PASSWORD);
        assertEquals("CC-TOKEN", Tokens.payload(token).path("cost_center").asText());
    }

    @Test
    void givenAFilterOnTheExtensionAttributeThenItRunsOnTheUserProfileAttribute() {
        String id = newUser("CC-FILTER");
        newUser("CC-OTHER");
        String filter = URLEncoder.encode(ACME + ":employeeCostCenter eq \"cc-filter\"", StandardCharsets.UTF_8);
        JsonNode list = scim.get("Users?filter=" + filter).expectStatus(200).json();
        assertEquals(1, list.path("totalResults").asInt(), list.toString());
        assertEquals(id, list.path("Resources").get(0).path("id").asText());
    }

    @Test
    void givenAValueTheUserProfileRefusesThenNothingIsWritten() {
        String id = newUser("CC-OK");
        HttpResult refused = scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"replace","path":"name.givenName","value":"Changed"},
                 {"op":"replace","path":"%s:employeeCostCenter","value":"FAR-TOO-LONG-VALUE"}]}""".formatted(ACME));
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("invalidValue", refused.json().path("scimType").asText());
        String detail = refused.json().path("detail").asText();
        assertTrue(detail.contains(ACME + ":employeeCostCenter") && detail.contains("length"), detail);
        JsonNode user = keycloakUser(id);
        assertEquals("CC-OK", user.path("attributes").path("costCenter").get(0).asText());
        assertEquals("Ada", user.path("firstName").asText());

        HttpResult pattern = scim.post("Users", """
                {"userName":"bad-%s","%s":{"employeeCostCenter":"lower"}}""".formatted(UUID.randomUUID(), ACME));
        assertEquals(400, pattern.status(), pattern.toString());
        assertTrue(pattern.json().path("detail").asText().contains("pattern"), pattern.body());
    }

    @Test
    void givenTheConfigurationsKeyThenDiscoveryListsItsExtension() {
        JsonNode types = scim.get("ResourceTypes").expectStatus(200).json();
        String user = "";
        for (JsonNode type : types.path("Resources")) {
            if (type.path("id").asText().equals("User")) {
                user = type.path("schemaExtensions").toString();
            }
        }
        assertTrue(user.contains(ACME) && user.contains(ENTERPRISE), user);
        JsonNode schemas = scim.get("Schemas").expectStatus(200).json();
        assertTrue(schemas.toString().contains("employeeCostCenter"), schemas.toString());
        JsonNode schema = scim.get("Schemas/" + ACME).expectStatus(200).json();
        assertEquals("employeeCostCenter", schema.path("attributes").get(0).path("name").asText());

        ScimClient other = ScimClient.inNewRealm(admin, "plain");
        assertFalse(other.get("Schemas").json().toString().contains(ACME));
        other.get("Schemas/" + ACME).expectStatus(404);
    }

    @Test
    void givenAnUnknownExtensionAttributeThenItIsRefusedAsBefore() {
        String id = newUser("CC-1");
        HttpResult refused = scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"replace","path":"%s:unknown","value":"x"}]}""".formatted(ACME));
        assertEquals(400, refused.status(), refused.toString());
    }

    @Test
    void givenInvalidSettingsThenTheAdminApiNamesTheEntry() {
        HttpResult refused = admin.send("PUT", ScimConfigurations.path(realm) + "/" + configurationId,
                admin.adminToken(), """
                        {"attributeMappings":[{"scimPath":"title","userAttribute":"jobTitle"},
                          {"scimPath":"userName","userAttribute":"login"}]}""");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("attributeMappings[1].scimPath"), refused.body());
    }

    @Test
    void givenAListMappedOntoASingleValuedProfileAttributeThenTheAdminApiRefusesIt() {
        HttpResult refused = admin.send("PUT", ScimConfigurations.path(realm) + "/" + configurationId,
                admin.adminToken(), """
                        {"schemaExtensions":[{"id":"%s","attributes":[{"name":"employeeCostCenter"},
                           {"name":"badges","multiValued":true}]}],
                         "attributeMappings":[{"scimPath":"%s:badges","userAttribute":"jobTitle"}]}"""
                        .formatted(ACME, ACME));
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("attributeMappings[0].userAttribute"), refused.body());
        assertTrue(refused.body().contains("single-valued"), refused.body());
    }

    @Test
    void givenAMappingAddedThenRemovedThenStoredValuesMoveAndComeBack() {
        String id = scim.post("Users", """
                {"userName":"mover-%s","title":"Engineer","name":{"givenName":"M","familyName":"V"}}"""
                .formatted(UUID.randomUUID())).expectStatus(201).json().path("id").asText();
        assertTrue(keycloakUser(id).path("attributes").path("jobTitle").isMissingNode());
        whileMapped("title", "jobTitle", () -> {
            assertEquals("Engineer", keycloakUser(id).path("attributes").path("jobTitle").get(0).asText());
            assertEquals("Engineer", scim.get("Users/" + id).json().path("title").asText());
            String filter = URLEncoder.encode("title eq \"Engineer\" and id eq \"" + id + "\"", StandardCharsets.UTF_8);
            assertEquals(1, scim.get("Users?filter=" + filter).json().path("totalResults").asInt());
        });
        assertTrue(keycloakUser(id).path("attributes").path("jobTitle").isMissingNode());
        assertEquals("Engineer", scim.get("Users/" + id).json().path("title").asText());
    }

    @Test
    void givenAnEntryValueMappedThenRemovedThenItMovesAndFiltersSeeIt() {
        String directory = scim.post("Users", """
                {"userName":"phones-%s","name":{"givenName":"P","familyName":"N"},
                 "phoneNumbers":[{"type":"mobile","value":"+1 555 0101"},
                   {"type":"work","value":"+1 555 0100","primary":true}]}"""
                .formatted(UUID.randomUUID())).expectStatus(201).json().path("id").asText();
        String byHand = scim.post("Users", """
                {"userName":"nophone-%s","name":{"givenName":"N","familyName":"P"}}"""
                .formatted(UUID.randomUUID())).expectStatus(201).json().path("id").asText();
        whileMapped("phoneNumbers[type eq \"work\"].value", "phone", () -> {
            assertEquals("+1 555 0100", keycloakUser(directory).path("attributes").path("phone").get(0).asText());
            assertEquals(phones("mobile", "+1 555 0101", "work", "+1 555 0100"), phonesOf(directory));
            assertEquals(1, count("phoneNumbers[type eq \"work\" and value eq \"+1 555 0100\"] and id eq \""
                    + directory + "\""));
            assertEquals(0, count("phoneNumbers[type eq \"mobile\" and value eq \"+1 555 0100\"] and id eq \""
                    + directory + "\""));

            ObjectNode user = (ObjectNode) keycloakUser(byHand);
            ObjectNode attributes = user.get("attributes") instanceof ObjectNode some ? some : user.putObject("attributes");
            attributes.putArray("phone").add("+1 555 0199");
            admin.send("PUT", "/admin/realms/" + realm + "/users/" + byHand, admin.adminToken(), user).expectStatus(204);
            assertEquals(phones("work", "+1 555 0199"), phonesOf(byHand));
            assertEquals(1, count("phoneNumbers.value eq \"+1 555 0199\" and id eq \"" + byHand + "\""));
        });
        assertTrue(keycloakUser(directory).path("attributes").path("phone").isMissingNode());
        assertEquals(phones("mobile", "+1 555 0101", "work", "+1 555 0100"), phonesOf(directory));
        assertTrue(scim.get("Users/" + directory).json().path("phoneNumbers").get(1).path("primary").asBoolean(),
                "the rest of the entry stayed with it");
        assertEquals(1, count("phoneNumbers[type eq \"work\" and value eq \"+1 555 0100\"] and id eq \""
                + directory + "\""));
        assertTrue(keycloakUser(byHand).path("attributes").path("phone").isMissingNode());
        assertEquals(phones("work", "+1 555 0199"), phonesOf(byHand), "the value set in Keycloak became an entry");
    }

    /**
     * Adds one mapping to the configuration, runs {@code checks}, then puts the mappings back as they were: each PUT
     * moves the users' stored values.
     */
    private static void whileMapped(String scimPath, String userAttribute, Runnable checks) {
        String path = ScimConfigurations.path(realm) + "/" + configurationId;
        JsonNode current = admin.send("GET", path, admin.adminToken(), null).expectStatus(200).json();
        ArrayNode mappings = current.path("attributeMappings").deepCopy();
        mappings.addObject().put("scimPath", scimPath).put("userAttribute", userAttribute);
        ObjectNode body = JSON.createObjectNode();
        body.set("attributeMappings", mappings);
        admin.send("PUT", path, admin.adminToken(), body).expectStatus(200);
        try {
            checks.run();
        } finally {
            body.set("attributeMappings", current.path("attributeMappings"));
            admin.send("PUT", path, admin.adminToken(), body).expectStatus(200);
        }
    }

    private static String phones(String... typesAndValues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < typesAndValues.length; i += 2) {
            text.append(typesAndValues[i]).append('=').append(typesAndValues[i + 1]).append(';');
        }
        return text.toString();
    }

    private static String phonesOf(String id) {
        StringBuilder text = new StringBuilder();
        for (JsonNode entry : scim.get("Users/" + id).expectStatus(200).json().path("phoneNumbers")) {
            text.append(entry.path("type").asText()).append('=').append(entry.path("value").asText()).append(';');
        }
        return text.toString();
    }

    private static int count(String filter) {
        return scim.get("Users?count=0&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)).expectStatus(200)
                .json().path("totalResults").asInt();
    }

    @Test
    void givenThePatchPathIsTheExtensionUrnThenItsObjectIsMerged() {
        String id = newUser("CC-1");
        scim.patch("Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"replace","path":"%s","value":{"employeeCostCenter":"CC-9"}}]}""".formatted(ACME)).expectStatus(200);
        assertEquals("CC-9", keycloakUser(id).path("attributes").path("costCenter").get(0).asText());
        assertEquals("Research", keycloakUser(id).path("attributes").path("department").get(0).asText(),
                "a replace of one extension leaves the other alone");
    }

    @Test
    void givenAnAdministratorEditsTheAttributeThenScimReadsTheEdit() {
        String id = newUser("CC-1");
        ObjectNode user = (ObjectNode) keycloakUser(id);
        ((ObjectNode) user.path("attributes")).putArray("costCenter").add("CC-ADMIN");
        admin.send("PUT", "/admin/realms/" + realm + "/users/" + id, admin.adminToken(), user).expectStatus(204);
        assertEquals("CC-ADMIN", scim.get("Users/" + id).expectStatus(200).json().path(ACME).path("employeeCostCenter").asText());
    }

    @Test
    void givenASortOnTheMappedAttributeThenUsersComeInItsOrder() {
        String tag = "S" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String second = newUser(tag + "-B");
        String first = newUser(tag + "-A");
        String third = newUser(tag + "-C");
        String filter = URLEncoder.encode(ACME + ":employeeCostCenter sw \"" + tag + "\"", StandardCharsets.UTF_8);
        JsonNode list = scim.get("Users?filter=" + filter + "&sortBy="
                + URLEncoder.encode(ACME + ":employeeCostCenter", StandardCharsets.UTF_8)).expectStatus(200).json();
        assertEquals(3, list.path("totalResults").asInt(), list.toString());
        assertEquals(first, list.path("Resources").get(0).path("id").asText());
        assertEquals(second, list.path("Resources").get(1).path("id").asText());
        assertEquals(third, list.path("Resources").get(2).path("id").asText());
    }
}
