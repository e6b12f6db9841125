package org.kcscim.mapping;

import java.util.List;

/**
 * The part of a mapping an administrator edits.
 *
 * @param groupIds        provisioned groups of the mapping's configuration
 * @param roles           role names as the administrator wrote them, resolved per account when applied
 * @param accountRealmIds ids of the realms where the roles apply
 * @param means           allowed authentication means
 */
public record MappingSettings(String name, List<String> groupIds, List<String> roles, List<String> accountRealmIds,
                              List<AuthMeans> means) {

    public static final int NAME_MAX_LENGTH = 100;

    public MappingSettings {
        groupIds = List.copyOf(groupIds);
        roles = List.copyOf(roles);
        accountRealmIds = List.copyOf(accountRealmIds);
        means = List.copyOf(means);
    }
}
