package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.kcscim.scim.protocol.patch.MembershipChange.add;
import static org.kcscim.scim.protocol.patch.MembershipChange.remove;
import static org.kcscim.scim.protocol.patch.MembershipChange.removeAll;
import static org.kcscim.scim.protocol.patch.MembershipChange.replaceAll;
import static org.kcscim.scim.protocol.patch.PatchFixtures.*;
import static org.kcscim.scim.protocol.schema.ResourceTypeDefinition.GROUP;

/**
 * PATCH on groups (RFC 7644 §3.5.2) as Okta and Entra ID send it, and the other shapes of {@code members}: the
 * body, the membership changes expected in order, and what differs in the group (members never appear there).
 */
class GroupMembershipPatchTest {

    private static final String ALICE = "89bb1940-b905-4575-9e7f-6f887cfb368e";
    private static final String BOB = "23a35c27-23d3-4c03-b4c5-6443c09e7173";

    static Stream<Arguments> bodies() {
        return Stream.of(
                arguments("Okta: remove one member by value filter", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove",\
                        "path":"members[value eq \\"89bb1940-b905-4575-9e7f-6f887cfb368e\\"]"}]}"""),
                        List.of(remove(List.of(ALICE))), "{}"),
                arguments("Okta: add members", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add",\
                        "path":"members","value":[{"value":"23a35c27-23d3-4c03-b4c5-6443c09e7173",\
                        "display":"bob@example.com"}]}]}"""),
                        List.of(add(List.of(BOB))), "{}"),
                arguments("Okta: replace all members", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",\
                        "path":"members","value":[{"value":"89bb1940-b905-4575-9e7f-6f887cfb368e",\
                        "display":"alice@example.com"},{"value":"23a35c27-23d3-4c03-b4c5-6443c09e7173",\
                        "display":"bob@example.com"}]}]}"""),
                        List.of(replaceAll(List.of(ALICE, BOB))), "{}"),
                arguments("Okta: rename, repeating the group's id", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",\
                        "value":{"id":"e9e30dba-f08f-4109-8486-d5c6a331660a","displayName":"Tour Leads"}}]}"""),
                        List.of(), """
                        {"displayName": "Tour Leads"}"""),
                arguments("Entra ID: Add members", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add",\
                        "path":"members","value":[{"value":"89bb1940-b905-4575-9e7f-6f887cfb368e"},\
                        {"value":"23a35c27-23d3-4c03-b4c5-6443c09e7173"}]}]}"""),
                        List.of(add(List.of(ALICE, BOB))), "{}"),
                arguments("Entra ID: Remove members given as a value array", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Remove",\
                        "path":"members","value":[{"value":"89bb1940-b905-4575-9e7f-6f887cfb368e"},\
                        {"value":"23a35c27-23d3-4c03-b4c5-6443c09e7173"}]}]}"""),
                        List.of(remove(List.of(ALICE, BOB))), "{}"),
                arguments("Entra ID aadOptscim062020: remove one member by value filter", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove",\
                        "path":"members[value eq \\"89bb1940-b905-4575-9e7f-6f887cfb368e\\"]"}]}"""),
                        List.of(remove(List.of(ALICE))), "{}"),
                arguments("Entra ID: Replace of displayName", json("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace",\
                        "path":"displayName","value":"Tour Leads"}]}"""),
                        List.of(), """
                        {"displayName": "Tour Leads"}"""),
                arguments("remove members without value: all", body("""
                        {"op": "remove", "path": "members"}"""),
                        List.of(removeAll()), "{}"),
                arguments("remove members with an empty array: none", body("""
                        {"op": "remove", "path": "members", "value": []}"""),
                        List.of(), "{}"),
                arguments("replace members with an empty array: all go", body("""
                        {"op": "replace", "path": "members", "value": []}"""),
                        List.of(replaceAll(List.of())), "{}"),
                arguments("replace members with null: all go", body("""
                        {"op": "replace", "path": "members", "value": null}"""),
                        List.of(removeAll()), "{}"),
                arguments("add one member object, not in an array", body("""
                        {"op": "add", "path": "members", "value": {"value": "%s", "type": "User"}}""".formatted(ALICE)),
                        List.of(add(List.of(ALICE))), "{}"),
                arguments("value filter with or: several members", body("""
                        {"op": "remove", "path": "members[value eq \\"%s\\" or value eq \\"%s\\"]"}""".formatted(ALICE, BOB)),
                        List.of(remove(List.of(ALICE, BOB))), "{}"),
                arguments("path-less add with members", body("""
                        {"op": "add", "value": {"members": [{"value": "%s"}]}}""".formatted(ALICE)),
                        List.of(add(List.of(ALICE))), "{}"),
                arguments("path-less replace with displayName and members", body("""
                        {"op": "replace", "value": {"displayName": "Tour Leads", "members": [{"value": "%s"}]}}"""
                                .formatted(BOB)),
                        List.of(replaceAll(List.of(BOB))), """
                        {"displayName": "Tour Leads"}"""),
                arguments("changes keep operation order; duplicate ids collapse", body("""
                        {"op": "add", "path": "members", "value": [{"value": "%1$s"}, {"value": "%1$s"}]},
                        {"op": "remove", "path": "members[value eq \\"%1$s\\"]"},
                        {"op": "Add", "path": "MEMBERS", "value": [{"value": "%2$s"}]}""".formatted(ALICE, BOB)),
                        List.of(add(List.of(ALICE)), remove(List.of(ALICE)), add(List.of(BOB))), "{}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("bodies")
    void givenAGroupPatchThenMembersBecomeChangesAndTheGroupKeepsNoMemberList(String name, JsonNode body,
                                                                               List<MembershipChange> expected,
                                                                               String changes) {
        ObjectNode input = object(TOUR_GUIDES);
        PatchResult result = PatchEngine.apply(input, PatchRequest.parse(body, GROUP), GROUP);
        assertEquals(expected, result.membershipChanges());
        assertEquals(with(TOUR_GUIDES, changes), result.resource());
        assertEquals(object(TOUR_GUIDES), input);
    }

    @Test
    void givenAGroupResourceWithMembersThenThePatchLeavesThemAsTheyWere() {
        String withMembers = """
                {"id": "e9e30dba", "displayName": "Tour Guides", "members": [{"value": "%s"}]}""".formatted(ALICE);
        PatchResult result = patch(withMembers, body("""
                {"op": "add", "path": "members", "value": [{"value": "%s"}]}""".formatted(BOB)), GROUP);
        assertEquals(object(withMembers), result.resource());
        assertEquals(List.of(add(List.of(BOB))), result.membershipChanges());
    }
}
