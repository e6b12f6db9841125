package org.kcscim.scim.protocol.schema;

import java.util.List;

import static org.kcscim.scim.protocol.schema.AttributeDefinition.attribute;
import static org.kcscim.scim.protocol.schema.AttributeType.*;

/**
 * The schemas this server implements: core User and Group (RFC 7643 §4.1, §4.2), the Enterprise User extension
 * (§4.3), and the attributes common to every resource (§3.1). Characteristics follow the schema representations of
 * §8.7.1, checked attribute by attribute by {@code CoreSchemasRfcTest}; the deliberate differences are commented
 * where they are (group {@code displayName} and {@code members}, {@code addresses.primary}).
 */
public final class CoreSchemas {

    public static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_USER_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /** {@code id}, {@code externalId} and {@code meta}: defined by RFC 7643 §3.1 outside any schema. */
    public static final List<AttributeDefinition> COMMON = List.of(
            attribute("id", STRING).caseExact().mutability(Mutability.READ_ONLY).returned(Returned.ALWAYS)
                    .uniqueness(Uniqueness.SERVER).description("Identifier of the resource, issued by Keycloak").build(),
            attribute("externalId", STRING).caseExact().description("Identifier of the resource in the directory").build(),
            attribute("meta", COMPLEX).mutability(Mutability.READ_ONLY).description("Resource metadata").subAttributes(
                    attribute("resourceType", STRING).caseExact().mutability(Mutability.READ_ONLY),
                    attribute("created", DATE_TIME).mutability(Mutability.READ_ONLY),
                    attribute("lastModified", DATE_TIME).mutability(Mutability.READ_ONLY),
                    attribute("location", REFERENCE).caseExact().mutability(Mutability.READ_ONLY).referenceTypes("uri"),
                    attribute("version", STRING).caseExact().mutability(Mutability.READ_ONLY)).build());

    public static final SchemaDefinition USER = new SchemaDefinition(USER_URN, "User", "User Account", List.of(
            attribute("userName", STRING).required().uniqueness(Uniqueness.SERVER)
                    .description("Unique identifier for the user, used to sign in; Keycloak's username").build(),
            attribute("name", COMPLEX).description("The components of the user's name").subAttributes(
                    attribute("formatted", STRING),
                    attribute("familyName", STRING).description("Keycloak's last name"),
                    attribute("givenName", STRING).description("Keycloak's first name"),
                    attribute("middleName", STRING),
                    attribute("honorificPrefix", STRING),
                    attribute("honorificSuffix", STRING)).build(),
            attribute("displayName", STRING).build(),
            attribute("nickName", STRING).build(),
            attribute("profileUrl", REFERENCE).referenceTypes("external").build(),
            attribute("title", STRING).build(),
            attribute("userType", STRING).build(),
            attribute("preferredLanguage", STRING).build(),
            attribute("locale", STRING).build(),
            attribute("timezone", STRING).build(),
            attribute("active", BOOLEAN).description("Whether the user may sign in; Keycloak's enabled").build(),
            attribute("password", STRING).mutability(Mutability.WRITE_ONLY).returned(Returned.NEVER)
                    .description("Sets the Keycloak password, subject to the realm's password policy").build(),
            multiValuedWithType("emails", STRING, "work", "home", "other")
                    .description("Email addresses; the primary one is Keycloak's email").build(),
            multiValuedWithType("phoneNumbers", STRING, "work", "home", "mobile", "fax", "pager", "other").build(),
            multiValuedWithType("ims", STRING, "aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo").build(),
            // photos.value is a URL to an image hosted elsewhere: referenceTypes ["external"] (RFC 7643 §8.7.1)
            attribute("photos", COMPLEX).multiValued().subAttributes(
                    attribute("value", REFERENCE).referenceTypes("external"),
                    attribute("display", STRING),
                    attribute("type", STRING).canonicalValues("photo", "thumbnail"),
                    attribute("primary", BOOLEAN)).build(),
            // RFC 7643 §8.7.1 lists no primary for addresses, but §2.4 gives every multi-valued attribute one and
            // §4.1.2 describes a primary address; directories send it, and the single-primary rule needs it.
            attribute("addresses", COMPLEX).multiValued().subAttributes(
                    attribute("formatted", STRING),
                    attribute("streetAddress", STRING),
                    attribute("locality", STRING),
                    attribute("region", STRING),
                    attribute("postalCode", STRING),
                    attribute("country", STRING),
                    attribute("type", STRING).canonicalValues("work", "home", "other"),
                    attribute("primary", BOOLEAN)).build(),
            attribute("groups", COMPLEX).multiValued().mutability(Mutability.READ_ONLY)
                    .description("Groups the user belongs to; changed through the groups' members").subAttributes(
                            attribute("value", STRING).mutability(Mutability.READ_ONLY),
                            attribute("$ref", REFERENCE).mutability(Mutability.READ_ONLY).referenceTypes("User", "Group"),
                            attribute("display", STRING).mutability(Mutability.READ_ONLY),
                            attribute("type", STRING).mutability(Mutability.READ_ONLY).canonicalValues("direct", "indirect"))
                    .build(),
            multiValuedWithType("entitlements", STRING).build(),
            multiValuedWithType("roles", STRING).build(),
            multiValuedWithType("x509Certificates", BINARY).build()));

