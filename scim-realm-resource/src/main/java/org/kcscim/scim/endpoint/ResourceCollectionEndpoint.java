package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.kcscim.scim.protocol.message.ListRequest;
import org.kcscim.scim.protocol.message.SearchRequest;

/**
 * What {@code /Users} and {@code /Groups} do alike at the collection level: list by query (RFC 7644 §3.4.2),
 * search by POST (§3.4.3), and a SCIM 405 for PUT, PATCH and DELETE, which address one resource.
 */
public abstract class ResourceCollectionEndpoint {

    protected final ScimResponder responder;
    private final String collection;

    ResourceCollectionEndpoint(ScimResponder responder, String collection) {
        this.responder = responder;
        this.collection = collection;
    }

    /** One page of the collection, with its total. */
    abstract ObjectNode list(ScimSession scim, ListRequest request);

    @GET
    public Response list(@QueryParam("filter") String filter, @QueryParam("sortBy") String sortBy,
                         @QueryParam("sortOrder") String sortOrder, @QueryParam("startIndex") String startIndex,
                         @QueryParam("count") String count, @QueryParam("attributes") String attributes,
                         @QueryParam("excludedAttributes") String excludedAttributes) {
        return responder.respond(scim -> ScimResponder.ok(list(scim,
                ListRequest.fromQuery(filter, sortBy, sortOrder, startIndex, count, attributes, excludedAttributes))));
    }

    @POST
    @Path(".search")
    public Response search(String body) {
        return responder.respond(scim -> ScimResponder.ok(list(scim, SearchRequest.parse(ScimRequestBody.parse(body)))));
    }

    @PUT
    public Response replaceCollection() {
        return refuse("PUT");
    }

    @PATCH
    public Response patchCollection() {
        return refuse("PATCH");
    }

    @DELETE
    public Response deleteCollection() {
        return refuse("DELETE");
    }

    private Response refuse(String method) {
        return responder.respond(scim -> {
            throw ScimResponder.collectionMethod(method, collection);
        });
    }
}
