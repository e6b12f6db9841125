package org.kcscim.it.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.mappings.MappingFixtures.*;

/** The mappings part of the admin REST API: CRUD, validation and names, as an administrator uses it. */
@ExtendWith(KeycloakServerExtension.class)
class MappingsAdminIT {

    private static AdminClient admin;
    /** A home realm other than master: its own account only. */
    private static String realm;
    private static ScimConfigurations.Created configuration;
    private static ScimConfigurations.Created otherConfiguration;
    private static ScimClient scim;
    private static ScimClient otherScim;
    private static String group;
    private static String otherGroup;
    private static String handMadeGroup;

    /** Home realm master, accounts brand-a, brand-b and master itself; brand-c exists but is not covered. */
    private static String brandA;
    private static String brandB;
    private static String brandC;
    private static ScimConfigurations.Created masterConfiguration;
    private static String masterGroup;

    @BeforeAll
    static void setUp(AdminClient client) {
        admin = client;
        realm = admin.createRealm("mapadmin");
        ScimConfigurations configurations = new ScimConfigurations(admin);
        configuration = configurations.create(realm, "Entra");
        otherConfiguration = configurations.create(realm, "Okta");
        scim = new ScimClient(admin, realm, configuration.apiKey());
        otherScim = new ScimClient(admin, realm, otherConfiguration.apiKey());
        group = scim.createGroup("engineers");
        otherGroup = otherScim.createGroup("okta-engineers");
        handMadeGroup = admin.send("POST", "/admin/realms/" + realm + "/groups", admin.adminToken(),
                "{\"name\":\"hand-made\"}").expectStatus(201).header("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow();
        createRealmRole(admin, realm, "reader");
        createRealmRole(admin, realm, "writer");
        createClientRole(admin, realm, createClient(admin, realm, "app"), "editor");
        createIdentityProvider(admin, realm, "corp");

        brandA = admin.createRealm("brand-a");
        brandB = admin.createRealm("brand-b");
        brandC = admin.createRealm("brand-c");
        masterConfiguration = configurations.createFrom("master",
                configurationsBody("Mappings admin " + suffix(), brandA, brandB, "master"));
        masterGroup = new ScimClient(admin, "master", masterConfiguration.apiKey()).createGroup("mapadmin-" + suffix());
    }

    private static ObjectNode valid(String name) {
        return body(name, configuration.id(), List.of(group), List.of("reader"), List.of(realm), List.of("local"));
    }

    private static ObjectNode validInMaster(String name) {
        return body(name, masterConfiguration.id(), List.of(masterGroup), List.of("manage-users"),
                List.of(brandA, brandB), List.of("local"));
    }

    /** Equal, but for the order of the elements of roles, accounts, means and groups. */
    private static void assertSameMapping(JsonNode expected, JsonNode actual) {
        assertEquals(normalized(expected), normalized(actual), "expected " + expected + " but was " + actual);
    }

    private static JsonNode normalized(JsonNode node) {
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(normalized(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            return JSON.createArrayNode().addAll(items);
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), normalized(field.getValue())));
            return copy;
        }
        return node;
    }

    private static HttpResult post(Object body) {
        return admin.send("POST", mappings(realm), admin.adminToken(), body);
    }

    private static HttpResult postInMaster(Object body) {
        return admin.send("POST", mappings("master"), admin.adminToken(), body);
    }

    // ---- CRUD

    @Test
    void createReturnsTheMappingWithLocationAndEveryField() {
        String name = "Engineers " + suffix();
        HttpResult created = post(body(name, configuration.id(), List.of(group), List.of("reader", "app/editor"),
                List.of(realm), List.of("local", "idp:corp"))).expectStatus(201);
        JsonNode mapping = created.json();
        String id = mapping.path("id").asText();
        assertFalse(id.isEmpty(), mapping.toString());
        assertEquals(admin.baseUrl() + mapping(realm, id), created.header("Location").orElseThrow());
        assertEquals(name, mapping.path("name").asText());
        assertEquals(configuration.id(), mapping.path("configurationId").asText());
        assertEquals(1, mapping.path("groups").size(), mapping.toString());
        assertEquals(group, mapping.at("/groups/0/id").asText());
        assertEquals("engineers", mapping.at("/groups/0/name").asText());
        // Roles, accounts and means are sets: their order is not part of the contract
        assertEquals(Set.of("reader", "app/editor"), Set.copyOf(texts(mapping.path("roles"))));
        assertEquals(List.of(realm), texts(mapping.path("accounts")));
        assertEquals(Set.of("local", "idp:corp"), Set.copyOf(texts(mapping.path("means"))));
        assertFalse(mapping.path("createdAt").asText().isEmpty(), mapping.toString());
        assertFalse(mapping.path("updatedAt").asText().isEmpty(), mapping.toString());

        assertSameMapping(mapping, getMapping(admin, realm, id));
    }

    @Test
    void listFilterUpdateAndDelete() {
        String s = suffix();
        String id = createMapping(admin, realm, valid("Listed " + s)).path("id").asText();
        String otherId = createMapping(admin, realm, body("Other listed " + s, otherConfiguration.id(),
                List.of(otherGroup), List.of("writer"), List.of(realm), List.of("idp:corp"))).path("id").asText();

        Set<String> all = ids(listMappings(admin, realm, null));
        assertTrue(all.containsAll(Set.of(id, otherId)), all.toString());
        JsonNode filtered = listMappings(admin, realm, configuration.id());
        assertTrue(ids(filtered).contains(id));
        assertFalse(ids(filtered).contains(otherId));
        filtered.forEach(m -> assertEquals(configuration.id(), m.path("configurationId").asText(), m.toString()));
        assertTrue(ids(listMappings(admin, realm, otherConfiguration.id())).contains(otherId));
        JsonNode other = listMappings(admin, "master", null);
        assertFalse(ids(other).contains(id), "another realm's list: " + other);

        JsonNode before = getMapping(admin, realm, id);
        JsonNode renamed = admin.send("PUT", mapping(realm, id), admin.adminToken(),
                "{\"name\":\"Renamed " + s + "\"}").expectStatus(200).json();
        assertEquals("Renamed " + s, renamed.path("name").asText());
        for (String kept : List.of("id", "configurationId", "groups", "roles", "accounts", "means", "createdAt")) {
            assertEquals(normalized(before.path(kept)), normalized(renamed.path(kept)),
                    "absent field " + kept + " keeps its value");
        }

        JsonNode changed = admin.send("PUT", mapping(realm, id), admin.adminToken(),
                "{\"roles\":[\"writer\"],\"means\":[\"idp:corp\"],\"groups\":[\"" + group + "\"]}").expectStatus(200).json();
        assertEquals(List.of("writer"), texts(changed.path("roles")));
        assertEquals(List.of("idp:corp"), texts(changed.path("means")));
        assertEquals("Renamed " + s, changed.path("name").asText());
        assertSameMapping(changed, getMapping(admin, realm, id));

        admin.send("DELETE", mapping(realm, id), admin.adminToken(), null).expectStatus(204);
        admin.send("GET", mapping(realm, id), admin.adminToken(), null).expectStatus(404);
        admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"name\":\"x\"}").expectStatus(404);
        admin.send("DELETE", mapping(realm, id), admin.adminToken(), null).expectStatus(404);
        assertFalse(ids(listMappings(admin, realm, null)).contains(id));
        assertTrue(ids(listMappings(admin, realm, null)).contains(otherId));
    }

    @Test
    void aMappingReadCanBeSentBackAsItIs() {
        // The product accepts groups as the objects it returns ({"id","name"}) besides plain ids, and ignores
        // the read-only id, createdAt and updatedAt, so that a read can be written back unchanged
        String id = createMapping(admin, realm, valid("Round trip " + suffix())).path("id").asText();
        JsonNode read = getMapping(admin, realm, id);
        JsonNode written = admin.send("PUT", mapping(realm, id), admin.adminToken(), read).expectStatus(200).json();
        assertEquals(normalized(read.path("groups")), normalized(written.path("groups")));
        assertEquals(normalized(read.path("roles")), normalized(written.path("roles")));
        assertEquals(read.path("createdAt"), written.path("createdAt"));
    }

    @Test
    void unknownIdsAre404() {
        admin.send("GET", mapping(realm, "no-such-mapping"), admin.adminToken(), null).expectStatus(404);
        admin.send("PUT", mapping(realm, "no-such-mapping"), admin.adminToken(), "{\"name\":\"x\"}").expectStatus(404);
        admin.send("DELETE", mapping(realm, "no-such-mapping"), admin.adminToken(), null).expectStatus(404);
        // A configuration's id is not a mapping's id
        admin.send("GET", mapping(realm, configuration.id()), admin.adminToken(), null).expectStatus(404);
        // Nor is a mapping of another realm
        String inMaster = createMapping(admin, "master", validInMaster("Elsewhere " + suffix())).path("id").asText();
        admin.send("GET", mapping(realm, inMaster), admin.adminToken(), null).expectStatus(404);
        admin.send("DELETE", mapping(realm, inMaster), admin.adminToken(), null).expectStatus(404);
        getMapping(admin, "master", inMaster);
    }

    @Test
    void aMasterMappingResolvesItsRolesInEveryAccount() {
        JsonNode created = createMapping(admin, "master", validInMaster("Brands " + suffix()));
        assertEquals(List.of(brandA, brandB), texts(created.path("accounts")));
        assertEquals(masterConfiguration.id(), created.path("configurationId").asText());
        // The configuration's own realm is a valid account too, with its realm roles
        createMapping(admin, "master", body("Master itself " + suffix(), masterConfiguration.id(),
                List.of(masterGroup), List.of("create-realm", "view-users"), List.of("master"), List.of("local")));
    }

    // ---- names

    @Test
    void aNameIsUniquePerConfiguration() {
        String name = "Unique " + suffix();
        String first = createMapping(admin, realm, valid(name)).path("id").asText();
        HttpResult duplicate = post(valid(name)).expectStatus(409);
        assertFalse(duplicate.json().path("errorMessage").asText().isEmpty(), duplicate.toString());

        // The same name under another configuration is no conflict
        createMapping(admin, realm, body(name, otherConfiguration.id(), List.of(otherGroup), List.of("reader"),
                List.of(realm), List.of("local")));

        String second = createMapping(admin, realm, valid("Second " + suffix())).path("id").asText();
        admin.send("PUT", mapping(realm, second), admin.adminToken(), "{\"name\":\"" + name + "\"}").expectStatus(409);
        // Keeping one's own name is no conflict
        admin.send("PUT", mapping(realm, first), admin.adminToken(), "{\"name\":\"" + name + "\"}").expectStatus(200);
    }

    @Test
    void aNameOf100CharactersIsAcceptedAnd101Refused() {
        String s = suffix();
        createMapping(admin, realm, valid(s + "x".repeat(100 - s.length())));
        assertFieldError(post(valid(s + "y".repeat(101 - s.length()))), "name");
    }

    @Test
    void theConfigurationCannotChange() {
        String id = createMapping(admin, realm, valid("Fixed " + suffix())).path("id").asText();
        assertFieldError(admin.send("PUT", mapping(realm, id), admin.adminToken(),
                "{\"configurationId\":\"" + otherConfiguration.id() + "\"}"), "configurationId");
        assertEquals(configuration.id(), getMapping(admin, realm, id).path("configurationId").asText());
        // Sending the same configuration is no change
        admin.send("PUT", mapping(realm, id), admin.adminToken(),
                "{\"configurationId\":\"" + configuration.id() + "\"}").expectStatus(200);
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        String name = "Untouched " + suffix();
        String id = createMapping(admin, realm, valid(name)).path("id").asText();
        JsonNode before = getMapping(admin, realm, id);
        assertFieldError(admin.send("PUT", mapping(realm, id), admin.adminToken(),
                "{\"name\":\"Changed\",\"roles\":[\"no-such-role\"]}"), "roles", "no-such-role");
        assertSameMapping(before, getMapping(admin, realm, id));
        assertFieldError(admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"groups\":[]}"), "groups");
        assertFieldError(admin.send("PUT", mapping(realm, id), admin.adminToken(), "{\"name\":\"\"}"), "name");
        assertSameMapping(before, getMapping(admin, realm, id));
    }

    // ---- validation: each error names the field and the offending value

    @Test
    void requiredFieldsAndEmptyLists() {
        for (String field : List.of("name", "configurationId", "groups", "roles", "accounts", "means")) {
            ObjectNode missing = valid("Missing " + field + " " + suffix());
            missing.remove(field);
            assertFieldError(post(missing), field);
        }
        for (String field : List.of("groups", "roles", "accounts", "means")) {
            ObjectNode empty = valid("Empty " + field + " " + suffix());
            empty.putArray(field);
            assertFieldError(post(empty), field);
        }
        ObjectNode blank = valid("");
        assertFieldError(post(blank), "name");
    }

    @Test
    void aRoleThatDoesNotResolveIsNamedWithTheAccount() {
        ObjectNode unknown = valid("Unknown role " + suffix());
        unknown.set("roles", array("reader", "no-such-role"));
        assertFieldError(post(unknown), "roles", "no-such-role", realm);

        ObjectNode unknownClientRole = valid("Unknown client role " + suffix());
        unknownClientRole.set("roles", array("app/nope"));
        assertFieldError(post(unknownClientRole), "roles", "app/nope", realm);

        ObjectNode unknownClient = valid("Unknown client " + suffix());
        unknownClient.set("roles", array("no-such-client/editor"));
        assertFieldError(post(unknownClient), "roles", "no-such-client/editor");

        // master's realm role create-realm resolves in master only, not in brand-a
        ObjectNode notInEveryAccount = validInMaster("Partly resolving " + suffix());
        notInEveryAccount.set("roles", array("create-realm"));
        notInEveryAccount.set("accounts", array("master", brandA));
        assertFieldError(postInMaster(notInEveryAccount), "roles", "create-realm", brandA);

        // A realm role of the home realm does not resolve in another account
        ObjectNode realmRoleElsewhere = validInMaster("Realm role elsewhere " + suffix());
        realmRoleElsewhere.set("roles", array("offline_access"));
        assertFieldError(postInMaster(realmRoleElsewhere), "roles", "offline_access", brandA);
    }

    @Test
    void anAccountOutsideTheConfigurationIsNamed() {
        ObjectNode foreign = valid("Foreign account " + suffix());
        foreign.set("accounts", array(brandA));
        assertFieldError(post(foreign), "accounts", brandA);

        ObjectNode uncovered = validInMaster("Uncovered " + suffix());
        uncovered.set("accounts", array(brandA, brandC));
        assertFieldError(postInMaster(uncovered), "accounts", brandC);

        ObjectNode missing = validInMaster("Missing realm " + suffix());
        missing.set("accounts", array("no-such-realm-zz"));
        assertFieldError(postInMaster(missing), "accounts", "no-such-realm-zz");
    }

    @Test
    void aGroupTheConfigurationDoesNotOwnIsNamed() {
        ObjectNode ofAnother = valid("Another's group " + suffix());
        ofAnother.set("groups", array(group, otherGroup));
        assertFieldError(post(ofAnother), "groups", otherGroup);

        ObjectNode handMade = valid("Hand-made group " + suffix());
        handMade.set("groups", array(handMadeGroup));
        assertFieldError(post(handMade), "groups", handMadeGroup);

        ObjectNode unknown = valid("Unknown group " + suffix());
        unknown.set("groups", array("00000000-0000-0000-0000-000000000000"));
        assertFieldError(post(unknown), "groups", "00000000-0000-0000-0000-000000000000");

        ObjectNode ofAnotherRealm = valid("Another realm's group " + suffix());
        ofAnotherRealm.set("groups", array(masterGroup));
        assertFieldError(post(ofAnotherRealm), "groups", masterGroup);
    }

    @Test
    void anUnknownMeansOrIdentityProviderIsNamed() {
        ObjectNode unknownProvider = valid("Unknown provider " + suffix());
        unknownProvider.set("means", array("local", "idp:nope"));
        assertFieldError(post(unknownProvider), "means", "nope");

        ObjectNode otherRealmsProvider = validInMaster("Other realm's provider " + suffix());
        otherRealmsProvider.set("means", array("idp:corp"));
        assertFieldError(postInMaster(otherRealmsProvider), "means", "corp");

        ObjectNode unknownMeans = valid("Unknown means " + suffix());
        unknownMeans.set("means", array("password"));
        assertFieldError(post(unknownMeans), "means", "password");
    }

    @Test
    void aConfigurationOfAnotherRealmOrNoneIsRefused() {
        ObjectNode unknown = valid("Unknown configuration " + suffix());
        unknown.put("configurationId", "no-such-configuration");
        assertFieldError(post(unknown), "configurationId", "no-such-configuration");

        ObjectNode foreign = valid("Foreign configuration " + suffix());
        foreign.put("configurationId", masterConfiguration.id());
        assertFieldError(post(foreign), "configurationId", masterConfiguration.id());
    }

    @Test
    void unknownPropertiesWrongTypesAndMalformedJson() {
        ObjectNode unknownProperty = valid("Colour " + suffix());
        unknownProperty.put("colour", "blue");
        assertFieldError(post(unknownProperty), "colour");

        ObjectNode rolesAsString = valid("Roles as string " + suffix());
        rolesAsString.put("roles", "reader");
        assertFieldError(post(rolesAsString), "roles");

        ObjectNode groupsAsNumbers = valid("Groups as numbers " + suffix());
        groupsAsNumbers.putArray("groups").add(5);
        assertFieldError(post(groupsAsNumbers), "groups");

        ObjectNode groupsWithoutId = valid("Groups without id " + suffix());
        groupsWithoutId.putArray("groups").addObject().put("name", "engineers");
        assertFieldError(post(groupsWithoutId), "groups");

        ObjectNode meansAsString = valid("Means as string " + suffix());
        meansAsString.put("means", "local");
        assertFieldError(post(meansAsString), "means");

        ObjectNode nameAsObject = valid("ignored");
        nameAsObject.putObject("name").put("first", "x");
        assertFieldError(post(nameAsObject), "name");

        ObjectNode accountsAsObject = valid("Accounts as object " + suffix());
        accountsAsObject.putObject("accounts").put(realm, true);
        assertFieldError(post(accountsAsObject), "accounts");

        post("{\"name\":").expectStatus(400);
        post("[1,2]").expectStatus(400);
        post("").expectStatus(400);
    }

    @Test
    void severalErrorsAreReportedTogetherOrOneAtATime() {
        ObjectNode bad = valid("Several " + suffix());
        bad.set("roles", array("no-such-role"));
        bad.set("means", array("idp:nope"));
        HttpResult result = post(bad).expectStatus(400);
        JsonNode body = result.json();
        assertTrue(body.has("field") || body.path("errors").isArray(), result.toString());
        assertFalse(body.path("errorMessage").asText().isEmpty(), result.toString());
        assertFalse(result.body().contains("Exception"), result.toString());
    }

    @Test
    void nothingIsSavedByARefusedCreate() {
        String name = "Refused " + suffix();
        ObjectNode refused = valid(name);
        refused.set("roles", array("no-such-role"));
        post(refused).expectStatus(400);
        listMappings(admin, realm, null).forEach(m -> assertNotEquals(name, m.path("name").asText()));
        // and the name is free
        createMapping(admin, realm, valid(name));
    }
}
