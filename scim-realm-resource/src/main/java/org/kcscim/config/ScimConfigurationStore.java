package org.kcscim.config;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.kcscim.config.ScimConfigurationComponentFactory.*;

/**
 * Reads and writes the SCIM configurations of one home realm, kept as components of that realm. Nothing is
 * cached here: Keycloak's realm cache holds components and invalidates them across the cluster, so a key
 * created or revoked on one node is seen by the next request on any node. For that very reason SCIM requests
 * never write a component: when a key was last used goes to {@link KeyUsage}.
 */
public class ScimConfigurationStore {

    private static final Logger LOG = Logger.getLogger(ScimConfigurationStore.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public ScimConfigurationStore(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** A configuration just created, with the only copy of its first key in clear. */
    public record Created(ScimConfiguration configuration, ApiKey apiKey) {
    }

    public List<ScimConfiguration> list() {
        return realm.getComponentsStream(realm.getId(), ScimConfigurationProvider.class.getName())
                .map(ScimConfigurationStore::fromComponent)
                .sorted(Comparator.comparing(ScimConfiguration::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<ScimConfiguration> find(String id) {
        ComponentModel component = id == null ? null : realm.getComponent(id);
        if (component == null || !isConfiguration(component)) {
            return Optional.empty();
        }
        return Optional.of(fromComponent(component));
    }

    public Optional<ScimConfiguration> findByName(String name) {
        return list().stream().filter(config -> config.name().equalsIgnoreCase(name)).findFirst();
    }

    public Created create(ConfigurationSettings settings) {
        long now = now();
        ApiKey key = ApiKey.generate();
        ScimConfiguration draft = new ScimConfiguration(null, realm.getId(), settings, now, now,
                StoredApiKey.first(key, now));
        ComponentModel saved = realm.addComponentModel(toComponent(draft));
        KeyUsage.of(session).register(saved.getId());
        return new Created(fromComponent(saved), key);
    }

    public ScimConfiguration update(ScimConfiguration existing, ConfigurationSettings settings) {
        return save(new ScimConfiguration(existing.id(), existing.realmId(), settings, existing.createdAt(), now(),
                existing.apiKey()));
    }

    /** Replaces the key; the old one keeps working for {@code graceSeconds}, or stops at once when 0. */
    public ApiKey rotateKey(ScimConfiguration existing, long graceSeconds) {
        long now = now();
        ApiKey key = ApiKey.generate();
        save(new ScimConfiguration(existing.id(), existing.realmId(), existing.settings(), existing.createdAt(), now,
                existing.apiKey().rotatedTo(key, now, graceSeconds)));
        return key;
    }

    public void delete(ScimConfiguration configuration) {
        ComponentModel component = realm.getComponent(configuration.id());
        if (component != null) {
            realm.removeComponent(component);
        }
    }

    /**
     * The active configuration that the presented key belongs to. Every configuration of the realm is compared,
     * so the time taken does not depend on which one matched.
     */
    public Optional<ScimConfiguration> authenticate(String presentedKey) {
        long now = now();
        ScimConfiguration match = null;
        for (ScimConfiguration candidate : list()) {
            if (candidate.apiKey().accepts(presentedKey, now) && match == null) {
                match = candidate;
            }
        }
        if (match == null || !match.active()) {
            return Optional.empty();
        }
        if (keyUseMemo(session).due(match.id())) {
            recordUse(match.id(), now);
        }
        return Optional.of(match);
    }

    /**
     * Stamps the key use in a transaction of its own, committed at once, so that the row lock is held for one
     * statement and a failure of this bookkeeping never fails the SCIM request.
     */
    private void recordUse(String configurationId, long now) {
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(),
                    job -> KeyUsage.of(job).stamp(configurationId, now));
        } catch (ModelDuplicateException e) {
            // Keycloak's name for a violated constraint: another node inserted the first stamp at the same moment
            // (its stamp is as good), or the configuration was deleted meanwhile (nothing left to stamp)
            LOG.debugf(e, "Key use of SCIM configuration %s not recorded: another node recorded it, or the"
                    + " configuration is gone", configurationId);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Key use of SCIM configuration %s not recorded; the request goes on", configurationId);
        }
    }

    private ScimConfiguration save(ScimConfiguration configuration) {
        ComponentModel component = toComponent(configuration);
        realm.updateComponent(component);
        return configuration;
    }

    private static boolean isConfiguration(ComponentModel component) {
        return ScimConfigurationProvider.class.getName().equals(component.getProviderType())
                && ID.equals(component.getProviderId());
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private ComponentModel toComponent(ScimConfiguration configuration) {
        ComponentModel component = new ComponentModel();
        component.setId(configuration.id());
        component.setName(configuration.name());
        component.setParentId(realm.getId());
        component.setProviderId(ID);
        component.setProviderType(ScimConfigurationProvider.class.getName());
        MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
        ConfigurationSettings settings = configuration.settings();
        config.put(ACCOUNTS, settings.accountRealmIds());
        config.putSingle(ACTIVE, Boolean.toString(settings.active()));
        config.putSingle(ADOPT_EXISTING_USERS, Boolean.toString(settings.adoptExistingUsers()));
        config.putSingle(USER_DELETE_ACTION, settings.userDeleteAction().value());
        if (!settings.schemaExtensions().isEmpty()) {
            config.putSingle(SCHEMA_EXTENSIONS, AttributeSettingsJson.text(
                    AttributeSettingsJson.extensions(settings.schemaExtensions())));
        }
        if (!settings.attributeMappings().isEmpty()) {
            config.putSingle(ATTRIBUTE_MAPPINGS, AttributeSettingsJson.text(
                    AttributeSettingsJson.mappings(settings.attributeMappings())));
        }
        config.putSingle(CREATED_AT, Long.toString(configuration.createdAt()));
        config.putSingle(UPDATED_AT, Long.toString(configuration.updatedAt()));
        StoredApiKey key = configuration.apiKey();
        config.putSingle(KEY_HASH, key.hash());
        config.putSingle(KEY_CREATED_AT, Long.toString(key.createdAt()));
        if (key.previousHash() != null) {
            config.putSingle(PREVIOUS_KEY_HASH, key.previousHash());
            config.putSingle(PREVIOUS_KEY_EXPIRES_AT, Long.toString(key.previousExpiresAt()));
        }
        component.setConfig(config);
        return component;
    }

    private static ScimConfiguration fromComponent(ComponentModel component) {
        List<String> accounts = component.getConfig().getOrDefault(ACCOUNTS, List.of());
        ConfigurationSettings settings = new ConfigurationSettings(
                component.getName(),
                accounts,
                component.get(ACTIVE, true),
                component.get(ADOPT_EXISTING_USERS, false),
                UserDeleteAction.of(component.get(USER_DELETE_ACTION)).orElse(UserDeleteAction.DELETE),
                AttributeSettingsJson.readExtensions(component.get(SCHEMA_EXTENSIONS)),
                AttributeSettingsJson.readMappings(component.get(ATTRIBUTE_MAPPINGS)));
        StoredApiKey key = new StoredApiKey(
                component.get(KEY_HASH),
                component.get(KEY_CREATED_AT, 0L),
                component.get(PREVIOUS_KEY_HASH),
                component.get(PREVIOUS_KEY_EXPIRES_AT, 0L));
        return new ScimConfiguration(component.getId(), component.getParentId(), settings,
                component.get(CREATED_AT, 0L), component.get(UPDATED_AT, 0L), key);
    }
}
