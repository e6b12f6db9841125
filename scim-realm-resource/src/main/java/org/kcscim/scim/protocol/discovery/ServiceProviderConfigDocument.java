package org.kcscim.scim.protocol.discovery;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.message.ScimSchemaUris;

/** Renders the {@code /ServiceProviderConfig} resource of RFC 7643 §5 from the server's capabilities. */
public final class ServiceProviderConfigDocument {

    private ServiceProviderConfigDocument() {
    }

    public static ObjectNode render(Capabilities capabilities, String location) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode doc = json.objectNode();
        doc.putArray("schemas").add(ScimSchemaUris.SERVICE_PROVIDER_CONFIG);
        doc.putObject("patch").put("supported", capabilities.patch());
        doc.putObject("bulk")
                .put("supported", capabilities.bulk())
                .put("maxOperations", capabilities.bulkMaxOperations())
                .put("maxPayloadSize", capabilities.bulkMaxPayloadSize());
        doc.putObject("filter")
                .put("supported", capabilities.filter())
                .put("maxResults", capabilities.filterMaxResults());
        doc.putObject("changePassword").put("supported", capabilities.changePassword());
        doc.putObject("sort").put("supported", capabilities.sort());
        doc.putObject("etag").put("supported", capabilities.etag());
        doc.putArray("authenticationSchemes").addObject()
                .put("type", "oauthbearertoken")
                .put("name", "API key")
                .put("description", "The API key of a SCIM configuration, sent as an OAuth 2.0 bearer token"
                        + " in the Authorization header (RFC 6750)")
                .put("primary", true);
        ObjectNode meta = doc.putObject("meta");
        meta.put("resourceType", "ServiceProviderConfig");
        meta.put("location", location);
        return doc;
    }
}
