package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.message.ListRequest;
import org.kcscim.scim.protocol.message.SearchRequest;

/**
 * What {@code /Users} and {@code /Groups} do alike at the collection level: list by query (RFC 7644 §3.4.2),
 * search by POST (§3.4.3), and SCIM 405s and 404s for the methods and paths that SCIM does not define there.
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
    public Response search(byte[] body) {
        return responder.respond(body, (scim, request) -> ScimResponder.ok(list(scim, SearchRequest.parse(request.json()))));
    }

    @GET
    @Path(".search")
    public Response getSearch() {
        return refuseSearch("GET");
    }

    @PUT
    @Path(".search")
    public Response putSearch() {
        return refuseSearch("PUT");
    }

    @PATCH
    @Path(".search")
    public Response patchSearch() {
        return refuseSearch("PATCH");
    }

    @DELETE
    @Path(".search")
    public Response deleteSearch() {
        return refuseSearch("DELETE");
    }

    @PUT
    public Response replaceCollection() {
        return refuseCollection("PUT");
    }

    @PATCH
    public Response patchCollection() {
        return refuseCollection("PATCH");
    }

    @DELETE
    public Response deleteCollection() {
        return refuseCollection("DELETE");
    }

    /** RFC 7644 creates by POST to the collection only; a POST to a resource is a mistake worth naming. */
    @POST
    @Path("{id}")
    public Response postToResource(@PathParam("id") String id) {
        return responder.refuse("POST", "/" + collection + "/{id}", "GET", "PUT", "PATCH", "DELETE");
    }

    /** Nothing lives below a resource: a SCIM 404 rather than the server's own, once the caller is authenticated. */
    @Path("{id}/{rest: .+}")
    public ScimV2Resource.UnservedPath belowResource(@PathParam("id") String id, @PathParam("rest") String rest) {
        return new ScimV2Resource.UnservedPath(responder,
                ScimException.notFound("No SCIM endpoint /" + collection + "/" + id + "/" + rest));
    }

    private Response refuseCollection(String method) {
        return responder.refuse(method, "/" + collection, "GET", "POST");
    }

    private Response refuseSearch(String method) {
        return responder.refuse(method, "/" + collection + "/.search", "POST");
    }
}
