package org.kcscim.authenticator;

import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.ScimConfigurationStore;
import org.kcscim.mapping.Mapping;
import org.kcscim.mapping.MappingStore;
import org.kcscim.scim.store.ownership.UserOwners;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A user that a SCIM configuration of the realm owns, with the mappings that apply to them. Users no
 * existing configuration owns (people created by hand, service accounts, users of a deleted configuration)
 * have none, and the enforcement leaves them alone.
 */
record ProvisionedUser(UserModel user, ScimConfiguration configuration, List<Mapping> mappings) {

    static Optional<ProvisionedUser> of(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null || user.getServiceAccountClientLink() != null) {
            return Optional.empty();
        }
        return UserOwners.of(session).ownerOf(user.getId())
                .flatMap(new ScimConfigurationStore(session, realm)::find)
                .map(configuration -> new ProvisionedUser(user, configuration, mappingsOf(session, realm, configuration, user)));
    }

    private static List<Mapping> mappingsOf(KeycloakSession session, RealmModel realm, ScimConfiguration configuration,
                                            UserModel user) {
        Set<String> groupIds = new HashSet<>();
        // A member of a subgroup is a member of its parents, as Keycloak itself sees it
        user.getGroupsStream().forEach(group -> {
            for (GroupModel g = group; g != null; g = g.getParent()) {
                groupIds.add(g.getId());
            }
        });
        return new MappingStore(session, realm).of(configuration.id()).stream()
                .filter(mapping -> mapping.settings().groupIds().stream().anyMatch(groupIds::contains))
                .toList();
    }
}
