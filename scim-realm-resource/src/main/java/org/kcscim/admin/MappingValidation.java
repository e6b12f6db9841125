package org.kcscim.admin;

import org.kcscim.config.ScimConfiguration;
import org.kcscim.mapping.AuthMeans;
import org.kcscim.mapping.RoleResolver;
import org.kcscim.scim.store.Ownership;
import jakarta.ws.rs.ForbiddenException;
import org.keycloak.Config;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a mapping's groups, accounts, roles and means against the server and its configuration, naming the
 * field and the offending value in every error, and turns names into the ids that are stored.
 */
final class MappingValidation {

    private final KeycloakSession session;
    private final RealmModel home;
    private final ScimConfiguration configuration;
    private final List<FieldError> errors = new ArrayList<>();

    MappingValidation(KeycloakSession session, RealmModel home, ScimConfiguration configuration) {
        this.session = session;
        this.home = home;
        this.configuration = configuration;
    }

    List<GroupModel> groups(List<String> ids) {
        Ownership ownership = new Ownership(session, configuration);
        List<GroupModel> groups = new ArrayList<>();
        for (String id : ids) {
            GroupModel group = session.groups().getGroupById(home, id);
            if (ownership.owns(group)) {
                groups.add(group);
            } else {
                errors.add(new FieldError("groups", "Group '" + id + "' is not a group provisioned by configuration '"
                        + configuration.name() + "'"));
            }
        }
        return groups;
    }

    List<RealmModel> accounts(List<String> names) {
        List<RealmModel> accounts = new ArrayList<>();
        for (String name : names) {
            RealmModel realm = session.realms().getRealmByName(name);
            if (realm != null && configuration.settings().accountRealmIds().contains(realm.getId())) {
                accounts.add(realm);
            } else {
                errors.add(new FieldError("accounts", "Realm '" + name + "' is not an account of configuration '"
                        + configuration.name() + "'"));
            }
        }
        return accounts;
    }

    /**
     * Every role must resolve in every account, or the mapping would mean different things per realm. An
     * administrative role is only grantable by who could grant it through Keycloak's own role mappings: a
     * mapping must not hand out more than its author holds (403 otherwise, as Keycloak answers).
     */
    void roles(List<String> roles, List<RealmModel> accounts, AdminPermissionEvaluator auth) {
        RoleResolver resolver = new RoleResolver(home);
        for (String role : roles) {
            for (RealmModel account : accounts) {
                Optional<RoleResolver.Grant> grant = resolver.resolve(role, account);
                if (grant.isEmpty()) {
                    errors.add(new FieldError("roles", "Role '" + role + "' does not resolve in account '"
                            + account.getName() + "'"));
                } else if (isAdministrative(grant.get(), resolver) && !auth.roles().canMapRole(grant.get().resolved())) {
                    throw new ForbiddenException("You may not grant the administrative role '" + role
                            + "' in account '" + account.getName() + "'");
                }
            }
        }
    }

    /** A management role of some realm, or {@code admin}/{@code create-realm} of the master realm. */
    private boolean isAdministrative(RoleResolver.Grant grant, RoleResolver resolver) {
        if (grant.client() != null) {
            ClientModel management = resolver.managementClient(grant.account());
            return management != null && management.getId().equals(grant.client().getId());
        }
        return Config.getAdminRealm().equals(home.getName())
                && (grant.resolved().getName().equals(AdminRoles.ADMIN) || grant.resolved().getName().equals(AdminRoles.CREATE_REALM));
    }

    List<AuthMeans> means(List<String> texts) {
        List<AuthMeans> means = new ArrayList<>();
        for (String text : texts) {
            Optional<AuthMeans> parsed = AuthMeans.parse(text);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("means", "'" + text + "' is neither 'local' nor 'idp:<alias>'"));
            } else if (!parsed.get().isLocal() && home.getIdentityProviderByAlias(parsed.get().identityProvider()) == null) {
                errors.add(new FieldError("means", "Realm '" + home.getName() + "' has no identity provider '"
                        + parsed.get().identityProvider() + "'"));
            } else {
                means.add(parsed.get());
            }
        }
        return means;
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw AdminProblem.invalid(errors);
        }
    }
}
