package org.kcscim.admin;

import org.kcscim.config.AttributeMapping;
import org.kcscim.config.ExtensionAttribute;
import org.kcscim.config.MappedPath;
import org.kcscim.config.SchemaExtension;
import org.kcscim.scim.protocol.schema.AttributeType;
import org.kcscim.scim.protocol.schema.CoreSchemas;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.StoredNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what a configuration's schema extensions and attribute mappings mean, without a server: URNs, attribute
 * names and types, that every mapped path resolves to one value a user attribute can give back unchanged, and
 * that no mapping takes over a field Keycloak or SCIM already keeps natively. Errors name the entry.
 */
final class AttributeSettingsValidation {

    /** RFC 8141: {@code urn:}, a namespace identifier, a namespace-specific string; no spaces. */
    private static final Pattern URN = Pattern.compile("urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[\\x21-\\x7e]+",
            Pattern.CASE_INSENSITIVE);
    /** RFC 7643 §2.1 ATTRNAME. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** The characters Keycloak's user profile accepts in an attribute name, with a bound that fits its column. */
    private static final Pattern USER_ATTRIBUTE = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Set<String> EXTENSION_TYPES = Set.of(AttributeType.STRING, AttributeType.BOOLEAN,
            AttributeType.INTEGER, AttributeType.DECIMAL, AttributeType.DATE_TIME, AttributeType.REFERENCE)
            .stream().map(AttributeType::keyword).collect(java.util.stream.Collectors.toSet());
    /** SCIM values with a native Keycloak home, or computed: mapping them would keep one value in two places. */
    private static final Set<String> NATIVE_SCIM = Set.of("id", "meta", "userName", "name.givenName",
            "name.familyName", "active", "password", "groups", "manager.$ref", "manager.displayName");
    /** User attributes that are Keycloak's own fields (compared ignoring case). */
    private static final Set<String> NATIVE_USER = Set.of("username", "email", "firstname", "lastname",
            "emailverified", "enabled", "id", "createdtimestamp", "federationlink", "serviceaccountclientlink");

    private final List<FieldError> errors = new ArrayList<>();

    private AttributeSettingsValidation() {
    }

    /** The problems of these settings, in entry order; empty when they can be stored. */
    static List<FieldError> check(List<SchemaExtension> extensions, List<AttributeMapping> mappings) {
        return check(extensions, mappings, Set.of());
    }

    /**
     * @param singleValued the attributes the realm's user profile declares single-valued: a SCIM attribute with
     *                     several values cannot be kept in one of them and given back whole
     */
    static List<FieldError> check(List<SchemaExtension> extensions, List<AttributeMapping> mappings,
                                  Set<String> singleValued) {
        AttributeSettingsValidation validation = new AttributeSettingsValidation();
        validation.extensions(extensions);
        validation.mappings(mappings, ResourceTypeDefinition.user(
                extensions.stream().map(SchemaExtension::definition).toList()), singleValued);
        return List.copyOf(validation.errors);
    }

