package org.kcscim.mapping;

import org.keycloak.Config;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

import java.util.Optional;

/**
 * Resolves a role name of a mapping in one account (realm), as DESIGN §2 says: first the account's management
 * role of that name, then, when the account is the home realm itself, a realm role, or {@code clientId/role}
 * for a client role. The result is always a role of the home realm, since groups can only hold those.
 */
public final class RoleResolver {

    private final RealmModel home;

    public RoleResolver(RealmModel home) {
        this.home = home;
    }

    /** A role resolved in an account, with the client it belongs to (null for a realm role). */
    public record Grant(String role, RealmModel account, RoleModel resolved, ClientModel client) {
    }

    public Optional<Grant> resolve(String role, RealmModel account) {
        ClientModel management = managementClient(account);
        if (management != null) {
            RoleModel managementRole = management.getRole(role);
            if (managementRole != null) {
                return Optional.of(new Grant(role, account, managementRole, management));
            }
        }
        if (!account.getId().equals(home.getId())) {
            return Optional.empty();
        }
        int slash = role.indexOf('/');
        if (slash > 0 && slash < role.length() - 1) {
            ClientModel client = home.getClientByClientId(role.substring(0, slash));
            RoleModel clientRole = client == null ? null : client.getRole(role.substring(slash + 1));
            if (clientRole != null) {
                return Optional.of(new Grant(role, account, clientRole, client));
            }
        }
        RoleModel realmRole = home.getRole(role);
        return realmRole == null ? Optional.empty() : Optional.of(new Grant(role, account, realmRole, null));
    }

    /**
     * The client whose roles manage {@code account}: in {@code master}, the account's {@code <realm>-realm}
     * client; elsewhere the home realm's own {@code realm-management}, which only manages the home realm.
     */
    public ClientModel managementClient(RealmModel account) {
        if (Config.getAdminRealm().equals(home.getName())) {
            return account.getMasterAdminClient();
        }
        if (account.getId().equals(home.getId())) {
            return home.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        }
        return null;
    }
}
