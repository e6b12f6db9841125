package org.kcscim.config;

import org.keycloak.Config;
import org.keycloak.component.ComponentFactory;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;

/**
 * The component factory of SCIM configurations. It names the component's config keys and declares the key
 * hashes secret, so that Keycloak masks them wherever it shows components (admin API, partial export).
 *
 * <p>Owns the node's {@link KeyUseMemo}: the factory is the configuration SPI's one object that lives as long as
 * the node.
 */
public class ScimConfigurationComponentFactory
        implements ScimConfigurationProviderFactory {

    public static final String ID = "kcscim-configuration";

    public static final String ACCOUNTS = "accounts";
    public static final String ACTIVE = "active";
    public static final String ADOPT_EXISTING_USERS = "adoptExistingUsers";
    public static final String USER_DELETE_ACTION = "userDeleteAction";
    public static final String SCHEMA_EXTENSIONS = "schemaExtensions";
    public static final String ATTRIBUTE_MAPPINGS = "attributeMappings";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String KEY_HASH = "keyHash";
    public static final String KEY_CREATED_AT = "keyCreatedAt";
    public static final String PREVIOUS_KEY_HASH = "previousKeyHash";
    public static final String PREVIOUS_KEY_EXPIRES_AT = "previousKeyExpiresAt";

    private static final ScimConfigurationProvider PROVIDER = new ScimConfigurationProvider() {
    };

    private static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(ACCOUNTS).type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .label("Accounts").helpText("Ids of the realms the configuration covers").add()
            .property().name(ACTIVE).type(ProviderConfigProperty.BOOLEAN_TYPE).label("Active").add()
            .property().name(ADOPT_EXISTING_USERS).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .label("Adopt existing users").add()
            .property().name(USER_DELETE_ACTION).type(ProviderConfigProperty.LIST_TYPE)
                .options(UserDeleteAction.DELETE.value(), UserDeleteAction.DISABLE.value())
                .label("SCIM DELETE of a user").add()
            .property().name(SCHEMA_EXTENSIONS).type(ProviderConfigProperty.TEXT_TYPE)
                .label("Schema extensions").helpText("JSON array of custom User schema extensions").add()
            .property().name(ATTRIBUTE_MAPPINGS).type(ProviderConfigProperty.TEXT_TYPE)
                .label("Attribute mappings").helpText("JSON array of SCIM paths mapped to user-profile attributes").add()
            .property().name(KEY_HASH).type(ProviderConfigProperty.PASSWORD).secret(true)
                .label("API key hash").add()
            .property().name(PREVIOUS_KEY_HASH).type(ProviderConfigProperty.PASSWORD).secret(true)
                .label("Previous API key hash").add()
            .build();

    private final KeyUseMemo keyUseMemo = KeyUseMemo.onSystemClock();

    /** The memo of the key-use stamps this node wrote, shared by all its sessions. */
    static KeyUseMemo keyUseMemo(KeycloakSession session) {
        return ((ScimConfigurationComponentFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(ScimConfigurationProvider.class, ID)).keyUseMemo;
    }

    @Override
    public ScimConfigurationProvider create(KeycloakSession session, ComponentModel model) {
        return PROVIDER;
    }

    /**
     * Guards the invariants the SCIM endpoints rely on, whatever path the component came by (our admin API,
     * Keycloak's generic components API, a realm import).
     */
    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
            throws ComponentValidationException {
        String name = model.getName();
        if (name == null || name.isBlank() || name.length() > ConfigurationSettings.NAME_MAX_LENGTH) {
            throw new ComponentValidationException("SCIM configuration name must be 1 to 100 characters");
        }
        String action = model.get(USER_DELETE_ACTION);
        if (action != null && UserDeleteAction.of(action).isEmpty()) {
            throw new ComponentValidationException("SCIM configuration userDeleteAction must be delete or disable");
        }
        try {
            AttributeSettingsJson.readExtensions(model.get(SCHEMA_EXTENSIONS));
            AttributeSettingsJson.readMappings(model.get(ATTRIBUTE_MAPPINGS));
        } catch (IllegalStateException e) {
            throw new ComponentValidationException("SCIM configuration schemaExtensions and attributeMappings must be"
                    + " JSON arrays");
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "A SCIM 2.0 configuration: a directory's API key and the realms it provisions";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
