package org.kcscim.scim.store.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AttributeTargetsTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    static Stream<Arguments> userTargets() {
        return Stream.of(
                arguments(AttributePath.of("id"), new Target.Column("id", Target.Kind.TEXT, true, false)),
                arguments(AttributePath.of("USERNAME"), new Target.Column("username", Target.Kind.TEXT, false, true)),
                arguments(AttributePath.of("name", "givenName"), new Target.Column("firstName", Target.Kind.TEXT, false, false)),
                arguments(AttributePath.of("name", "familyName"), new Target.Column("lastName", Target.Kind.TEXT, false, false)),
                arguments(AttributePath.of("name", "middleName"), new Target.Stored("kcscim.name.middleName", Target.Kind.TEXT, false)),
                arguments(AttributePath.of("active"), new Target.Column("enabled", Target.Kind.BOOLEAN, true, false)),
                arguments(AttributePath.of("externalId"), new Target.Stored("kcscim.externalId", Target.Kind.TEXT, true)),
                arguments(AttributePath.of("title"), new Target.Stored("kcscim.title", Target.Kind.TEXT, false)),
                arguments(AttributePath.of("meta", "created"), new Target.Column("createdTimestamp", Target.Kind.EPOCH_MILLIS, true, false)),
                arguments(AttributePath.of("meta", "lastModified"), new Target.Stored("kcscim.lastModified", Target.Kind.STORED_MILLIS, true)),
                arguments(new AttributePath(ENTERPRISE, "department", null), new Target.Stored("kcscim.enterprise.department", Target.Kind.TEXT, false)),
                arguments(new AttributePath(ENTERPRISE, "manager", "value"), new Target.Stored("kcscim.enterprise.manager.value", Target.Kind.TEXT, false)),
                arguments(AttributePath.of("groups", "value"), new Target.Membership(Target.Side.GROUPS)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("userTargets")
    void givenAUserAttributeThenItsValuesAreWhereTheStoreKeepsThem(AttributePath path, Target expected) {
        assertEquals(Optional.of(expected), UserTargets.INSTANCE.of(resolveUser(path)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"emails", "emails.type", "phoneNumbers.value", "addresses.postalCode"})
    void givenAMultiValuedComplexUserAttributeThenItsEntriesHangOffAnAnchor(String text) {
        Target target = UserTargets.INSTANCE.of(resolveUser(parse(text))).orElseThrow();
        String name = parse(text).name();
        assertEquals(new Target.Entries(resolveUser(AttributePath.of(name)).attribute(), "kcscim." + name + ".#",
                "kcscim." + name + "."), target);
    }

    @Test
    void givenMetaResourceTypeThenItIsTheTypesNameForEveryResource() {
        assertEquals(Optional.of(new Target.Constant("User", true)),
                UserTargets.INSTANCE.of(resolveUser(parse("meta.resourceType"))));
        assertEquals(Optional.of(new Target.Constant("Group", true)), GroupTargets.INSTANCE.of(
                GroupTargets.INSTANCE.type().resolve(parse("meta.resourceType")).orElseThrow()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"meta.version", "meta.location"})
    void givenAComputedAttributeThenItCannotBeFiltered(String text) {
        assertEquals(Optional.empty(), UserTargets.INSTANCE.of(resolveUser(parse(text))));
        assertEquals(Optional.empty(), GroupTargets.INSTANCE.of(
                GroupTargets.INSTANCE.type().resolve(parse(text)).orElseThrow()));
    }

    static Stream<Arguments> groupTargets() {
        return Stream.of(
                arguments("displayName", new Target.Column("name", Target.Kind.TEXT, false, false)),
                arguments("meta.created", new Target.Stored("kcscim.created", Target.Kind.STORED_MILLIS, true)),
                arguments("meta.lastModified", new Target.Stored("kcscim.lastModified", Target.Kind.STORED_MILLIS, true)),
                arguments("externalId", new Target.Stored("kcscim.externalId", Target.Kind.TEXT, true)),
                arguments("members", new Target.Membership(Target.Side.MEMBERS)),
                arguments("members.value", new Target.Membership(Target.Side.MEMBERS)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("groupTargets")
    void givenAGroupAttributeThenItsValuesAreWhereTheStoreKeepsThem(String text, Target expected) {
        assertEquals(Optional.of(expected),
                GroupTargets.INSTANCE.of(GroupTargets.INSTANCE.type().resolve(parse(text)).orElseThrow()));
    }

    @org.junit.jupiter.api.Test
    void givenNameThenItIsPresentWhenAnyOfItsPartsIs() {
        Target.AnyOf name = (Target.AnyOf) UserTargets.INSTANCE.of(resolveUser(AttributePath.of("name"))).orElseThrow();
        assertEquals(6, name.parts().size());
        assertTrue(name.parts().contains(new Target.Column("firstName", Target.Kind.TEXT, false, false)));
        assertTrue(name.parts().contains(new Target.Stored("kcscim.name.formatted", Target.Kind.TEXT, false)));
    }

    static Stream<Arguments> sortable() {
        return Stream.of(
                arguments("userName", new Target.Column("username", Target.Kind.TEXT, false, true)),
                arguments("emails", new Target.Column("email", Target.Kind.TEXT, false, true)),
                arguments("emails.value", new Target.Column("email", Target.Kind.TEXT, false, true)),
                arguments("name.familyName", new Target.Column("lastName", Target.Kind.TEXT, false, false)),
                arguments("meta.created", new Target.Column("createdTimestamp", Target.Kind.EPOCH_MILLIS, true, false)),
                arguments("title", new Target.Stored("kcscim.title", Target.Kind.TEXT, false)),
                arguments(ENTERPRISE + ":manager.value", new Target.Stored("kcscim.enterprise.manager.value", Target.Kind.TEXT, false)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sortable")
    void givenASingularAttributeOrEmailsThenUsersSortByIt(String text, Target expected) {
        assertEquals(expected, SortOrders.sortTarget(UserTargets.INSTANCE, SortRequest.ascending(parse(text))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"emails.type", "phoneNumbers", "phoneNumbers.value", "groups", "groups.value", "name",
            "meta", "meta.version", "password", "noSuchAttribute", "name.noSuchPart",
            "urn:example:unknown:schema:title"})
    void givenAnAttributeThatCannotOrderUsersThenInvalidValue(String text) {
        ScimException error = assertThrows(ScimException.class,
                () -> SortOrders.sortTarget(UserTargets.INSTANCE, SortRequest.ascending(parse(text))));
        assertEquals(400, error.status());
        assertEquals(ScimType.INVALID_VALUE, error.scimType());
        assertTrue(error.detail().startsWith("Cannot sort by '"), error.detail());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"members", "members.value", "userName"})
    void givenAnAttributeThatCannotOrderGroupsThenInvalidValue(String text) {
        ScimException error = assertThrows(ScimException.class,
                () -> SortOrders.sortTarget(GroupTargets.INSTANCE, SortRequest.ascending(parse(text))));
        assertEquals(ScimType.INVALID_VALUE, error.scimType());
    }

    private static ResolvedAttribute resolveUser(AttributePath path) {
        return UserTargets.INSTANCE.type().resolve(path).orElseThrow();
    }

    /** {@code [urn:]name[.sub]}, the URN being everything up to the last colon. */
    private static AttributePath parse(String text) {
        int colon = text.lastIndexOf(':');
        String urn = colon < 0 ? null : text.substring(0, colon);
        List<String> parts = List.of(text.substring(colon + 1).split("\\.", 2));
        return new AttributePath(urn, parts.get(0), parts.size() > 1 ? parts.get(1) : null);
    }
}
