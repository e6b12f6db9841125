package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.kcscim.scim.protocol.message.AttributeSelection;
import org.kcscim.scim.protocol.message.ListRequest;
import org.keycloak.models.UserModel;

/** {@code /Users} (RFC 7644 §3.2-§3.6): the users of the authenticated configuration. */
public class UsersEndpoint extends ResourceCollectionEndpoint {

    UsersEndpoint(ScimResponder responder) {
        super(responder, "Users");
    }

    @Override
    ObjectNode list(ScimSession scim, ListRequest request) {
        return ResourceListing.users(scim, request);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("attributes") String attributes,
                        @QueryParam("excludedAttributes") String excludedAttributes) {
        return responder.respond(scim -> {
            AttributeSelection selection = new AttributeSelection(scim.userType(),
                    AttributeSelection.parseList(attributes), AttributeSelection.parseList(excludedAttributes));
            UserModel user = scim.users().require(id);
            return ScimResponder.resource(200, selection.apply(scim.users().render(user)));
        });
    }

    @POST
    public Response create(byte[] body) {
        return responder.respond(body, (scim, request) -> {
            UserModel user = UserOperations.create(scim, request.json());
            return ScimResponder.resource(201, scim.users().render(user));
        });
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        return responder.respond(body, (scim, request) -> {
            UserModel user = UserOperations.replace(scim, id, ifMatch, () -> request.json());
            return ScimResponder.resource(200, scim.users().render(user));
        });
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        return responder.respond(body, (scim, request) -> {
            UserModel user = UserOperations.patch(scim, id, ifMatch, () -> request.json());
            return ScimResponder.resource(200, scim.users().render(user));
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return responder.respond(scim -> {
            UserOperations.delete(scim, id, ifMatch);
            return Response.noContent().build();
        });
    }
}
