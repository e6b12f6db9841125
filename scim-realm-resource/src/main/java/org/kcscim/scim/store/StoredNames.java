package org.kcscim.scim.store;

import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.CoreSchemas;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

/**
 * The Keycloak attribute names under which SCIM data without a native field is kept. One row per value, so
 * that every stored value can be filtered and sorted in SQL:
 * <ul>
 *   <li>a singular attribute: {@code kcscim.title}, {@code kcscim.enterprise.department};</li>
 *   <li>a sub-attribute of a singular complex one: {@code kcscim.name.middleName};</li>
 *   <li>an entry of a multi-valued complex attribute: an anchor {@code kcscim.emails.#} whose values are the
 *   entries' indexes, and one row per sub-attribute, {@code kcscim.emails.0.type}. Filters such as
 *   {@code emails[type eq "work" and value co "x"]} correlate the sub-attributes of one entry through the
 *   anchor's value.</li>
 * </ul>
 */
public final class StoredNames {

    public static final String PREFIX = "kcscim.";
    /** The configuration that provisioned a user or group. */
    public static final String OWNER = PREFIX + "owner";
    /** Epoch milliseconds of the last change made through SCIM. */
    public static final String LAST_MODIFIED = PREFIX + "lastModified";
    /** Epoch milliseconds of creation, for groups (users have a native creation time). */
    public static final String CREATED = PREFIX + "created";
    /** A counter bumped on every change made through SCIM, membership changes included. */
    public static final String REVISION = PREFIX + "revision";

    static final String ANCHOR = "#";

    private StoredNames() {
    }

    /**
     * The name prefix of an attribute of {@code schema}: extensions get their own namespace. A configuration's
     * own extension (issue 15) is named by its whole URN, {@code kcscim.urn:…:acme:2.0:User:costCenter}, so that
     * two extensions with an attribute of the same name never share a row.
     */
    static String base(SchemaDefinition schema, AttributeDefinition attribute) {
        if (schema != null && CoreSchemas.ENTERPRISE_USER_URN.equals(schema.id())) {
            return PREFIX + "enterprise." + attribute.name();
        }
        if (schema != null && !schema.id().equals(CoreSchemas.USER_URN) && !schema.id().equals(CoreSchemas.GROUP_URN)) {
            return PREFIX + schema.id() + ":" + attribute.name();
        }
        return PREFIX + attribute.name();
    }

    /** The row name of a singular attribute, or of every value of a multi-valued simple one. */
    public static String singular(SchemaDefinition schema, AttributeDefinition attribute) {
        return base(schema, attribute);
    }

    public static String subOfSingular(SchemaDefinition schema, AttributeDefinition attribute, AttributeDefinition sub) {
        return base(schema, attribute) + "." + sub.name();
    }

    public static String anchor(SchemaDefinition schema, AttributeDefinition attribute) {
        return base(schema, attribute) + "." + ANCHOR;
    }

    /** The prefix that, followed by an entry index, a dot and a sub-attribute name, names an entry's value. */
    public static String entryPrefix(SchemaDefinition schema, AttributeDefinition attribute) {
        return base(schema, attribute) + ".";
    }

    public static String entry(SchemaDefinition schema, AttributeDefinition attribute, int index, AttributeDefinition sub) {
        return entryPrefix(schema, attribute) + index + "." + sub.name();
    }
}
