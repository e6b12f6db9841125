package org.kcscim.scim.store.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterParser;
import org.kcscim.scim.protocol.filter.FilterValidator;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.config.AttributeMapping;
import org.kcscim.scim.store.MappedAttributes;
import org.kcscim.scim.store.MemberRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.store.query.QueryFixture.LONG_DISPLAY_NAME;
import static org.kcscim.scim.store.query.QueryFixture.OWNER;
import static org.kcscim.scim.store.query.QueryFixture.REALM;

/**
 * The queries run for real on one database, against {@link QueryFixture}: filter, count, sort and page of users
 * and groups, and group members. Each database gets a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResourceQueryContract {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:";

    QueryDatabase database;

    abstract QueryDatabase open();

    @BeforeAll
    void loadFixture() {
        database = open();
        database.inTransaction(QueryFixture::load);
    }

    @AfterAll
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    static Stream<Arguments> userFilters() {
        return Stream.of(
                arguments("userName eq \"ALICE\"", "u1"),
                arguments("userName sw \"a\"", "u1"),
                arguments("userName co \"o\"", "u2 u3"),
                arguments("userName ew \"VE\"", "u4"),
                arguments("userName gt \"bob\"", "u3 u4"),
                arguments("userName ge \"BOB\"", "u2 u3 u4"),
                arguments("userName lt \"bob\"", "u1"),
                arguments("userName le \"Bob\"", "u1 u2"),
                arguments("userName ne \"alice\"", "u2 u3 u4"),
                arguments("id eq \"u2\"", "u2"),
                arguments("id eq \"U2\"", ""),
                arguments("externalId eq \"EXT-1\"", "u1"),
                arguments("externalId eq \"ext-1\"", ""),
                // Case-exact: no database collation that ignores case may blur these (MariaDB's default does)
                arguments("id sw \"U\"", ""),
                arguments("externalId ne \"ext-1\"", "u1 u2 u3 u4"),
                arguments("externalId sw \"ext\"", "u2"),
                arguments("externalId co \"XT\"", "u1"),
                arguments("externalId ew \"T-2\"", ""),
                // Which of EXT-1 and ext-1 sorts first is the collation's, but they are never equal
                arguments("externalId lt \"ext-1\" or externalId gt \"ext-1\"", "u1 u2"),
                arguments("externalId ge \"ext-1\" and externalId le \"ext-1\"", ""),
                arguments("externalId pr", "u1 u2"),
                arguments("name.givenName eq \"alice\"", "u1"),
                arguments("name.familyName pr", "u1 u2"),
                arguments("name.familyName ne \"smith\"", "u2 u3 u4"),
                arguments("name pr", "u1 u2 u4"),
                arguments("active eq true", "u1 u3 u4"),
                arguments("active eq \"False\"", "u2"),
                arguments("active ne true", "u2"),
                arguments("title eq \"engineer\"", "u1"),
                arguments("title sw \"ENG\"", "u1"),
                arguments("title ne \"Engineer\"", "u2 u3 u4"),
                arguments("title pr", "u1 u2 u3"),
                arguments("title eq null", "u4"),
                arguments("title ne null", "u1 u2 u3"),
                arguments("title co \"%\"", "u2"),
                arguments("title co \"0% m\"", "u2"),
                arguments("title co \"_\"", "u3"),
                arguments("title sw \"a_\"", "u3"),
                arguments("title sw \"a%\"", ""),
                arguments("title ew \"_B\"", "u3"),
                arguments("nickName co \"!\"", "u4"),
                arguments("nickName eq \"A!B\"", "u4"),
                arguments("nickName sw \"a!\"", "u4"),
                arguments("displayName pr", "u3"),
                arguments("displayName eq \"" + LONG_DISPLAY_NAME + "\"", "u3"),
                arguments("displayName eq \"" + LONG_DISPLAY_NAME.toUpperCase() + "\"", "u3"),
                arguments("displayName ne \"" + LONG_DISPLAY_NAME + "\"", "u1 u2 u4"),
                arguments("emails pr", "u1 u2 u3"),
                arguments("not (emails pr)", "u4"),
                arguments("emails.value co \"example.com\"", "u1 u2 u3"),
                arguments("emails.value eq \"alice@home.org\"", "u1"),
                arguments("emails.type eq \"work\"", "u1 u3"),
                arguments("emails.primary eq true", "u1 u3"),
                arguments("emails[type eq \"work\" and value co \"example\"]", "u1"),
                arguments("emails.type eq \"work\" and emails.value co \"example\"", "u1 u3"),
                arguments("emails[type eq \"home\" and primary eq true]", "u3"),
                arguments("emails[type eq \"work\"].value ew \".net\"", "u3"),
                arguments("emails[not (type eq \"work\")]", "u1 u2 u3"),
                arguments("emails[type eq \"work\" or primary eq true]", "u1 u3"),
                arguments("emails[primary pr]", "u1 u3"),
                arguments("emails[value ew \".net\"]", "u3"),
                arguments("emails[primary ne true]", "u1 u2 u3"),
                // One sub-attribute tested alone reads that sub-attribute's rows of every entry: the second entry too
                arguments("emails.value eq \"CAROL@example.com\"", "u3"),
                arguments("emails[value sw \"carol@\"]", "u3"),
                // ...but not "eq null", which holds for an entry without the row
                arguments("emails[primary eq null]", "u1 u2 u3"),
                arguments(ENTERPRISE + "department eq \"sales\"", "u2"),
                arguments(ENTERPRISE + "department co \"&\"", "u1"),
                arguments("meta.created eq \"1970-01-01T00:00:01Z\"", "u1"),
                arguments("meta.created eq \"1970-01-01T01:00:01+01:00\"", "u1"),
                arguments("meta.created eq \"1970-01-01T00:00:01.0001Z\"", ""),
                arguments("meta.created gt \"1970-01-01T00:00:02Z\"", "u3 u4"),
                arguments("meta.created ge \"1970-01-01T00:00:02Z\"", "u2 u3 u4"),
                arguments("meta.created ge \"1970-01-01T00:00:01.9995Z\"", "u2 u3 u4"),
                arguments("meta.created lt \"1970-01-01T00:00:02.0005Z\"", "u1 u2"),
                arguments("meta.created le \"1970-01-01T00:00:01.9995Z\"", "u1"),
                arguments("meta.created gt \"1969-12-31T00:00:00Z\"", "u1 u2 u3 u4"),
                arguments("meta.lastModified gt \"1970-01-01T00:00:04Z\"", "u1"),
                arguments("meta.lastModified le \"1970-01-01T00:00:04Z\"", "u2"),
                arguments("meta.lastModified pr", "u1 u2"),
                arguments("meta.lastModified lt \"1969-01-01T00:00:00Z\"", ""),
                arguments("meta.lastModified gt \"1969-01-01T00:00:00Z\"", "u1 u2"),
                arguments("meta.lastModified lt \"3000-01-01T00:00:00Z\"", "u1 u2"),
                arguments("meta.lastModified ne \"1970-01-01T00:00:05Z\"", "u2 u3 u4"),
                arguments("meta.resourceType eq \"User\"", "u1 u2 u3 u4"),
                arguments("meta.resourceType eq \"Group\"", ""),
                arguments("meta.resourceType ne \"User\"", ""),
                arguments("meta.resourceType sw \"Us\" and userName eq \"alice\"", "u1"),
                arguments("meta.resourceType eq \"Group\" or userName eq \"alice\"", "u1"),
                arguments("not (meta.resourceType eq \"Group\") and userName eq \"dave\"", "u4"),
                arguments("meta.resourceType pr", "u1 u2 u3 u4"),
                arguments("groups pr", "u1 u2 u3"),
                arguments("not (groups pr)", "u4"),
                arguments("groups.value eq \"g1\"", "u1 u2"),
                arguments("groups[value eq \"y3\"]", "u1"),
                arguments("groups.display eq \"STAFF\"", "u3"),
                arguments("groups.value eq \"G1\"", ""),
                arguments("userName eq \"alice\" or userName eq \"dave\"", "u1 u4"),
                arguments("not (userName eq \"alice\") and active eq true", "u3 u4"),
                arguments("(title pr or nickName pr) and not (emails[type eq \"home\"])", "u4"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("userFilters")
    void givenAUserFilterThenTheDatabaseReturnsExactlyTheMatchingUsers(String filter, String expected) {
        Filter parsed = FilterValidator.validate(FilterParser.parse(filter), ResourceTypeDefinition.USER);
        Set<String> ids = database.read(em -> new TreeSet<>(new UserQuery(em, REALM, OWNER).ids(parsed, null, 0, 100)));
        long count = database.read(em -> new UserQuery(em, REALM, OWNER).count(parsed));
        assertEquals(expected(expected), ids);
        assertEquals(ids.size(), count);
    }

    static Stream<Arguments> mappedEntryFilters() {
        return Stream.of(
                arguments("phoneNumbers.value eq \"555-0100\"", "u1 u2"),
                arguments("phoneNumbers co \"0100\"", "u1 u2"),
                arguments("phoneNumbers[value sw \"555-03\"]", "u3"),
                arguments("phoneNumbers[type eq \"work\" and value eq \"555-0100\"]", "u1"),
                arguments("phoneNumbers[type eq \"home\" and value eq \"555-0100\"]", "u2"),
                arguments("phoneNumbers[type eq \"mobile\" and value eq \"555-0100\"]", ""),
                arguments("phoneNumbers[type eq \"work\" and not (value pr)]", "u4"),
                arguments("phoneNumbers[type eq \"work\" and value ne \"555-0100\"]", "u4"),
                arguments("phoneNumbers pr", "u1 u2 u3 u4"));
    }

    /**
     * Under the mapping {@code phoneNumbers[type eq "work"].value -> phone}, a work entry's value is the user's
     * {@code phone} attribute, and filters see it there.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("mappedEntryFilters")
    void givenAMappedEntryThenFiltersSeeItsValueInTheUserAttribute(String filter, String expected) {
        Filter parsed = FilterValidator.validate(FilterParser.parse(filter), ResourceTypeDefinition.USER);
        MappedAttributes mapped = new MappedAttributes(ResourceTypeDefinition.USER,
                List.of(new AttributeMapping("phoneNumbers[type eq \"work\"].value", "phone")));
        Set<String> ids = database.read(em -> new TreeSet<>(new UserQuery(em, REALM, OWNER,
                ResourceTypeDefinition.USER, mapped).ids(parsed, null, 0, 100)));
        long count = database.read(em -> new UserQuery(em, REALM, OWNER, ResourceTypeDefinition.USER, mapped)
                .count(parsed));
        assertEquals(expected(expected), ids);
        assertEquals(ids.size(), count);
    }

    @Test
    void givenNoMappingThenTheUserAttributeIsNotAnEntry() {
        Filter parsed = FilterValidator.validate(FilterParser.parse("phoneNumbers.value eq \"555-0100\""),
                ResourceTypeDefinition.USER);
        assertEquals(Set.of("u2"), database.read(em -> new TreeSet<>(new UserQuery(em, REALM, OWNER)
                .ids(parsed, null, 0, 100))));
    }

    static Stream<Arguments> groupFilters() {
        return Stream.of(
                arguments("displayName eq \"admins\"", "g1"),
                arguments("displayName sw \"S\"", "g2"),
                arguments("members[value eq \"u1\"]", "g1"),
                arguments("members[value eq \"U1\"]", ""),
                arguments("members[value sw \"U\"]", ""),
                arguments("members.value eq \"u3\"", "g2"),
                arguments("members pr", "g1 g2"),
                arguments("not (members pr)", "g3"),
                arguments("members[not (value eq \"u1\")]", "g1 g2"),
                arguments("members[value eq \"u1\" or value eq \"u3\"]", "g1 g2"),
                arguments("meta.created gt \"1970-01-01T00:00:02Z\"", "g2"),
                arguments("meta.created pr", "g1 g2"),
                arguments("meta.resourceType eq \"Group\"", "g1 g2 g3"),
                arguments("meta.resourceType eq \"User\" and displayName pr", ""),
                arguments("meta.resourceType co \"rou\" and displayName eq \"admins\"", "g1"),
                arguments("externalId eq \"G-1\"", "g1"),
                arguments("externalId eq \"g-1\"", "g2"),
                arguments("externalId sw \"G\"", "g1"),
                arguments("externalId ge \"g-1\" and externalId le \"g-1\"", "g2"),
                arguments("id eq \"y1\" or id eq \"y2\" or id eq \"y3\"", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("groupFilters")
    void givenAGroupFilterThenTheDatabaseReturnsExactlyTheMatchingGroups(String filter, String expected) {
        Filter parsed = FilterValidator.validate(FilterParser.parse(filter), ResourceTypeDefinition.GROUP);
        Set<String> ids = database.read(em -> new TreeSet<>(new GroupQuery(em, REALM, OWNER).ids(parsed, null, 0, 100)));
        long count = database.read(em -> new GroupQuery(em, REALM, OWNER).count(parsed));
        assertEquals(expected(expected), ids);
        assertEquals(ids.size(), count);
    }

    @Test
    void givenNoFilterThenOnlyTheConfigurationsUsersAndTopLevelRealmGroupsCount() {
        assertEquals(4L, (long) database.read(em -> new UserQuery(em, REALM, OWNER).count(null)));
        assertEquals(3L, (long) database.read(em -> new GroupQuery(em, REALM, OWNER).count(null)));
        assertEquals(0L, (long) database.read(em -> new UserQuery(em, REALM, "nobody").count(null)));
    }

    static Stream<Arguments> userOrders() {
        return Stream.of(
                arguments(null, false, "u1 u2 u3 u4"),
                arguments("userName", true, "u4 u3 u2 u1"),
                arguments("name.familyName", false, "u2 u1 u3 u4"),
                arguments("name.familyName", true, "u3 u4 u1 u2"),
                arguments("title", false, "u2 u3 u1 u4"),
                arguments("emails", false, "u1 u2 u3 u4"),
                arguments("emails.value", true, "u4 u3 u2 u1"),
                arguments("meta.lastModified", true, "u3 u4 u1 u2"),
                arguments("meta.created", true, "u4 u3 u2 u1"),
                arguments("active", false, "u2 u1 u3 u4"),
                arguments("externalId", false, "u1 u2 u3 u4"),
                arguments(ENTERPRISE + "department", false, "u1 u2 u3 u4"));
    }

    @ParameterizedTest(name = "[{index}] {0} descending={1}")
    @MethodSource("userOrders")
    void givenASortThenUsersComeInThatOrderWithAbsentValuesLastWhenAscending(String sortBy, boolean descending,
                                                                             String expected) {
        SortRequest sort = sortBy == null ? null : new SortRequest(path(sortBy), descending);
        List<String> ids = database.read(em -> new UserQuery(em, REALM, OWNER).ids(null, sort, 0, 100));
        assertEquals(List.of(expected.split(" ")), ids);
    }

    @Test
    void givenPagesThenTheyTileTheSortedList() {
        SortRequest sort = SortRequest.ascending(AttributePath.of("name", "familyName"));
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 4; offset += 3) {
            int from = offset;
            pages.addAll(database.read(em -> new UserQuery(em, REALM, OWNER).ids(null, sort, from, 3)));
        }
        assertEquals(List.of("u2", "u1", "u3", "u4"), pages);
        Filter active = FilterParser.parse("active eq true");
        assertEquals(List.of("u3"), database.read(em -> new UserQuery(em, REALM, OWNER).ids(active, null, 1, 1)));
        assertEquals(List.of(), database.read(em -> new UserQuery(em, REALM, OWNER).ids(active, null, 0, 0)));
    }

    @Test
    void givenAGroupSortThenGroupsComeInThatOrder() {
        assertEquals(List.of("g1", "g3", "g2"), database.read(em -> new GroupQuery(em, REALM, OWNER)
                .ids(null, SortRequest.ascending(AttributePath.of("displayName")), 0, 10)));
        assertEquals(List.of("g1", "g2", "g3"), database.read(em -> new GroupQuery(em, REALM, OWNER)
                .ids(null, SortRequest.ascending(AttributePath.of("meta", "created")), 0, 10)));
        assertEquals(List.of("g3", "g2", "g1"), database.read(em -> new GroupQuery(em, REALM, OWNER)
                .ids(null, SortRequest.descending(AttributePath.of("meta", "created")), 0, 10)));
        assertEquals(List.of("g1", "g2", "g3"), database.read(em -> new GroupQuery(em, REALM, OWNER)
                .ids(null, null, 0, 10)));
    }

    @Test
    void givenASortByACaseExactAttributeThenValuesThatDifferOnlyInCaseAreNotTies() {
        // G-1 (g1) and g-1 (g2): which comes first is the collation's, but descending must reverse it, which a tie
        // broken by id would not; g3 has none
        AttributePath externalId = AttributePath.of("externalId");
        List<String> ascending = database.read(em -> new GroupQuery(em, REALM, OWNER)
                .ids(null, SortRequest.ascending(externalId), 0, 10));
        List<String> descending = database.read(em -> new GroupQuery(em, REALM, OWNER)
                .ids(null, SortRequest.descending(externalId), 0, 10));
        assertEquals("g3", ascending.get(2));
        assertEquals(List.of("g3", ascending.get(1), ascending.get(0)), descending);
    }

    @Test
    void givenAFilterOnAnAttributeThatCannotBeFilteredThenInvalidFilter() {
        for (String filter : List.of("meta.version eq \"W/\\\"1\\\"\"", "meta.location eq \"x\"",
                "groups[type eq \"direct\"]")) {
            Filter parsed = FilterValidator.validate(FilterParser.parse(filter), ResourceTypeDefinition.USER);
            ScimException error = assertThrows(ScimException.class,
                    () -> database.read(em -> new UserQuery(em, REALM, OWNER).count(parsed)), filter);
            assertEquals(ScimType.INVALID_FILTER, error.scimType(), filter);
        }
        Filter display = FilterValidator.validate(FilterParser.parse("members.display eq \"x\""),
                ResourceTypeDefinition.GROUP);
        ScimException error = assertThrows(ScimException.class,
                () -> database.read(em -> new GroupQuery(em, REALM, OWNER).ids(display, null, 0, 10)));
        assertEquals(ScimType.INVALID_FILTER, error.scimType());
    }

    @Test
    void givenAGroupThenItsMembersComeFromOneQuery() {
        List<GroupMemberQuery.Member> members = database.read(em -> new GroupMemberQuery(em).members("g1"));
        assertEquals(List.of(new GroupMemberQuery.Member("u1", "alice", "Alice", "Smith"),
                new GroupMemberQuery.Member("u2", "bob", "Bob", "Jones")), members);
        assertEquals(List.of(new MemberRef("u3", "carol")), database.read(em -> new GroupMemberQuery(em).of("g2")));
        assertEquals(List.of(), database.read(em -> new GroupMemberQuery(em).of("g3")));
    }

    @Test
    void givenIdsToKeepThenTheOtherMembersAreTheOnesToRemove() {
        assertEquals(List.of("u2"), database.read(em -> new GroupMemberQuery(em).idsNotIn("g1", List.of("u1", "u9"))));
        assertEquals(List.of("u1", "u2"), database.read(em -> new GroupMemberQuery(em).idsNotIn("g1", Set.of())));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            many.add("k" + i);
        }
        many.add("u2");
        assertEquals(List.of("u1"), database.read(em -> new GroupMemberQuery(em).idsNotIn("g1", many)));
        for (int i = 1200; i < GroupMemberQuery.MAX_KEEP_PARAMETERS + 1; i++) {
            many.add("k" + i);
        }
        assertEquals(List.of("u1"), database.read(em -> new GroupMemberQuery(em).idsNotIn("g1", many)));
    }

    private static Set<String> expected(String ids) {
        return ids.isEmpty() ? Set.of() : new TreeSet<>(List.of(ids.split(" ")));
    }

    private static AttributePath path(String text) {
        int colon = text.lastIndexOf(':');
        String urn = colon < 0 ? null : text.substring(0, colon);
        String rest = text.substring(colon + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? new AttributePath(urn, rest, null)
                : new AttributePath(urn, rest.substring(0, dot), rest.substring(dot + 1));
    }
}
