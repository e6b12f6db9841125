package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.*;

/** Filters, sorting and paging of /Users, all computed by the database (H2 and PostgreSQL runs). */
@ExtendWith(KeycloakServerExtension.class)
class UserQueriesIT {

    private static ScimClient scim;

    @BeforeAll
    static void seed(AdminClient admin) {
        scim = ScimClient.inNewRealm(admin, "queries");
        user("alice", "Alice", "Archer", "Engineer", true, "2020", "alice@work.example", "work", "alice@home.example", "home");
        user("bob", "Bob", "Baker", "Engineering Manager", true, "1999", "bob@work.example", "work", null, null);
        user("carol", "Carol", "Cooper", "Designer", false, "2021", "carol@home.example", "home", null, null);
        user("dave_x", "Dave", "Dane", "50% Engineer", true, null, "dave@work.example", "work", "dave@other.example", "other");
        user("Eve.Mixed", "Ève", "Éclair", null, true, "2022", null, null, null, null);
    }

    private static void user(String userName, String given, String family, String title, boolean active,
                             String employeeNumber, String email1, String type1, String email2, String type2) {
        StringBuilder emails = new StringBuilder();
        if (email1 != null) {
            emails.append("{\"value\":\"").append(email1).append("\",\"type\":\"").append(type1).append("\",\"primary\":true}");
        }
        if (email2 != null) {
            emails.append(",{\"value\":\"").append(email2).append("\",\"type\":\"").append(type2).append("\"}");
        }
        String body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName + "\""
                + ",\"externalId\":\"EXT-" + userName + "\""
                + ",\"name\":{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\"}"
                + (title == null ? "" : ",\"title\":\"" + title + "\"")
                + ",\"active\":" + active
                + ",\"emails\":[" + emails + "]"
                + (employeeNumber == null ? "" : ",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
                + "{\"employeeNumber\":\"" + employeeNumber + "\"}")
                + "}";
        scim.create("Users", body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "userName eq \"alice\"|alice",
            "USERNAME EQ \"ALICE\"|alice",
            "userName ne \"alice\"|bob carol dave_x eve.mixed",
            "userName sw \"a\"|alice",
            "userName ew \"e\"|alice",
            "userName co \"_\"|dave_x",
            "userName co \".\"|eve.mixed",
            "title co \"%\"|dave_x",
            "title co \"engineer\"|alice bob dave_x",
            "title sw \"Engineer\"|alice bob",
            "title pr|alice bob carol dave_x",
            "not (title pr)|eve.mixed",
            "name.givenName eq \"ève\"|eve.mixed",
            "name.familyName gt \"Cooper\"|dave_x eve.mixed",
            "name.familyName le \"Baker\"|alice bob",
            "active eq false|carol",
            "active eq true and title co \"Engineer\"|alice bob dave_x",
            "title eq \"Designer\" or userName eq \"bob\"|bob carol",
            "(title eq \"Designer\" or userName eq \"bob\") and active eq true|bob",
            "externalId eq \"EXT-alice\"|alice",
            "externalId eq \"ext-alice\"|",
            "emails.value eq \"alice@home.example\"|alice",
            "emails co \"work.example\"|alice bob dave_x",
            "emails[type eq \"work\"]|alice bob dave_x",
            "emails[type eq \"home\" and value sw \"alice\"]|alice",
            "emails[type eq \"home\" and value sw \"carol\"]|carol",
            "emails[type eq \"work\" and value sw \"carol\"]|",
            "emails[type eq \"work\"].value eq \"bob@work.example\"|bob",
            "emails[not (type eq \"work\")]|alice carol dave_x",
            "emails pr|alice bob carol dave_x",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"2020\"|alice",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber gt \"2000\"|alice carol eve.mixed",
            "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"bob\"|bob",
            "meta.created gt \"2000-01-01T00:00:00Z\"|alice bob carol dave_x eve.mixed",
            "meta.lastModified lt \"2000-01-01T00:00:00Z\"|",
            "id eq \"00000000-0000-0000-0000-000000000000\"|",
    })
    void filtersSelectExactlyTheMatchingUsers(String filter, String expected) {
        JsonNode list = scim.get("Users?count=1000&filter=" + encode(filter)).expectStatus(200).json();
        Set<String> names = new TreeSet<>();
        list.path("Resources").forEach(user -> names.add(user.path("userName").asText().toLowerCase()));
        Set<String> wanted = expected == null ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
        assertEquals(wanted, names, filter);
        assertEquals(wanted.size(), list.path("totalResults").asInt(), filter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "password eq \"x\"",
            "nosuch eq \"x\"",
            "name.nosuch eq \"x\"",
            "employeeNumber eq \"x\"",
            "userName eq",
            "userName xx \"a\"",
            "(userName eq \"a\"",
            "active eq \"perhaps\"",
            "meta.version eq \"x\"",
    })
    void unfilterableOrMalformedFiltersAre400InvalidFilter(String filter) {
        HttpResult result = scim.get("Users?filter=" + encode(filter)).expectStatus(400);
        assertEquals("invalidFilter", result.json().path("scimType").asText(), result.toString());
    }

