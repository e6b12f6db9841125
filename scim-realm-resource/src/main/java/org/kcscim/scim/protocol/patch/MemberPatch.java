package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.AndFilter;
import org.kcscim.scim.protocol.filter.ComparisonFilter;
import org.kcscim.scim.protocol.filter.ComparisonOperator;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterVisitor;
import org.kcscim.scim.protocol.filter.NotFilter;
import org.kcscim.scim.protocol.filter.OrFilter;
import org.kcscim.scim.protocol.filter.PresenceFilter;
import org.kcscim.scim.protocol.filter.ValuePathFilter;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.CoreSchemas;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an operation on a group's {@code members} into a {@link MembershipChange} instead of editing a member
 * list (RFC 7644 §3.5.2; DESIGN §4 "Writes": the store never reads the whole list). The shapes directories send:
 * <ul>
 *   <li>{@code add members} with member objects (Okta, Entra ID): {@code add(ids)};</li>
 *   <li>{@code replace members}, or a path-less replace with a {@code members} member (Okta): {@code replaceAll};
 *       a null value: {@code removeAll};</li>
 *   <li>{@code remove members[value eq "id"]} (Okta, Entra ID with aadOptscim062020): {@code remove(id)};
 *       {@code or} of such comparisons names several;</li>
 *   <li>{@code remove members} with member objects (Entra ID): {@code remove(ids)}; without value:
 *       {@code removeAll}.</li>
 * </ul>
 * Refused: any other filter, 400 {@code invalidFilter}, since only a lookup by id maps to single-row deletes;
 * a path to a sub-attribute of members, or an add or replace with a filter, 400 {@code mutability}, since a member
 * is added or removed but never edited ({@code value}, {@code type}, {@code $ref} are immutable, {@code display}
 * readOnly); a member that is not an object with a string {@code value}, or of {@code type} Group, 400
 * {@code invalidValue}: nested groups are not supported.
 */
final class MemberPatch {

    private MemberPatch() {
    }

    static boolean isMembers(ResolvedAttribute resolved) {
        return resolved != null && !resolved.isCommon() && resolved.schema().id().equals(CoreSchemas.GROUP_URN)
                && resolved.attribute().name().equals("members");
    }

    static Optional<MembershipChange> change(PatchTarget target) {
        Optional<Filter> filter = target.path().valueFilter();
        List<String> filtered = filter.map(MemberPatch::idsOf).orElse(null);
        if (target.resolved().subAttribute() != null) {
            throw ScimException.badRequest(ScimType.MUTABILITY, "'" + target.describe() + "' cannot be changed: "
                    + "a member is added or removed as a whole, on the path 'members'");
        }
        if (filtered != null) {
            if (target.type() != PatchOperation.Type.REMOVE) {
                throw ScimException.badRequest(ScimType.MUTABILITY, "A member cannot be changed: use add on the "
                        + "path 'members' to add one, remove on 'members[value eq \"...\"]' to remove one");
            }
            return Optional.of(MembershipChange.remove(filtered));
        }
        return switch (target.type()) {
            case ADD -> target.clears() ? Optional.empty()
                    : nonEmpty(MembershipChange.add(memberIds(target)));
            case REPLACE -> Optional.of(target.clears() ? MembershipChange.removeAll()
                    : MembershipChange.replaceAll(memberIds(target)));
            case REMOVE -> target.clears() ? Optional.of(MembershipChange.removeAll())
                    : nonEmpty(MembershipChange.remove(memberIds(target)));
        };
    }

    private static Optional<MembershipChange> nonEmpty(MembershipChange change) {
        return change.memberIds().isEmpty() ? Optional.empty() : Optional.of(change);
    }

    /** The ids of the member objects in the value: an array of them, or one when the operation's path named members. */
    private static List<String> memberIds(PatchTarget target) {
        AttributeDefinition members = target.resolved().attribute();
        JsonNode value = target.value();
        if (!value.isArray() && !target.pathGiven()) {
            // A body or path-less value writes members as the resource holds them: an array.
            throw invalidMember("expected an array of members, found " + ValueCoercion.describe(value));
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode member : value.isArray() ? value : List.of(value)) {
            if (!member.isObject()) {
                throw invalidMember("a member must be an object such as {\"value\": \"<user id>\"}, found "
                        + ValueCoercion.describe(member));
            }
            ObjectNode checked = ValueCoercion.complex(members, member, "members");
            JsonNode type = JsonFields.get(checked, "type");
            if (type != null && type.isTextual() && type.textValue().equalsIgnoreCase("Group")) {
                throw invalidMember("nested groups are not supported: a member must be a user, not a group");
            }
            if (type != null && type.isTextual() && !type.textValue().equalsIgnoreCase("User")) {
                throw invalidMember("a member's type must be User, not " + type);
            }
            JsonNode id = JsonFields.get(checked, "value");
            if (id == null || !id.isTextual() || id.textValue().isBlank()) {
                throw invalidMember("a member needs 'value', the id of the user");
            }
            ids.add(id.textValue());
        }
        return ids;
    }

    private static ScimException invalidMember(String detail) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, "Invalid value for 'members': " + detail);
    }

    /** The ids a members filter names, or 400 invalidFilter when it is not made of {@code value eq "id"}. */
    private static List<String> idsOf(Filter filter) {
        List<String> ids = new ArrayList<>();
        filter.accept(new IdFilter(), ids);
        return ids;
    }

    /** Collects the ids of {@code value eq "id"}, possibly joined with {@code or}; refuses anything else. */
    private static final class IdFilter implements FilterVisitor<Void, List<String>> {

        @Override
        public Void visit(ComparisonFilter filter, List<String> ids) {
            if (filter.operator() != ComparisonOperator.EQ || !filter.path().name().equalsIgnoreCase("value")
                    || filter.path().subAttribute() != null || !filter.value().isTextual()) {
                throw unsupported(filter);
            }
            ids.add(filter.value().textValue());
            return null;
        }

        @Override
        public Void visit(OrFilter filter, List<String> ids) {
            filter.left().accept(this, ids);
            filter.right().accept(this, ids);
            return null;
        }

        @Override
        public Void visit(PresenceFilter filter, List<String> ids) {
            throw unsupported(filter);
        }

        @Override
        public Void visit(AndFilter filter, List<String> ids) {
            throw unsupported(filter);
        }

        @Override
        public Void visit(NotFilter filter, List<String> ids) {
            throw unsupported(filter);
        }

        @Override
        public Void visit(ValuePathFilter filter, List<String> ids) {
            throw unsupported(filter);
        }

        private static ScimException unsupported(Filter filter) {
            return ScimException.badRequest(ScimType.INVALID_FILTER, "Unsupported filter on members: '" + filter
                    + "'; only members[value eq \"...\"] is supported");
        }
    }
}
