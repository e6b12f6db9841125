package org.kcscim.scim.store.query;

import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.MappedAttributes;
import org.kcscim.scim.store.StoredNames;

import java.util.List;

import java.util.Optional;

/**
 * Where User attributes live: {@code userName}, {@code name.givenName}, {@code name.familyName}, {@code active}
 * and {@code meta.created} in Keycloak's user columns, {@code groups} in membership rows, the rest in attribute
 * rows. {@code emails} are filtered in attribute rows (all of them, the primary one too) but sorted by Keycloak's
 * {@code email}, which holds the primary one: RFC 7644 §3.4.2.3 sorts a multi-valued attribute by its primary value.
 */
final class UserTargets extends AttributeTargets {

    static final UserTargets INSTANCE = new UserTargets(ResourceTypeDefinition.USER,
            new MappedAttributes(ResourceTypeDefinition.USER, List.of()));

    private static final Target EMAIL = new Target.Column("email", Target.Kind.TEXT, false, true);

    private final ResourceTypeDefinition type;
    private final MappedAttributes mapped;

    /** A configuration's users: its extensions resolve, and its mapped values are in user-profile attributes. */
    UserTargets(ResourceTypeDefinition type, MappedAttributes mapped) {
        this.type = type;
        this.mapped = mapped;
    }

    @Override
    ResourceTypeDefinition type() {
        return type;
    }

    @Override
    Optional<Target> meta(String subAttribute) {
        switch (subAttribute) {
            case "created":
                return Optional.of(new Target.Column("createdTimestamp", Target.Kind.EPOCH_MILLIS, true, false));
            case "lastModified":
                return Optional.of(new Target.Stored(StoredNames.LAST_MODIFIED, Target.Kind.STORED_MILLIS, true));
            default:
                return Optional.empty();
        }
    }

    @Override
    Optional<Target> specific(ResolvedAttribute resolved) {
        return located(resolved).map(target -> target instanceof Target.Entries entries
                ? entries.withMapped(mapped.entriesOf(resolved).stream()
                        .map(m -> new Target.MappedEntry(m.path().entryType(), m.path().sub().name(), m.userAttribute()))
                        .toList())
                : target);
    }

    private Optional<Target> located(ResolvedAttribute resolved) {
        Optional<String> profileAttribute = mapped.userAttributeOf(resolved);
        if (profileAttribute.isPresent()) {
            return Optional.of(new Target.Stored(profileAttribute.get(), Target.Kind.TEXT, resolved.target().caseExact()));
        }
        if (resolved.schema() != ResourceTypeDefinition.USER.schema()) {
            return stored(resolved);
        }
        String sub = resolved.subAttribute() == null ? null : resolved.subAttribute().name();
        switch (resolved.attribute().name()) {
            case "userName":
                // Keycloak lower-cases usernames on write
                return Optional.of(new Target.Column("username", Target.Kind.TEXT, false, true));
            case "active":
                return Optional.of(new Target.Column("enabled", Target.Kind.BOOLEAN, true, false));
            case "password":
                return Optional.empty();
            case "groups":
                return Optional.of(new Target.Membership(Target.Side.GROUPS));
            case "name":
                if (sub == null) {
                    return anyOf(resolved);
                }
                if (sub.equals("givenName")) {
                    return Optional.of(new Target.Column("firstName", Target.Kind.TEXT, false, false));
                }
                if (sub.equals("familyName")) {
                    return Optional.of(new Target.Column("lastName", Target.Kind.TEXT, false, false));
                }
                return stored(resolved);
            default:
                return stored(resolved);
        }
    }

    @Override
    Optional<Target> sortable(ResolvedAttribute resolved) {
        boolean emails = resolved.schema() == ResourceTypeDefinition.USER.schema()
                && resolved.attribute().name().equals("emails");
        if (emails) {
            boolean value = resolved.subAttribute() == null || resolved.subAttribute().name().equals("value");
            return value ? Optional.of(EMAIL) : Optional.empty();
        }
        return super.sortable(resolved);
    }
}
