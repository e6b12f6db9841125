package org.kcscim.config;

import java.util.List;

/**
 * The part of a SCIM configuration that an administrator edits.
 *
 * @param accountRealmIds   ids (not names) of the realms covered, so that renaming a realm keeps it covered
 * @param schemaExtensions  custom User schema extensions the directory sends (issue 15)
 * @param attributeMappings SCIM attributes kept in user-profile attributes rather than in hidden ones (issue 15)
 */
public record ConfigurationSettings(
        String name,
        List<String> accountRealmIds,
        boolean active,
        boolean adoptExistingUsers,
        UserDeleteAction userDeleteAction,
        List<SchemaExtension> schemaExtensions,
        List<AttributeMapping> attributeMappings) {

    public static final int NAME_MAX_LENGTH = 100;

    public ConfigurationSettings {
        accountRealmIds = List.copyOf(accountRealmIds);
        schemaExtensions = List.copyOf(schemaExtensions);
        attributeMappings = List.copyOf(attributeMappings);
    }

    /** Settings without extensions or attribute mappings, what every configuration had before issue 15. */
    public ConfigurationSettings(String name, List<String> accountRealmIds, boolean active, boolean adoptExistingUsers,
                                 UserDeleteAction userDeleteAction) {
        this(name, accountRealmIds, active, adoptExistingUsers, userDeleteAction, List.of(), List.of());
    }
}