    @Test
    void sortingIsByTheAttributeAndStable() {
        assertEquals(List.of("alice", "bob", "carol", "dave_x", "eve.mixed"), userNames("Users?sortBy=userName"));
        assertEquals(List.of("eve.mixed", "dave_x", "carol", "bob", "alice"),
                userNames("Users?sortBy=userName&sortOrder=descending"));
        assertEquals(List.of("alice", "bob", "carol", "dave_x", "eve.mixed"), userNames("Users?sortBy=name.familyName"));
        List<String> byTitle = userNames("Users?sortBy=title");
        assertEquals(5, byTitle.size());
        assertEquals(byTitle, userNames("Users?sortBy=title"), "the same order every time");
        assertEquals(400, scim.get("Users?sortBy=emails.type").status());
        assertEquals(400, scim.get("Users?sortOrder=sideways").status());
    }

    @Test
    void searchByPostMatchesGet() {
        JsonNode viaPost = scim.post("Users/.search", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"title co \\"engineer\\"","sortBy":"userName","startIndex":2,"count":1,
                 "attributes":["userName"]}""").expectStatus(200).json();
        assertEquals(3, viaPost.path("totalResults").asInt());
        assertEquals(2, viaPost.path("startIndex").asInt());
        assertEquals(1, viaPost.path("Resources").size());
        JsonNode only = viaPost.path("Resources").get(0);
        assertEquals("bob", only.path("userName").asText());
        assertFalse(only.has("title"), "attributes selects what is returned: " + only);
        assertTrue(only.has("id"));
    }

    @Test
    void attributesAndExcludedAttributesShapeTheResponse() {
        JsonNode alice = scim.get("Users?filter=" + encode("userName eq \"alice\"")
                + "&excludedAttributes=emails,name.familyName").json().path("Resources").get(0);
        assertFalse(alice.has("emails"));
        assertTrue(alice.path("name").has("givenName"));
        assertFalse(alice.path("name").has("familyName"));
        JsonNode selected = scim.get("Users?filter=" + encode("userName eq \"alice\"")
                + "&attributes=emails.value,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber")
                .json().path("Resources").get(0);
        assertFalse(selected.has("userName"));
        assertEquals("alice@work.example", selected.at("/emails/0/value").asText());
        assertFalse(selected.at("/emails/0").has("type"));
        assertEquals("2020", selected.at("/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/employeeNumber").asText());
    }

    @Test
    void pagingCountsFromOneAndReportsTheTotal() {
        JsonNode page = scim.get("Users?sortBy=userName&startIndex=2&count=2").json();
        assertEquals(5, page.path("totalResults").asInt());
        assertEquals(2, page.path("itemsPerPage").asInt());
        assertEquals(2, page.path("startIndex").asInt());
        assertEquals(List.of("bob", "carol"), names(page));
        assertEquals(0, scim.get("Users?count=0").json().path("Resources").size());
        assertEquals(5, scim.get("Users?count=0").json().path("totalResults").asInt());
        assertEquals(List.of(), names(scim.get("Users?startIndex=99").json()));
        assertEquals(5, names(scim.get("Users?startIndex=0&count=10").json()).size(), "startIndex below 1 counts as 1");
    }

    private static List<String> userNames(String query) {
        return names(scim.get(query).expectStatus(200).json());
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("Resources").forEach(user -> names.add(user.path("userName").asText().toLowerCase()));
        return names;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
