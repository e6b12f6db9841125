package org.kcscim.enforcement;

import org.kcscim.enforcement.FlowBinding.Stage;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AuthenticationManagementResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports and installs the enforcement of authentication means in a realm's flows. Installing never edits a
 * flow: it copies the bound flow into a new one that runs the copy and then the enforcer (or, for a first
 * broker login, the provisioned-user link and then the copy), and binds the new flow. A binding that already
 * runs the enforcer is left as it is, so installing twice changes nothing the second time.
 */
public final class EnforcementInstaller {

    /** One binding as the admin API shows it. */
    public record BindingState(String binding, String flow, boolean enforced) {
    }

    /** A binding the installation moved from one flow to another; {@code before} is null when none was bound. */
    public record Change(String binding, String before, String after) {
    }

    public record Installation(List<Change> changes, List<BindingState> bindings) {
    }

    static final String BASIC_FLOW = "basic-flow";
    static final String SHARED_POST_LOGIN_ALIAS = "SCIM enforcement after identity provider login";

    private final KeycloakSession session;
    private final RealmModel realm;

    public EnforcementInstaller(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public List<BindingState> state() {
        return FlowBindings.of(session, realm).stream().map(this::stateOf).toList();
    }

    public Installation install() {
        List<Change> changes = new ArrayList<>();
        // Bindings that share a flow share its enforced copy
        Map<String, String> copies = new HashMap<>();
        for (FlowBinding binding : FlowBindings.of(session, realm)) {
            AuthenticationFlowModel bound = flow(binding.flowId());
            if (isEnforced(binding.stage(), bound) || (bound == null && binding.stage() == Stage.SIGN_IN)) {
                continue;
            }
            String key = binding.stage() + "/" + binding.flowId();
            String enforcedId = copies.computeIfAbsent(key, unused -> enforcedVersionOf(binding.stage(), bound).getId());
            binding.rebind().accept(enforcedId);
            changes.add(new Change(binding.name(), bound == null ? null : bound.getAlias(), flow(enforcedId).getAlias()));
        }
        return new Installation(changes, state());
    }

    private BindingState stateOf(FlowBinding binding) {
        AuthenticationFlowModel flow = flow(binding.flowId());
        return new BindingState(binding.name(), flow == null ? null : flow.getAlias(), isEnforced(binding.stage(), flow));
    }

    private boolean isEnforced(Stage stage, AuthenticationFlowModel flow) {
        if (flow == null) {
            return false;
        }
        if (stage == Stage.FIRST_BROKER_LOGIN) {
            return realm.getAuthenticationExecutionsStream(flow.getId()).anyMatch(execution ->
                    EnforcementAuthenticators.PROVISIONED_USER_LINK.equals(execution.getAuthenticator())
                            && !execution.isDisabled());
        }
        // Only a required step of the top level runs whatever way the user was identified
        return realm.getAuthenticationExecutionsStream(flow.getId()).anyMatch(execution ->
                EnforcementAuthenticators.MEANS_ENFORCER.equals(execution.getAuthenticator()) && execution.isRequired());
    }

    private AuthenticationFlowModel enforcedVersionOf(Stage stage, AuthenticationFlowModel original) {
        if (original == null) {
            // An identity provider with no post-login flow: one shared flow that only enforces
            AuthenticationFlowModel shared = realm.getFlowByAlias(SHARED_POST_LOGIN_ALIAS);
            if (shared != null && isEnforced(stage, shared)) {
                return shared;
            }
            AuthenticationFlowModel flow = newTopLevelFlow(SHARED_POST_LOGIN_ALIAS,
                    "Made by the SCIM provisioning extension: checks that a provisioned user may sign in through "
                            + "the identity provider used.");
            addAuthenticator(flow, EnforcementAuthenticators.MEANS_ENFORCER, Requirement.REQUIRED, 10);
            return flow;
        }
        String alias = unusedAlias(original.getAlias() + " with SCIM enforcement");
        AuthenticationFlowModel flow = newTopLevelFlow(alias, stage == Stage.FIRST_BROKER_LOGIN
                ? "Made by the SCIM provisioning extension from '" + original.getAlias() + "': recognises the "
                        + "provisioned user first, otherwise runs the original steps."
                : "Made by the SCIM provisioning extension from '" + original.getAlias() + "': runs the original "
                        + "steps, then checks that a provisioned user may sign in by the means used.");
        AuthenticationFlowModel steps = AuthenticationManagementResource.copyFlow(session, realm, original,
                unusedAlias(alias + " - original steps"));
        steps.setTopLevel(false);
        realm.updateAuthenticationFlow(steps);
        if (stage == Stage.FIRST_BROKER_LOGIN) {
            addAuthenticator(flow, EnforcementAuthenticators.PROVISIONED_USER_LINK, Requirement.ALTERNATIVE, 10);
            addSubflow(flow, steps, Requirement.ALTERNATIVE, 20);
        } else {
            addSubflow(flow, steps, Requirement.REQUIRED, 10);
            addAuthenticator(flow, EnforcementAuthenticators.MEANS_ENFORCER, Requirement.REQUIRED, 20);
        }
        return flow;
    }

    private AuthenticationFlowModel newTopLevelFlow(String alias, String description) {
        AuthenticationFlowModel flow = new AuthenticationFlowModel();
        flow.setAlias(unusedAlias(alias));
        flow.setDescription(description);
        flow.setProviderId(BASIC_FLOW);
        flow.setTopLevel(true);
        flow.setBuiltIn(false);
        return realm.addAuthenticationFlow(flow);
    }

    private void addAuthenticator(AuthenticationFlowModel flow, String provider, Requirement requirement, int priority) {
        AuthenticationExecutionModel execution = new AuthenticationExecutionModel();
        execution.setParentFlow(flow.getId());
        execution.setAuthenticator(provider);
        execution.setAuthenticatorFlow(false);
        execution.setRequirement(requirement);
        execution.setPriority(priority);
        realm.addAuthenticatorExecution(execution);
    }

    private void addSubflow(AuthenticationFlowModel flow, AuthenticationFlowModel subflow, Requirement requirement,
                            int priority) {
        AuthenticationExecutionModel execution = new AuthenticationExecutionModel();
        execution.setParentFlow(flow.getId());
        execution.setFlowId(subflow.getId());
        execution.setAuthenticatorFlow(true);
        execution.setRequirement(requirement);
        execution.setPriority(priority);
        realm.addAuthenticatorExecution(execution);
    }

    private String unusedAlias(String wanted) {
        String alias = wanted;
        for (int n = 2; realm.getFlowByAlias(alias) != null; n++) {
            alias = wanted + " (" + n + ")";
        }
        return alias;
    }

    private AuthenticationFlowModel flow(String id) {
        return id == null ? null : realm.getAuthenticationFlowById(id);
    }
}
