package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.resource.ResourceReader;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.scim.protocol.patch.PatchFixtures.*;

/**
 * Properties of PATCH (RFC 7644 §3.5.2) and of POST/PUT bodies, which are read by the same engine, over generated
 * operations and values of every JSON shape: nothing but a 400 {@link ScimException} with a scimType of
 * RFC 7644 §3.12 escapes; a NUL or unpaired surrogate anywhere is {@code invalidValue}; what is accepted keeps its
 * required attributes, has no empty multi-valued attribute and at most one primary value per attribute; the input
 * is never modified; and replaying accepted replaces, or reading a read resource again, changes nothing.
 */
class PatchEnginePropertiesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<ScimType> PATCH_ERRORS = Set.of(ScimType.INVALID_SYNTAX, ScimType.INVALID_PATH,
            ScimType.INVALID_VALUE, ScimType.NO_TARGET, ScimType.MUTABILITY, ScimType.INVALID_FILTER);
    private static final List<String> USER_PATHS = List.of("id", "meta", "meta.created", "userName", "active",
            "password", "name", "name.givenName", "displayName", "profileUrl", "emails", "emails.value", "emails.primary",
            "emails[type eq \"work\"]", "emails[type eq \"work\"].value", "emails[primary eq true].primary",
            "emails[value co \"@\" or not (type pr)].display", "phoneNumbers", "phoneNumbers[type eq \"mobile\"].value",
            "addresses[not (type eq \"home\")].postalCode", "addresses", "photos", "photos.value", "x509Certificates",
            "roles", "groups", "groups[value pr]", ENTERPRISE, ENTERPRISE + ":manager", ENTERPRISE + ":manager.value",
            ENTERPRISE + ":manager.displayName", ENTERPRISE + ":department", "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:core:2.0:User:userName", "USERNAME", "Emails[Type EQ \"work\"].Value",
            "nickname2", "emails[type eq", "members");
    private static final List<String> GROUP_PATHS = List.of("id", "meta", "displayName", "externalId", "members",
            "members.value", "members[value eq \"a1\"]", "members[value eq \"a1\" or value eq \"b2\"]",
            "members[display eq \"x\"]", "members[value eq \"a1\"].display", "Members", "DISPLAYNAME",
            "urn:ietf:params:scim:schemas:core:2.0:Group:displayName", "userName", "members[");
    private static final List<String> KEYS = List.of("value", "type", "primary", "display", "$ref", "givenName",
            "familyName", "userName", "displayName", "emails", "members", "name", "active", "id", "meta", "schemas",
            "manager", "department", "name.givenName", "emails[type eq \"work\"].value", ENTERPRISE, "Value", "TYPE",
            "nickName", "addresses", "phoneNumbers", "streetAddress", "x");

    // ----- PATCH: only 400s escape, and what is accepted is sound

    @Property
    void aUserPatchAppliesOrIsA400(@ForAll("userPatches") ObjectNode body) {
        appliesOrRefused(BJENSEN_ENTERPRISE_WITH_LISTS, body, ResourceTypeDefinition.USER);
    }

    @Property
    void aGroupPatchAppliesOrIsA400(@ForAll("groupPatches") ObjectNode body) {
        appliesOrRefused(TOUR_GUIDES, body, ResourceTypeDefinition.GROUP);
    }

    @Property
    void aRequiredAttributeEmptiedByPatchIsInvalidValue(@ForAll("emptyings") Tuple.Tuple2<String, JsonNode> emptying,
                                                        @ForAll boolean group, @ForAll boolean withPath) {
        ResourceTypeDefinition type = group ? ResourceTypeDefinition.GROUP : ResourceTypeDefinition.USER;
        String name = group ? "displayName" : "userName";
        ObjectNode operation = JSON.objectNode().put("op", emptying.get1());
        if (emptying.get1().equalsIgnoreCase("remove")) {
            operation.put("path", name);
        } else if (withPath) {
            operation.put("path", name).set("value", emptying.get2());
        } else {
            operation.set("value", JSON.objectNode().set(name, emptying.get2()));
        }
        ObjectNode body = patchBody(List.of(operation));
        ScimException error = assertThrows(ScimException.class,
                () -> patch(group ? TOUR_GUIDES : BJENSEN, body, type), body::toString);
        assertEquals(400, error.status());
        assertEquals(ScimType.INVALID_VALUE, error.scimType(), error.detail());
    }

    @Property
    void aForbiddenCharacterAnywhereInAPatchIsInvalidValue(@ForAll("userPatches") ObjectNode body,
                                                           @ForAll("forbidden") String bad, @ForAll boolean inKey) {
        ObjectNode poisoned = body.deepCopy();
        ArrayNode operations = (ArrayNode) poisoned.get("Operations");
        ObjectNode last = JSON.objectNode();
        if (inKey) {
            last.put("op", "add").set("value", JSON.objectNode().put("nick" + bad + "Name", "x"));
        } else {
            last.put("op", "add").put("path", "nickName").put("value", "Ba" + bad + "bs");
        }
        operations.add(last);
        ScimException error = assertThrows(ScimException.class,
                () -> patch(BJENSEN, poisoned, ResourceTypeDefinition.USER));
        assertEquals(ScimType.INVALID_VALUE, error.scimType(), error.detail());
    }

    @Property
    void acceptedReplacesReplayedChangeNothing(@ForAll("userReplaces") ObjectNode body) {
        PatchResult once;
        try {
            once = patch(BJENSEN_ENTERPRISE_WITH_LISTS, body, ResourceTypeDefinition.USER);
        } catch (ScimException refused) {
            return;
        }
        PatchResult twice = PatchEngine.apply(once.resource(), PatchRequest.parse(body, ResourceTypeDefinition.USER),
                ResourceTypeDefinition.USER);
        assertEquals(once.resource(), twice.resource(), body::toString);
    }

    // ----- POST/PUT bodies

    @Property
    void aUserBodyIsReadOrIsA400(@ForAll("userBodies") ObjectNode body) {
        readOrRefused(body, ResourceTypeDefinition.USER);
    }

    @Property
    void aGroupBodyIsReadOrIsA400(@ForAll("groupBodies") ObjectNode body) {
        readOrRefused(body, ResourceTypeDefinition.GROUP);
    }

    @Property
    void aWrongTypeForAComplexOrMultiValuedAttributeIsInvalidValue(@ForAll("complexOrMultiValued") String name,
                                                                   @ForAll("scalars") JsonNode scalar) {
        ObjectNode body = JSON.objectNode().put("userName", "bjensen");
        body.set(name, scalar);
        assertBodyRefused(body, ResourceTypeDefinition.USER, ScimType.INVALID_VALUE);
        body.set(name, JSON.arrayNode().add(scalar));
        if (!name.equals("name")) {
            // ["x"] for the complex name is one value in an array, refused as well; for lists, a scalar entry.
            assertBodyRefused(body, ResourceTypeDefinition.USER, ScimType.INVALID_VALUE);
        }
        ObjectNode group = JSON.objectNode().put("displayName", "Tour Guides");
        group.set("members", scalar);
        assertBodyRefused(group, ResourceTypeDefinition.GROUP, ScimType.INVALID_VALUE);
        group.set("members", JSON.objectNode());
        assertBodyRefused(group, ResourceTypeDefinition.GROUP, ScimType.INVALID_VALUE);
    }

    @Property
    void aSimpleAttributeGivenAContainerIsInvalidValue(@ForAll("simpleAttributes") String name, @ForAll boolean array) {
        ObjectNode body = JSON.objectNode().put("userName", "bjensen");
        body.set(name, array ? JSON.arrayNode().add("x") : JSON.objectNode().put("value", "x"));
        assertBodyRefused(body, ResourceTypeDefinition.USER, ScimType.INVALID_VALUE);
    }

    @Property
    void aReadResourceReadsAgainToItself(@ForAll("userBodies") ObjectNode body) {
        ResourceReader.Read read;
        try {
            read = ResourceReader.read(body, ResourceTypeDefinition.USER);
        } catch (ScimException refused) {
            return;
        }
        assertEquals(read.resource(), ResourceReader.read(read.resource(), ResourceTypeDefinition.USER).resource());
    }

    // ----- generators

    @Provide
    Arbitrary<ObjectNode> userPatches() {
        return patches(USER_PATHS, Arbitraries.of("add", "replace", "remove", "Add", "REPLACE", "Remove", "update"));
    }

    @Provide
    Arbitrary<ObjectNode> userReplaces() {
        return patches(USER_PATHS.stream().filter(path -> !path.contains("[")).toList(), Arbitraries.of("replace"));
    }

    @Provide
    Arbitrary<ObjectNode> groupPatches() {
        return patches(GROUP_PATHS, Arbitraries.of("add", "replace", "remove", "Remove"));
    }

    @Provide
    Arbitrary<ObjectNode> userBodies() {
        return bodies(ResourceTypeDefinition.USER);
    }

    @Provide
    Arbitrary<ObjectNode> groupBodies() {
        return bodies(ResourceTypeDefinition.GROUP);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, JsonNode>> emptyings() {
        return Combinators.combine(Arbitraries.of("replace", "add", "Replace", "remove"),
                Arbitraries.of(TextNode.valueOf(""), TextNode.valueOf("   "), TextNode.valueOf("\t\n"),
                        NullNode.getInstance())).as(Tuple::of);
    }

    @Provide
    Arbitrary<String> forbidden() {
        return Arbitraries.of("\u0000", "\ud800", "\udbff", "\udc00", "\udfff");
    }

    @Provide
    Arbitrary<String> complexOrMultiValued() {
        return Arbitraries.of("name", "emails", "phoneNumbers", "ims", "photos", "addresses", "entitlements", "roles",
                "x509Certificates");
    }

    @Provide
    Arbitrary<String> simpleAttributes() {
        return Arbitraries.of("userName", "displayName", "nickName", "profileUrl", "title", "active", "locale",
                "externalId", "password");
    }

    @Provide
    Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.of("x", "", "True", "work", "a@example.com").map(TextNode::valueOf),
                Arbitraries.integers().map(IntNode::valueOf),
                Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE));
    }

    /** Values that fit the paths they are paired with, so that generated PATCHes are accepted as often as not. */
    private static final Map<String, List<String>> FITTING = Map.ofEntries(
            Map.entry("userName", List.of("\"bjensen\"", "\"b@example.com\"")),
            Map.entry("displayName", List.of("\"Babs\"", "\"Tour Leads\"")),
            Map.entry("active", List.of("false", "\"True\"", "\"false\"")),
            Map.entry("name", List.of("{\"givenName\": \"Barb\"}", "{\"familyName\": null}")),
            Map.entry("name.givenName", List.of("\"Barb\"", "null")),
            Map.entry("emails", List.of("[{\"value\": \"c@example.com\", \"type\": \"work\", \"primary\": true}]",
                    "{\"value\": \"d@example.com\", \"primary\": \"True\"}", "[]")),
            Map.entry("emails.primary", List.of("false", "true")),
            Map.entry("emails[type eq \"work\"]", List.of("{\"value\": \"e@example.com\", \"primary\": true}")),
            Map.entry("emails[type eq \"work\"].value", List.of("\"f@example.com\"")),
            Map.entry("emails[primary eq true].primary", List.of("false")),
            Map.entry("phoneNumbers", List.of("[{\"value\": \"555\", \"type\": \"work\"}]", "[]")),
            Map.entry("phoneNumbers[type eq \"mobile\"].value", List.of("\"555-1234\"")),
            Map.entry("addresses", List.of("[{\"locality\": \"Hollywood\", \"primary\": true}]")),
            Map.entry("photos", List.of("[{\"value\": \"https://example.com/p.png\", \"type\": \"photo\"}]")),
            Map.entry("roles", List.of("[{\"value\": \"admin\"}]", "[]")),
            Map.entry(ENTERPRISE + ":manager", List.of("\"26118915\"", "{\"value\": \"42\"}")),
            Map.entry(ENTERPRISE + ":manager.value", List.of("\"42\"")),
            Map.entry(ENTERPRISE + ":department", List.of("\"Sales\"", "null")),
            Map.entry(ENTERPRISE, List.of("{\"department\": \"Sales\"}")),
            Map.entry("members", List.of("[{\"value\": \"a1\"}, {\"value\": \"b2\", \"type\": \"User\"}]",
                    "{\"value\": \"a1\"}", "[]")),
            Map.entry("externalId", List.of("\"ext-1\"")));

    private static Arbitrary<ObjectNode> patches(List<String> paths, Arbitrary<String> ops) {
        Arbitrary<ObjectNode> fitting = Combinators.combine(ops, Arbitraries.of(paths.stream()
                        .filter(FITTING::containsKey).toList()).flatMap(path -> Arbitraries.of(FITTING.get(path))
                        .map(value -> Tuple.of(path, json(value)))), Arbitraries.integers().between(0, 9))
                .as((op, pathAndValue, dice) -> {
                    ObjectNode node = JSON.objectNode().put("op", op);
                    // With a path mostly, else as a member of a path-less value (not for sub-attribute paths).
                    if (op.equalsIgnoreCase("remove") || pathAndValue.get1().contains(".") || dice < 7) {
                        node.put("path", pathAndValue.get1()).set("value", pathAndValue.get2());
                    } else {
                        node.set("value", JSON.objectNode().set(pathAndValue.get1(), pathAndValue.get2()));
                    }
                    return node;
                });
        Arbitrary<ObjectNode> any = Combinators.combine(ops, Arbitraries.of(paths).injectNull(0.2), values(2))
                .as((op, path, value) -> {
                    ObjectNode node = JSON.objectNode().put("op", op);
                    if (path != null) {
                        node.put("path", path);
                    }
                    if (value != null) {
                        node.set("value", value);
                    }
                    return node;
                });
        return Arbitraries.frequencyOf(Tuple.of(3, fitting), Tuple.of(2, any)).list().ofMinSize(1).ofMaxSize(3)
                .map(PatchEnginePropertiesTest::patchBody);
    }

    /** Bodies with the resource type's attributes set to values of every shape, and now and then a wrong schemas. */
    private static Arbitrary<ObjectNode> bodies(ResourceTypeDefinition type) {
        List<String> names = new ArrayList<>();
        for (SchemaDefinition schema : type.schemas()) {
            schema.attributes().forEach(attribute -> names.add(attribute.name()));
        }
        names.addAll(List.of("id", "meta", "externalId", "schemas", ENTERPRISE, "urn:example:other", "unknownThing"));
        Arbitrary<Tuple.Tuple2<String, JsonNode>> member = Combinators.combine(Arbitraries.of(names), values(2))
                .as(Tuple::of);
        Arbitrary<JsonNode> required = Arbitraries.oneOf(Arbitraries.just(TextNode.valueOf("bjensen")),
                values(0));
        return Combinators.combine(required, member.list().ofMaxSize(5)).as((name, members) -> {
            ObjectNode body = JSON.objectNode();
            if (name != null) {
                body.set(type.schema().attributes().get(0).name(), name);
            }
            members.forEach(entry -> body.set(entry.get1(), entry.get2()));
            return body;
        });
    }

    /** JSON values of every shape, nested to {@code depth}; null stands for "no value" at the top only. */
    private static Arbitrary<JsonNode> values(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.of("", " ", "x", "True", "false", "FALSE", "work", "home", "a1", "b2", "User", "Group",
                        "2024-05-13T04:42:34Z", "not a date", "https://example.com/p.png", "26118915")
                        .map(text -> (JsonNode) TextNode.valueOf(text)),
                Arbitraries.strings().all().ofMaxLength(6).map(TextNode::valueOf),
                Arbitraries.integers().between(-3, 3).map(IntNode::valueOf),
                Arbitraries.of(DecimalNode.valueOf(new BigDecimal("1.5")), DecimalNode.valueOf(new BigDecimal("1e400"))),
                Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance()));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonNode> inner = values(depth - 1);
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(3).map(list -> {
            ArrayNode node = JSON.arrayNode();
            node.addAll(list);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.of(KEYS), inner).as(Tuple::of)
                .list().ofMaxSize(3).map(entries -> {
                    ObjectNode node = JSON.objectNode();
                    entries.forEach(entry -> node.set(entry.get1(), entry.get2()));
                    return node;
                });
        return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(2, array), Tuple.of(3, object));
    }

    // ----- checks

    /** A user with lists of several kinds and the enterprise extension, so that every path finds something. */
    private static final String BJENSEN_ENTERPRISE_WITH_LISTS = """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
              "id": "2819c223-7f76-453a-919d-413861904646",
              "userName": "bjensen@example.com",
              "name": {"givenName": "Barbara", "familyName": "Jensen"},
              "active": true,
              "emails": [
                {"value": "bjensen@example.com", "type": "work", "primary": true},
                {"value": "babs@jensen.org", "type": "home"}
              ],
              "phoneNumbers": [{"value": "555-555-8377", "type": "mobile"}],
              "addresses": [{"streetAddress": "100 Universal City Plaza", "type": "work", "primary": true}],
              "groups": [{"value": "e9e30dba", "display": "Tour Guides", "type": "direct"}],
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "department": "Tour Operations",
                "manager": {"value": "26118915", "displayName": "John Smith"}
              },
              "meta": {"resourceType": "User", "created": "2024-01-23T04:56:22Z", "version": "W/\\"3\\""}
            }""";

    private static ObjectNode patchBody(List<ObjectNode> operations) {
        ObjectNode body = JSON.objectNode();
        body.putArray("schemas").add(PATCH_OP);
        body.putArray("Operations").addAll(operations);
        return body;
    }

    private static void appliesOrRefused(String resource, ObjectNode body, ResourceTypeDefinition type) {
        ObjectNode input = object(resource);
        PatchResult result;
        try {
            result = PatchEngine.apply(input, PatchRequest.parse(body, type), type);
        } catch (ScimException error) {
            assertRefusal(error, PATCH_ERRORS, body::toString);
            assertEquals(object(resource), input, "a refused PATCH changed its input");
            return;
        }
        assertEquals(object(resource), input, "the input resource must not change");
        assertSound(result.resource(), type, body::toString);
    }

    private static void readOrRefused(ObjectNode body, ResourceTypeDefinition type) {
        ObjectNode copy = body.deepCopy();
        ResourceReader.Read read;
        try {
            read = ResourceReader.read(body, type);
        } catch (ScimException error) {
            assertRefusal(error, PATCH_ERRORS, body::toString);
            return;
        }
        assertEquals(copy, body, "the body must not change");
        assertSound(read.resource(), type, body::toString);
        assertFalse(read.resource().has("password"), "the password stays out of the resource");
    }

    private static void assertBodyRefused(ObjectNode body, ResourceTypeDefinition type, ScimType expected) {
        ScimException error = assertThrows(ScimException.class, () -> ResourceReader.read(body, type), body::toString);
        assertEquals(400, error.status());
        assertEquals(expected, error.scimType(), () -> body + ": " + error.detail());
    }

    private static void assertRefusal(ScimException error, Set<ScimType> allowed, Supplier<String> input) {
        assertEquals(400, error.status(), () -> input.get() + ": " + error.detail());
        assertTrue(allowed.contains(error.scimType()), () -> input.get() + ": " + error.scimType() + " " + error.detail());
        assertNotNull(error.detail());
    }

    /**
     * Required attributes set and not blank; no multi-valued attribute present but empty (RFC 7643 §2.5); at most
     * one {@code primary: true} per attribute (RFC 7643 §2.4); values of the attributes' types.
     */
    private static void assertSound(ObjectNode resource, ResourceTypeDefinition type, Supplier<String> input) {
        for (SchemaDefinition schema : type.schemas()) {
            JsonNode holder = schema == type.schema() ? resource : resource.get(schema.id());
            if (!(holder instanceof ObjectNode object)) {
                continue;
            }
            for (AttributeDefinition attribute : schema.attributes()) {
                JsonNode value = object.get(attribute.name());
                if (attribute.required()) {
                    assertTrue(value != null && value.isTextual() && !value.textValue().isBlank(),
                            () -> attribute.name() + " lost by " + input.get() + " -> " + resource);
                }
                if (value == null || attribute.name().equals("members")) {
                    continue;
                }
                if (attribute.multiValued()) {
                    assertTrue(value.isArray() && !value.isEmpty(),
                            () -> attribute.name() + " is " + value + " after " + input.get());
                    int primaries = 0;
                    for (JsonNode entry : value) {
                        assertTrue(entry.isObject() && !entry.isEmpty(), () -> attribute.name() + " holds " + entry);
                        primaries += entry.path("primary").asBoolean(false) ? 1 : 0;
                    }
                    assertTrue(primaries <= 1, () -> attribute.name() + " has several primaries: " + value);
                } else if (attribute.isComplex()) {
                    assertTrue(value.isObject() && !value.isEmpty(), () -> attribute.name() + " is " + value);
                } else {
                    assertTrue(value.isValueNode() && !value.isNull(), () -> attribute.name() + " is " + value);
                }
            }
        }
    }

    private static PatchResult patch(String resource, ObjectNode body, ResourceTypeDefinition type) {
        return PatchEngine.apply(object(resource), PatchRequest.parse(body, type), type);
    }

}
