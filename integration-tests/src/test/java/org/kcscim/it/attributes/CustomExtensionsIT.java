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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 15, the parts of custom schema extensions {@link AttributeMappingsIT} leaves out: a multi-valued extension
 * attribute patched as Entra ID and Okta patch lists (hidden, and mapped to a multi-valued user-profile attribute),
 * {@code attributes}/{@code excludedAttributes} naming an extension or one of its attributes (RFC 7644 §3.9), and
 * the life of an Okta custom attribute: its POST, list, whole-user PUTs, deactivation, and the core namespace
 * Okta offers by default.
 */
@ExtendWith(KeycloakServerExtension.class)
class CustomExtensionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final String OKTA = "urn:ietf:params:scim:schemas:extension:okta:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private static AdminClient admin;
    /** ACME: {@code badges} multi-valued and unmapped, {@code skills} multi-valued and mapped, {@code costCenter}. */
    private static ScimClient acme;
    private static String acmeRealm;
    /** Okta: {@code employeeCostCenter} mapped to {@code costCenter}, {@code region} unmapped. */
    private static ScimClient okta;
    private static String oktaRealm;

    @BeforeAll
    static void setUp(AdminClient client) throws Exception {
        admin = client;
        acmeRealm = admin.createRealm("custext");
        addToUserProfile(acmeRealm, "skills", true);
        addToUserProfile(acmeRealm, "costCenter", false);
        acme = new ScimClient(admin, acmeRealm, new ScimConfigurations(admin).createFrom(acmeRealm, """
                {"name":"Entra ID",
                 "schemaExtensions":[{"id":"%s","attributes":[
                   {"name":"badges","type":"string","multiValued":true},
                   {"name":"skills","type":"string","multiValued":true},
                   {"name":"costCenter","type":"string"}]}],
                 "attributeMappings":[{"scimPath":"%s:skills","userAttribute":"skills"},
                   {"scimPath":"%s:costCenter","userAttribute":"costCenter"}]}""".formatted(ACME, ACME, ACME)).apiKey());

        oktaRealm = admin.createRealm("oktaext");
        addToUserProfile(oktaRealm, "costCenter", false);
        okta = new ScimClient(admin, oktaRealm, new ScimConfigurations(admin).createFrom(oktaRealm, """
                {"name":"Okta",
                 "schemaExtensions":[{"id":"%s","attributes":[
                   {"name":"employeeCostCenter","type":"string"},{"name":"region","type":"string"}]}],
                 "attributeMappings":[{"scimPath":"%s:employeeCostCenter","userAttribute":"costCenter"}]}"""
                .formatted(OKTA, OKTA)).apiKey());
    }

    private static void addToUserProfile(String realm, String name, boolean multivalued) throws Exception {
        String path = "/admin/realms/" + realm + "/users/profile";
        ObjectNode profile = (ObjectNode) admin.send("GET", path, admin.adminToken(), null).expectStatus(200).json();
        ((ArrayNode) profile.path("attributes")).add(JSON.readTree("""
                {"name":"%s","displayName":"%s","permissions":{"view":["admin"],"edit":["admin"]},"multivalued":%s}"""
                .formatted(name, name, multivalued)));
        admin.send("PUT", path, admin.adminToken(), profile).expectStatus(200);
    }

    private static String acmeUser(String badges, String skills) {
        String userName = "x-" + UUID.randomUUID().toString().substring(0, 8);
        return acme.post("Users", """
                {"schemas":["%s","%s"],"userName":"%s",
                 "%s":{"badges":%s,"skills":%s,"costCenter":"CC-1"}}"""
                .formatted(CORE, ACME, userName, ACME, badges, skills)).expectStatus(201).json().path("id").asText();
    }

    private static HttpResult patch(ScimClient client, String id, String operations) {
        return client.patch("Users/" + id, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operations + "]}");
    }

    private static JsonNode keycloakUser(String realm, String id) {
        return admin.send("GET", "/admin/realms/" + realm + "/users/" + id, admin.adminToken(), null)
                .expectStatus(200).json();
    }

    /**
     * The values, sorted: a SCIM list is unordered, and the database gives Keycloak's attribute rows back in an order
     * of its own (MariaDB's differs from H2's). Sorted rather than a set, so that a duplicate still shows.
     */
    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        values.sort(null);
        return values;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // --- a multi-valued extension attribute through PATCH ---

    @Test
    void givenAnUnmappedListThenAddAppendsRemoveTakesTheValuesGivenAndReplaceSetsTheWholeList() {
        String id = acmeUser("[\"gold\"]", "[]");
        patch(acme, id, """
                {"op":"Add","path":"%s:badges","value":["silver","gold"]}""".formatted(ACME)).expectStatus(200);
        assertEquals(List.of("gold", "silver"), texts(acme.get("Users/" + id).json().path(ACME).path("badges")),
                "add appends, without a second gold");

        patch(acme, id, """
                {"op":"Remove","path":"%s:badges","value":["SILVER"]}""".formatted(ACME)).expectStatus(200);
        assertEquals(List.of("gold"), texts(acme.get("Users/" + id).json().path(ACME).path("badges")),
                "remove with a value takes that value (caseExact false) and leaves the others");

        patch(acme, id, """
                {"op":"replace","path":"%s:badges","value":["bronze","iron"]}""".formatted(ACME)).expectStatus(200);
        JsonNode user = acme.get("Users/" + id).json();
        assertEquals(List.of("bronze", "iron"), texts(user.path(ACME).path("badges")));
        assertTrue(keycloakUser(acmeRealm, id).path("attributes").path("badges").isMissingNode(),
                "an unmapped attribute stays out of the user profile");
    }

    @Test
    void givenAValueFilterOnAListOfStringsThenTheMatchingValuesGo() {
        String id = acmeUser("[\"gold\",\"silver\",\"bronze\"]", "[\"java\",\"go\"]");
        patch(acme, id, """
                {"op":"remove","path":"%s:badges[value eq \\"Silver\\"]"},
                {"op":"remove","path":"%s:skills[value eq \\"go\\"]"}""".formatted(ACME, ACME)).expectStatus(200);
        JsonNode user = acme.get("Users/" + id).json();
        assertEquals(List.of("bronze", "gold"), texts(user.path(ACME).path("badges")));
        assertEquals(List.of("java"), texts(user.path(ACME).path("skills")));
        assertEquals(List.of("java"), texts(keycloakUser(acmeRealm, id).path("attributes").path("skills")));

        patch(acme, id, """
                {"op":"replace","path":"%s:badges[value eq \\"gold\\"]","value":"platinum"}""".formatted(ACME))
                .expectStatus(200);
        assertEquals(List.of("bronze", "platinum"), texts(acme.get("Users/" + id).json().path(ACME).path("badges")));

        HttpResult nothing = patch(acme, id, """
                {"op":"replace","path":"%s:badges[value eq \\"wood\\"]","value":"x"}""".formatted(ACME));
        assertEquals(400, nothing.status(), nothing.toString());
        assertEquals("noTarget", nothing.json().path("scimType").asText());
    }

    @Test
    void givenAMappedListThenKeycloakShowsEveryValueAfterEachPatch() {
        String id = acmeUser("[]", "[\"java\"]");
        assertEquals(List.of("java"), texts(keycloakUser(acmeRealm, id).path("attributes").path("skills")));

        patch(acme, id, """
                {"op":"add","path":"%s:skills","value":["kotlin","scala"]}""".formatted(ACME)).expectStatus(200);
        assertEquals(Set.of("java", "kotlin", "scala"),
                Set.copyOf(texts(keycloakUser(acmeRealm, id).path("attributes").path("skills"))));

        patch(acme, id, """
                {"op":"remove","path":"%s:skills","value":["JAVA","scala"]}""".formatted(ACME)).expectStatus(200);
        assertEquals(List.of("kotlin"), texts(keycloakUser(acmeRealm, id).path("attributes").path("skills")));

        patch(acme, id, """
                {"op":"replace","value":{"%s:skills":["go","rust"]}}""".formatted(ACME)).expectStatus(200);
        assertEquals(Set.of("go", "rust"), Set.copyOf(texts(keycloakUser(acmeRealm, id).path("attributes").path("skills"))));
        assertEquals(Set.of("go", "rust"), Set.copyOf(texts(acme.get("Users/" + id).json().path(ACME).path("skills"))));

        patch(acme, id, """
                {"op":"remove","path":"%s:skills"}""".formatted(ACME)).expectStatus(200);
        assertTrue(keycloakUser(acmeRealm, id).path("attributes").path("skills").isMissingNode());
        assertTrue(acme.get("Users/" + id).json().path(ACME).path("skills").isMissingNode());
    }

    @Test
    void givenAFilterOnAListThenAUserMatchesOnAnyOfItsValues() {
        String tag = "t" + UUID.randomUUID().toString().substring(0, 6);
        String holder = acmeUser("[\"first\",\"" + tag + "-b\"]", "[\"java\",\"" + tag + "-s\"]");
        acmeUser("[\"" + tag + "-other\"]", "[\"" + tag + "-other\"]");

        JsonNode byBadge = acme.get("Users?filter=" + query(ACME + ":badges eq \"" + tag.toUpperCase() + "-B\""))
                .expectStatus(200).json();
        assertEquals(1, byBadge.path("totalResults").asInt(), byBadge.toString());
        assertEquals(holder, byBadge.path("Resources").get(0).path("id").asText());

        JsonNode bySkill = acme.get("Users?filter=" + query(ACME + ":skills eq \"" + tag + "-s\"")).expectStatus(200).json();
        assertEquals(1, bySkill.path("totalResults").asInt(), bySkill.toString());
        assertEquals(holder, bySkill.path("Resources").get(0).path("id").asText());
    }

    // --- attributes and excludedAttributes naming an extension (RFC 7644 §3.9) ---

    @Test
    void givenAttributesNamingTheExtensionThenOnlyItIdAndSchemasComeBack() {
        String id = acmeUser("[\"gold\"]", "[\"java\"]");
        JsonNode one = acme.get("Users/" + id + "?attributes=" + query(ACME)).expectStatus(200).json();
        JsonNode listed = acme.get("Users?filter=" + query("id eq \"" + id + "\"") + "&attributes=" + query(ACME))
                .expectStatus(200).json().path("Resources").get(0);
        for (JsonNode user : List.of(one, listed)) {
            assertEquals(Set.of("id", "schemas", ACME), fieldNames(user), user.toString());
            assertEquals(id, user.path("id").asText());
            assertEquals(Set.of("badges", "skills", "costCenter"), fieldNames(user.path(ACME)));
            assertEquals("CC-1", user.path(ACME).path("costCenter").asText());
        }
    }

    @Test
    void givenAttributesNamingOneExtensionAttributeThenOnlyThatOneComesBack() {
        String id = acmeUser("[\"gold\"]", "[\"java\"]");
        String attributes = query(ACME + ":skills,userName");
        JsonNode one = acme.get("Users/" + id + "?attributes=" + attributes).expectStatus(200).json();
        JsonNode listed = acme.get("Users?filter=" + query("id eq \"" + id + "\"") + "&attributes=" + attributes)
                .expectStatus(200).json().path("Resources").get(0);
        for (JsonNode user : List.of(one, listed)) {
            assertEquals(Set.of("id", "schemas", "userName", ACME), fieldNames(user), user.toString());
            assertEquals(Set.of("skills"), fieldNames(user.path(ACME)), user.toString());
            assertEquals(List.of("java"), texts(user.path(ACME).path("skills")));
        }
    }

    @Test
    void givenExcludedAttributesNamingTheExtensionOrOneOfItsAttributesThenTheRestComesBack() {
        String id = acmeUser("[\"gold\"]", "[\"java\"]");
        JsonNode withoutExtension = acme.get("Users/" + id + "?excludedAttributes=" + query(ACME)).expectStatus(200).json();
        JsonNode listedWithout = acme.get("Users?filter=" + query("id eq \"" + id + "\"") + "&excludedAttributes="
                + query(ACME)).expectStatus(200).json().path("Resources").get(0);
        for (JsonNode user : List.of(withoutExtension, listedWithout)) {
            assertTrue(user.path(ACME).isMissingNode(), user.toString());
            assertFalse(user.path("schemas").toString().contains(ACME), "schemas names what is there: " + user);
            assertEquals(id, user.path("id").asText());
            assertTrue(user.path("userName").isTextual() && user.path("meta").isObject(), user.toString());
        }

        JsonNode withoutBadges = acme.get("Users/" + id + "?excludedAttributes=" + query(ACME + ":badges,id"))
                .expectStatus(200).json();
        assertEquals(Set.of("skills", "costCenter"), fieldNames(withoutBadges.path(ACME)), withoutBadges.toString());
        assertEquals(id, withoutBadges.path("id").asText(), "id is returned always, even when excluded");
        assertTrue(withoutBadges.path("schemas").toString().contains(ACME), withoutBadges.toString());
    }

    // --- Okta's custom attribute lifecycle ---

    @Test
    void givenOktaThenItsCustomAttributeLivesThroughCreateListPutDeactivateAndAPutWithoutIt() {
        String userName = "okta-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        JsonNode created = okta.post("Users", """
                {"schemas":["%s","%s"],"userName":"%s","name":{"givenName":"Grace","familyName":"Hopper"},
                 "emails":[{"primary":true,"value":"%s","type":"work"}],"displayName":"Grace Hopper","active":true,
                 "%s":{"employeeCostCenter":"CC-1","region":"EMEA"}}"""
                .formatted(CORE, OKTA, userName, userName, OKTA)).expectStatus(201).json();
        String id = created.path("id").asText();
        assertEquals("CC-1", created.path(OKTA).path("employeeCostCenter").asText(), created.toString());
        assertEquals("CC-1", keycloakUser(oktaRealm, id).path("attributes").path("costCenter").get(0).asText());

        JsonNode list = okta.get("Users?filter=" + query("userName eq \"" + userName + "\"") + "&startIndex=1&count=100")
                .expectStatus(200).json();
        assertEquals(1, list.path("totalResults").asInt(), list.toString());
        assertEquals(1, list.path("startIndex").asInt());
        JsonNode listed = list.path("Resources").get(0);
        assertEquals("CC-1", listed.path(OKTA).path("employeeCostCenter").asText());
        assertEquals("EMEA", listed.path(OKTA).path("region").asText());
        assertTrue(listed.path("schemas").toString().contains(OKTA), listed.toString());

        // Okta's update: the whole user, as it has it, with the new value
        ObjectNode put = listed.deepCopy();
        put.remove("meta");
        ((ObjectNode) put.path(OKTA)).put("employeeCostCenter", "CC-2");
        JsonNode updated = okta.put("Users/" + id, put).expectStatus(200).json();
        assertEquals("CC-2", updated.path(OKTA).path("employeeCostCenter").asText());
        assertEquals("EMEA", updated.path(OKTA).path("region").asText());
        assertEquals("CC-2", keycloakUser(oktaRealm, id).path("attributes").path("costCenter").get(0).asText());

        JsonNode deactivated = patch(okta, id, """
                {"op":"replace","value":{"active":false}}""").expectStatus(200).json();
        assertFalse(deactivated.path("active").asBoolean(true), deactivated.toString());
        JsonNode native_ = keycloakUser(oktaRealm, id);
        assertFalse(native_.path("enabled").asBoolean(true));
        assertEquals("CC-2", native_.path("attributes").path("costCenter").get(0).asText(), "deactivation keeps it");
        assertEquals("EMEA", okta.get("Users/" + id).json().path(OKTA).path("region").asText());

        // A PUT replaces: Okta leaves out what its profile no longer maps, and that is cleared
        put.remove(OKTA);
        put.put("active", false);
        put.putArray("schemas").add(CORE);
        JsonNode cleared = okta.put("Users/" + id, put).expectStatus(200).json();
        assertTrue(cleared.path(OKTA).isMissingNode(), cleared.toString());
        assertFalse(cleared.path("schemas").toString().contains(OKTA), cleared.toString());
        assertTrue(keycloakUser(oktaRealm, id).path("attributes").path("costCenter").isMissingNode());
        assertTrue(okta.get("Users/" + id).json().path(OKTA).isMissingNode());
    }

    @Test
    void givenOktasCoreNamespaceThenTheConfigurationRefusesItAndOktasUserIsRefusedNamingTheAttribute() {
        HttpResult declared = admin.send("POST", ScimConfigurations.path(oktaRealm), admin.adminToken(), """
                {"name":"Okta core namespace",
                 "schemaExtensions":[{"id":"%s","attributes":[{"name":"employeeCostCenter","type":"string"}]}]}"""
                .formatted(CORE));
        assertEquals(400, declared.status(), declared.toString());
        assertTrue(declared.body().contains("schemaExtensions[0].id"), declared.body());

        // What Okta sends when its External namespace is the core one: the attribute among the core ones
        String userName = "core-" + UUID.randomUUID().toString().substring(0, 8);
        for (String key : List.of("employeeCostCenter", CORE + ":employeeCostCenter")) {
            HttpResult refused = okta.post("Users", """
                    {"schemas":["%s"],"userName":"%s","active":true,"%s":"CC-9"}""".formatted(CORE, userName, key));
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("invalidValue", refused.json().path("scimType").asText(), refused.toString());
            String detail = refused.json().path("detail").asText();
            assertTrue(detail.contains("'" + key + "'") && !detail.contains("PATCH") && !detail.contains("Operations"),
                    detail);
        }
        HttpResult unqualified = okta.post("Users", """
                {"schemas":["%s"],"userName":"%s","employeeCostCenter":"CC-9"}""".formatted(CORE, userName));
        assertTrue(unqualified.json().path("detail").asText().contains(OKTA + ":employeeCostCenter"),
                "the detail points at the declared extension: " + unqualified.body());
        assertEquals(0, okta.get("Users?filter=" + query("userName eq \"" + userName + "\"")).expectStatus(200).json()
                .path("totalResults").asInt(), "nothing was created");
    }
}
