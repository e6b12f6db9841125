package org.kcscim.scim.protocol.message;

/** The schema URNs of RFC 7643 and RFC 7644 that this server speaks. */
public final class ScimSchemaUris {

    public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public static final String SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    private ScimSchemaUris() {
    }
}