    private void extensions(List<SchemaExtension> extensions) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < extensions.size(); i++) {
            SchemaExtension extension = extensions.get(i);
            String field = AttributeSettingsInput.EXTENSIONS + "[" + i + "]";
            String id = extension.id();
            if (!URN.matcher(id).matches() || id.endsWith(":")) {
                error(field + ".id", "Must be a URN such as urn:ietf:params:scim:schemas:extension:acme:2.0:User");
            } else if (reserved(id)) {
                error(field + ".id", "Is the URN of a schema the server implements already; choose the directory's own");
            } else {
                Integer other = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), i);
                if (other != null) {
                    error(field + ".id", "Is declared already by " + AttributeSettingsInput.EXTENSIONS + "[" + other + "]");
                }
            }
            if (extension.attributes().isEmpty()) {
                error(field + ".attributes", "Must declare at least one attribute");
            }
            attributes(extension, field);
        }
    }

    private static boolean reserved(String id) {
        for (String urn : List.of(CoreSchemas.USER_URN, CoreSchemas.GROUP_URN, CoreSchemas.ENTERPRISE_USER_URN)) {
            String lower = id.toLowerCase(Locale.ROOT);
            String taken = urn.toLowerCase(Locale.ROOT);
            if (lower.equals(taken) || lower.startsWith(taken + ":") || taken.startsWith(lower + ":")) {
                return true;
            }
        }
        return false;
    }

    private void attributes(SchemaExtension extension, String extensionField) {
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < extension.attributes().size(); j++) {
            ExtensionAttribute attribute = extension.attributes().get(j);
            String field = extensionField + ".attributes[" + j + "]";
            if (!ATTRIBUTE_NAME.matcher(attribute.name()).matches()) {
                error(field + ".name", "Must be a SCIM attribute name: a letter, then letters, digits, - or _");
            } else {
                Integer other = seen.putIfAbsent(attribute.name().toLowerCase(Locale.ROOT), j);
                if (other != null) {
                    error(field + ".name", "Is declared already by " + extensionField + ".attributes[" + other + "]");
                }
            }
            if (attribute.type() == AttributeType.COMPLEX) {
                error(field + ".type", "Complex attributes are not supported in extensions; declare each part as an"
                        + " attribute of its own");
            } else if (!EXTENSION_TYPES.contains(attribute.type().keyword())) {
                error(field + ".type", "Must be one of string, boolean, integer, decimal, dateTime, reference");
            }
        }
    }

    private void mappings(List<AttributeMapping> mappings, ResourceTypeDefinition type, Set<String> singleValued) {
        Map<String, Integer> userAttributes = new HashMap<>();
        Map<String, Integer> paths = new HashMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            AttributeMapping mapping = mappings.get(i);
            String field = AttributeSettingsInput.MAPPINGS + "[" + i + "]";
            MappedPath path = mapping.scimPath().isEmpty() ? null
                    : scimPath(mapping.scimPath(), type, field + ".scimPath", paths, i);
            if (!mapping.userAttribute().isEmpty()
                    && userAttribute(mapping.userAttribute(), field + ".userAttribute", userAttributes, i)
                    && path != null && path.target().multiValued() && singleValued.contains(mapping.userAttribute())) {
                error(field + ".userAttribute", mapping.scimPath() + " has several values and " + mapping.userAttribute()
                        + " is single-valued in the realm's user profile: make it multivalued there first");
            }
        }
    }

    /** The resolved path, or null when it is refused. */
    private MappedPath scimPath(String scimPath, ResourceTypeDefinition type, String field, Map<String, Integer> seen,
                                int index) {
        MappedPath path;
        try {
            path = MappedPath.parse(scimPath, type);
        } catch (MappedPath.Unmappable e) {
            error(field, e.getMessage());
            return null;
        }
        if (path.schema() == type.schema() || path.schema() == null) {
            if (NATIVE_SCIM.contains(path.shortName()) || NATIVE_SCIM.contains(path.attribute().name())) {
                error(field, path.shortName() + " is kept in a native Keycloak field or computed; it cannot be mapped");
                return null;
            }
        } else if (NATIVE_SCIM.contains(path.shortName())) {
            error(field, path.shortName() + " is computed by the server; it cannot be mapped");
            return null;
        }
        String key = (path.schema() == null ? "" : path.schema().id().toLowerCase(Locale.ROOT)) + ":"
                + path.attribute().name() + "[" + (path.entryType() == null ? "" : path.entryType().toLowerCase(Locale.ROOT))
                + "]." + (path.sub() == null ? "" : path.sub().name());
        Integer other = seen.putIfAbsent(key, index);
        if (other != null) {
            error(field, "Is mapped already by " + AttributeSettingsInput.MAPPINGS + "[" + other + "]");
        }
        return path;
    }

    /** Whether the name may be a mapping's target; reports why not. */
    private boolean userAttribute(String name, String field, Map<String, Integer> seen, int index) {
        if (!USER_ATTRIBUTE.matcher(name).matches()) {
            error(field, "Must be a user-profile attribute name: letters, digits, '.', '_' or '-'");
        } else if (NATIVE_USER.contains(name.toLowerCase(Locale.ROOT))) {
            error(field, name + " is a native Keycloak field, kept from userName, name and emails already");
        } else if (name.startsWith(StoredNames.PREFIX)) {
            error(field, "Names starting with " + StoredNames.PREFIX + " are the extension's own");
        } else {
            Integer other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), index);
            if (other == null) {
                return true;
            }
            error(field, "Is the target of " + AttributeSettingsInput.MAPPINGS + "[" + other + "] already: one"
                    + " user attribute holds one SCIM attribute");
        }
        return false;
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
