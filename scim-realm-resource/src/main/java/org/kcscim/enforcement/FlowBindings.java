package org.kcscim.enforcement;

import org.kcscim.enforcement.FlowBinding.Stage;
import org.keycloak.models.AuthenticationFlowBindings;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Every flow binding of a realm through which a user can end up signed in, in a stable order. */
final class FlowBindings {

    private static final Map<String, String> CLIENT_OVERRIDES = Map.of(
            AuthenticationFlowBindings.BROWSER_BINDING, "browser",
            AuthenticationFlowBindings.DIRECT_GRANT_BINDING, "direct-grant");

    private FlowBindings() {
    }

    static List<FlowBinding> of(KeycloakSession session, RealmModel realm) {
        List<FlowBinding> bindings = new ArrayList<>();
        bindings.add(new FlowBinding("browser", Stage.SIGN_IN, id(realm.getBrowserFlow()),
                id -> realm.setBrowserFlow(realm.getAuthenticationFlowById(id))));
        bindings.add(new FlowBinding("direct-grant", Stage.SIGN_IN, id(realm.getDirectGrantFlow()),
                id -> realm.setDirectGrantFlow(realm.getAuthenticationFlowById(id))));
        // A password reset by e-mail ends signed in, so it is a way in by the realm's own means
        bindings.add(new FlowBinding("reset-credentials", Stage.SIGN_IN, id(realm.getResetCredentialsFlow()),
                id -> realm.setResetCredentialsFlow(realm.getAuthenticationFlowById(id))));

        realm.getClientsStream()
                .filter(client -> !client.getAuthenticationFlowBindingOverrides().isEmpty())
                .sorted(Comparator.comparing(ClientModel::getClientId))
                .forEach(client -> new TreeMap<>(client.getAuthenticationFlowBindingOverrides()).forEach((key, flowId) -> {
                    String binding = CLIENT_OVERRIDES.get(key);
                    if (binding != null) {
                        bindings.add(new FlowBinding("client:" + client.getClientId() + ":" + binding, Stage.SIGN_IN,
                                flowId, id -> client.setAuthenticationFlowBindingOverride(key, id)));
                    }
                }));

        session.identityProviders().getAllStream()
                .sorted(Comparator.comparing(IdentityProviderModel::getAlias))
                .forEach(provider -> {
                    String prefix = "identity-provider:" + provider.getAlias() + ":";
                    String firstLogin = provider.getFirstBrokerLoginFlowId() != null
                            ? provider.getFirstBrokerLoginFlowId() : id(realm.getFirstBrokerLoginFlow());
                    bindings.add(new FlowBinding(prefix + "first-login", Stage.FIRST_BROKER_LOGIN, firstLogin,
                            id -> update(session, provider.getAlias(), model -> model.setFirstBrokerLoginFlowId(id))));
                    bindings.add(new FlowBinding(prefix + "post-login", Stage.AFTER_BROKER_LOGIN,
                            provider.getPostBrokerLoginFlowId(),
                            id -> update(session, provider.getAlias(), model -> model.setPostBrokerLoginFlowId(id))));
                });
        return bindings;
    }

    private static void update(KeycloakSession session, String alias,
                               Consumer<IdentityProviderModel> change) {
        // Re-read, so that binding both flows of one provider keeps both changes
        IdentityProviderModel model = session.identityProviders().getByAlias(alias);
        change.accept(model);
        session.identityProviders().update(model);
    }

    private static String id(AuthenticationFlowModel flow) {
        return flow == null ? null : flow.getId();
    }
}
