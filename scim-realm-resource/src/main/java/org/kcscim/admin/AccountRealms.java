package org.kcscim.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Translates the accounts of a configuration between what administrators write (realm names) and what is
 * stored (realm ids), and enforces which realms a home realm may cover: any from {@code master}, otherwise
 * only itself.
 */
final class AccountRealms {

    private final KeycloakSession session;
    private final RealmModel home;

    AccountRealms(KeycloakSession session, RealmModel home) {
        this.session = session;
        this.home = home;
    }

    List<String> idsOf(List<String> names) {
        List<FieldError> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            RealmModel realm = session.realms().getRealmByName(name);
            if (realm == null) {
                errors.add(new FieldError("accounts", "Realm '" + name + "' does not exist"));
            } else if (!coversAnyRealm() && !realm.getId().equals(home.getId())) {
                errors.add(new FieldError("accounts", "A configuration in realm '" + home.getName()
                        + "' can only cover that realm, not '" + name + "'"));
            } else {
                ids.add(realm.getId());
            }
        }
        if (!errors.isEmpty()) {
            throw AdminProblem.invalid(errors);
        }
        return ids;
    }

    /**
     * Names of the covered realms that still exist, sorted (Keycloak keeps a component's multi-valued config
     * without order): a deleted realm simply drops out.
     */
    List<String> namesOf(List<String> ids) {
        return ids.stream()
                .map(id -> session.realms().getRealm(id))
                .filter(Objects::nonNull)
                .map(RealmModel::getName)
                .sorted()
                .toList();
    }

    List<String> defaultIds() {
        return List.of(home.getId());
    }

    private boolean coversAnyRealm() {
        return Config.getAdminRealm().equals(home.getName());
    }
}
