package org.kcscim.enforcement;

import java.util.function.Consumer;

/**
 * One place where a realm names the authentication flow that runs: a realm binding (browser, direct grant,
 * reset credentials), a client's override of one, or an identity provider's first-login or post-login flow.
 *
 * @param name   stable name shown by the admin API, e.g. {@code browser},
 *               {@code client:my-app:direct-grant}, {@code identity-provider:corp:post-login}
 * @param flowId the bound flow; null when nothing is bound (an identity provider without a post-login flow)
 * @param rebind binds another flow, by id
 */
public record FlowBinding(String name, Stage stage, String flowId, Consumer<String> rebind) {

    /** What the flow bound here does, which decides how the enforcement joins it. */
    public enum Stage {
        /** Identifies the user by Keycloak's own means (or by the SSO cookie); the enforcer runs after it. */
        SIGN_IN,
        /** Runs after every login through an identity provider; the enforcer runs in it. */
        AFTER_BROKER_LOGIN,
        /** Runs the first time an identity provider's user arrives; the provisioned-user link runs first. */
        FIRST_BROKER_LOGIN
    }
}
