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
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.keycloak.models.GroupModel;

/** {@code /Groups} (RFC 7644 §3.2-§3.6): the groups of the authenticated configuration. */
public class GroupsEndpoint extends ResourceCollectionEndpoint {

    private static final ResourceTypeDefinition TYPE = ResourceTypeDefinition.GROUP;

    GroupsEndpoint(ScimResponder responder) {
        super(responder, "Groups");
    }

    @Override
    ObjectNode list(ScimSession scim, ListRequest request) {
        return ResourceListing.groups(scim, request);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("attributes") String attributes,
                        @QueryParam("excludedAttributes") String excludedAttributes) {
        return responder.respond(scim -> {
            AttributeSelection selection = new AttributeSelection(TYPE,
                    AttributeSelection.parseList(attributes), AttributeSelection.parseList(excludedAttributes));
            GroupModel group = scim.groups().require(id);
            return ScimResponder.resource(200, selection.apply(scim.groups().render(group, selection.includes("members"))));
        });
    }

    @POST
    public Response create(byte[] body) {
        return responder.respond(body, (scim, request) -> {
            GroupModel group = GroupOperations.create(scim, request.json());
            return ScimResponder.resource(201, scim.groups().render(group, true));
        });
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        return responder.respond(body, (scim, request) -> {
            GroupModel group = GroupOperations.replace(scim, id, ifMatch, () -> request.json());
            return ScimResponder.resource(200, scim.groups().render(group, true));
        });
    }

    /** See {@link GroupOperations#patch}: the member list is not read unless the response is to show it. */
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @QueryParam("attributes") String attributes,
                          @QueryParam("excludedAttributes") String excludedAttributes, byte[] body) {
        return responder.respond(body, (scim, request) -> {
            GroupModel group = GroupOperations.patch(scim, id, ifMatch, () -> request.json());
            if (attributes == null && excludedAttributes == null) {
                // RFC 7644 §3.5.2: without attribute selection the server may answer 204 and skip reading members
                return Response.noContent().header(HttpHeaders.ETAG,
                        scim.groups().render(group, false).path("meta").path("version").asText()).build();
            }
            AttributeSelection selection = new AttributeSelection(TYPE,
                    AttributeSelection.parseList(attributes), AttributeSelection.parseList(excludedAttributes));
            return ScimResponder.resource(200, selection.apply(scim.groups().render(group, selection.includes("members"))));
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return responder.respond(scim -> {
            GroupOperations.delete(scim, id, ifMatch);
            return Response.noContent().build();
        });
    }
}
