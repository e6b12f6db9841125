package org.kcscim.config;

import java.util.List;

/**
 * The part of a SCIM configuration that an administrator edits.
 *
 * @param accountRealmIds ids (not names) of the realms covered, so that renaming a realm keeps it covered
 */
public record ConfigurationSettings(
        String name,
        List<String> accountRealmIds,
        boolean active,
        boolean adoptExistingUsers,
        UserDeleteAction userDeleteAction) {

    public static final int NAME_MAX_LENGTH = 100;

    public ConfigurationSettings {
        accountRealmIds = List.copyOf(accountRealmIds);
    }
}