    public static final SchemaDefinition ENTERPRISE_USER = new SchemaDefinition(ENTERPRISE_USER_URN, "EnterpriseUser",
            "Enterprise User", List.of(
            attribute("employeeNumber", STRING).build(),
            attribute("costCenter", STRING).build(),
            attribute("organization", STRING).build(),
            attribute("division", STRING).build(),
            attribute("department", STRING).build(),
            attribute("manager", COMPLEX).subAttributes(
                    attribute("value", STRING),
                    attribute("$ref", REFERENCE).referenceTypes("User"),
                    attribute("displayName", STRING).mutability(Mutability.READ_ONLY)).build()));

    /*
     * Deliberate differences from RFC 7643 §8.7.1, each because of what Keycloak groups are:
     * - displayName is required and unique (RFC: optional, uniqueness none): a Keycloak group has a name, unique
     *   among its siblings;
     * - members.$ref names only "User" and members.type offers only "User" (RFC: "User", "Group"): nested groups are
     *   refused (a Keycloak subgroup has one parent), so advertising Group would promise what a PATCH refuses;
     * - members.display is served, readOnly (RFC §8.7.1 has none; §4.2 and the examples of §8.4 show it).
     */
    public static final SchemaDefinition GROUP = new SchemaDefinition(GROUP_URN, "Group", "Group", List.of(
            attribute("displayName", STRING).required().uniqueness(Uniqueness.SERVER)
                    .description("Name of the group; Keycloak's group name").build(),
            attribute("members", COMPLEX).multiValued().description("Users in the group").subAttributes(
                    attribute("value", STRING).mutability(Mutability.IMMUTABLE),
                    attribute("$ref", REFERENCE).mutability(Mutability.IMMUTABLE).referenceTypes("User"),
                    attribute("display", STRING).mutability(Mutability.READ_ONLY),
                    attribute("type", STRING).mutability(Mutability.IMMUTABLE).canonicalValues("User")).build()));

    private CoreSchemas() {
    }

    /** The value/display/type/primary shape that RFC 7643 §2.4 gives most multi-valued attributes. */
    private static AttributeDefinition.Builder multiValuedWithType(String name, AttributeType valueType,
                                                                   String... canonicalTypes) {
        return attribute(name, COMPLEX).multiValued().subAttributes(
                attribute("value", valueType),
                attribute("display", STRING),
                attribute("type", STRING).canonicalValues(canonicalTypes),
                attribute("primary", BOOLEAN));
    }
}
