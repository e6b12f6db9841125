package org.kcscim.mapping;

import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.ScimConfigurationStore;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.kcscim.mapping.MappingComponentFactory.*;

/**
 * Reads and writes the mappings of one home realm, kept as components whose parent is their configuration's
 * component: cached and cluster-invalidated like every component, exported with the realm.
 */
public class MappingStore {

    private final RealmModel realm;
    private final ScimConfigurationStore configurations;

    public MappingStore(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.configurations = new ScimConfigurationStore(session, realm);
    }

    /** Every mapping of the realm, by configuration then name. */
    public List<Mapping> list() {
        return configurations.list().stream().flatMap(configuration -> of(configuration.id()).stream()).toList();
    }

    public List<Mapping> of(String configurationId) {
        return realm.getComponentsStream(configurationId, MappingProvider.class.getName())
                .map(MappingStore::fromComponent)
                .sorted(Comparator.comparing(Mapping::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<Mapping> find(String id) {
        ComponentModel component = id == null ? null : realm.getComponent(id);
        if (component == null || !MappingProvider.class.getName().equals(component.getProviderType())) {
            return Optional.empty();
        }
        return Optional.of(fromComponent(component));
    }

    public Optional<Mapping> findByName(String configurationId, String name) {
        return of(configurationId).stream().filter(mapping -> mapping.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The mappings that name this group. */
    public List<Mapping> naming(String groupId) {
        return list().stream().filter(mapping -> mapping.settings().groupIds().contains(groupId)).toList();
    }

    /** Drops a deleted group from the mappings that named it; its role mappings went with the group. */
    public void forgetGroup(String groupId) {
        for (Mapping mapping : naming(groupId)) {
            MappingSettings settings = mapping.settings();
            List<String> remaining = settings.groupIds().stream().filter(id -> !id.equals(groupId)).toList();
            update(mapping, new MappingSettings(settings.name(), remaining, settings.roles(),
                    settings.accountRealmIds(), settings.means()));
        }
    }

    public Mapping create(ScimConfiguration configuration, MappingSettings settings) {
        long now = System.currentTimeMillis();
        ComponentModel saved = realm.addComponentModel(
                toComponent(new Mapping(null, configuration.id(), settings, now, now)));
        return fromComponent(saved);
    }

    public Mapping update(Mapping existing, MappingSettings settings) {
        Mapping updated = new Mapping(existing.id(), existing.configurationId(), settings, existing.createdAt(),
                System.currentTimeMillis());
        realm.updateComponent(toComponent(updated));
        return updated;
    }

    public void delete(Mapping mapping) {
        ComponentModel component = realm.getComponent(mapping.id());
        if (component != null) {
            realm.removeComponent(component);
        }
    }

    private ComponentModel toComponent(Mapping mapping) {
        ComponentModel component = new ComponentModel();
        component.setId(mapping.id());
        component.setName(mapping.name());
        component.setParentId(mapping.configurationId());
        component.setProviderId(ID);
        component.setProviderType(MappingProvider.class.getName());
        MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
        MappingSettings settings = mapping.settings();
        config.put(GROUPS, settings.groupIds());
        config.put(ROLES, settings.roles());
        config.put(ACCOUNTS, settings.accountRealmIds());
        config.put(MEANS, settings.means().stream().map(AuthMeans::toString).toList());
        config.putSingle(CREATED_AT, Long.toString(mapping.createdAt()));
        config.putSingle(UPDATED_AT, Long.toString(mapping.updatedAt()));
        component.setConfig(config);
        return component;
    }

    static Mapping fromComponent(ComponentModel component) {
        MultivaluedHashMap<String, String> config = component.getConfig();
        MappingSettings settings = new MappingSettings(
                component.getName(),
                config.getOrDefault(GROUPS, List.of()),
                config.getOrDefault(ROLES, List.of()),
                config.getOrDefault(ACCOUNTS, List.of()),
                config.getOrDefault(MEANS, List.of()).stream()
                        .map(AuthMeans::parse).flatMap(Optional::stream).toList());
        return new Mapping(component.getId(), component.getParentId(), settings,
                component.get(CREATED_AT, 0L), component.get(UPDATED_AT, 0L));
    }
}
