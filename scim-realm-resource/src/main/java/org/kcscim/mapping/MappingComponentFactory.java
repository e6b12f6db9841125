package org.kcscim.mapping;

import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;

/** The component factory of mappings: names the component's config keys. */
public class MappingComponentFactory implements MappingProviderFactory {

    public static final String ID = "kcscim-mapping";

    public static final String GROUPS = "groups";
    public static final String ROLES = "roles";
    public static final String ACCOUNTS = "accounts";
    public static final String MEANS = "means";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private static final MappingProvider PROVIDER = new MappingProvider() {
    };

    private static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(GROUPS).type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .label("Groups").helpText("Ids of the provisioned groups the mapping applies to").add()
            .property().name(ROLES).type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .label("Roles").helpText("Role names, resolved in each account").add()
            .property().name(ACCOUNTS).type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .label("Accounts").helpText("Ids of the realms where the roles apply").add()
            .property().name(MEANS).type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .label("Authentication means").helpText("local, or idp:<alias>").add()
            .build();

    @Override
    public MappingProvider create(KeycloakSession session, ComponentModel model) {
        return PROVIDER;
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
            throws ComponentValidationException {
        String name = model.getName();
        if (name == null || name.isBlank() || name.length() > MappingSettings.NAME_MAX_LENGTH) {
            throw new ComponentValidationException("Mapping name must be 1 to 100 characters");
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "A mapping: which roles and sign-in means the members of provisioned groups get";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    @Override
    public void init(Config.Scope config) {
    }

    /** However a group is deleted (SCIM, admin console), the mappings that named it forget it. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof GroupModel.GroupRemovedEvent removed) {
                new MappingStore(removed.getKeycloakSession(), removed.getRealm()).forgetGroup(removed.getGroup().getId());
            }
        });
    }

    @Override
    public void close() {
    }
}
