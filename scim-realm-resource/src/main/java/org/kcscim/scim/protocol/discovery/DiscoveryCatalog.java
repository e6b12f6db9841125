package org.kcscim.scim.protocol.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * The resource types and schemas the server serves, as the documents {@code /ResourceTypes} and
 * {@code /Schemas} return (RFC 7643 §6 and §7). Documents carry a relative {@code meta.location};
 * {@link #located} makes it absolute for one request's base URL.
 */
public final class DiscoveryCatalog {

    private final List<ObjectNode> resourceTypes;
    private final List<ObjectNode> schemas;

    public DiscoveryCatalog(List<ObjectNode> resourceTypes, List<ObjectNode> schemas) {
        this.resourceTypes = List.copyOf(resourceTypes);
        this.schemas = List.copyOf(schemas);
    }

    public List<ObjectNode> resourceTypes(String baseUrl) {
        return resourceTypes.stream().map(doc -> located(doc, baseUrl)).toList();
    }

    public List<ObjectNode> schemas(String baseUrl) {
        return schemas.stream().map(doc -> located(doc, baseUrl)).toList();
    }

    public Optional<ObjectNode> resourceType(String id, String baseUrl) {
        return byId(resourceTypes, id).map(doc -> located(doc, baseUrl));
    }

    public Optional<ObjectNode> schema(String id, String baseUrl) {
        return byId(schemas, id).map(doc -> located(doc, baseUrl));
    }

    private static Optional<ObjectNode> byId(List<ObjectNode> docs, String id) {
        return docs.stream().filter(doc -> doc.path("id").asText().equals(id)).findFirst();
    }

    private static ObjectNode located(ObjectNode doc, String baseUrl) {
        ObjectNode copy = doc.deepCopy();
        ObjectNode meta = copy.get("meta") instanceof ObjectNode existing ? existing : copy.putObject("meta");
        String relative = meta.path("location").asText("");
        meta.put("location", baseUrl + relative);
        return copy;
    }
}
