package org.kcscim.scim.store.query;

import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.StoredNames;

import java.util.Optional;

/**
 * Where Group attributes live: {@code displayName} is Keycloak's group name, {@code members} are membership rows,
 * {@code meta.created} and {@code meta.lastModified} and everything else are attribute rows.
 */
final class GroupTargets extends AttributeTargets {

    static final GroupTargets INSTANCE = new GroupTargets();

    private GroupTargets() {
    }

    @Override
    ResourceTypeDefinition type() {
        return ResourceTypeDefinition.GROUP;
    }

    @Override
    Optional<Target> meta(String subAttribute) {
        switch (subAttribute) {
            case "created":
                return Optional.of(new Target.Stored(StoredNames.CREATED, Target.Kind.STORED_MILLIS, true));
            case "lastModified":
                return Optional.of(new Target.Stored(StoredNames.LAST_MODIFIED, Target.Kind.STORED_MILLIS, true));
            default:
                return Optional.empty();
        }
    }

    @Override
    Optional<Target> specific(ResolvedAttribute resolved) {
        switch (resolved.attribute().name()) {
            case "displayName":
                return Optional.of(new Target.Column("name", Target.Kind.TEXT, false, false));
            case "members":
                return Optional.of(new Target.Membership(Target.Side.MEMBERS));
            default:
                return stored(resolved);
        }
    }
}
