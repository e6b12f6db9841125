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
import org.kcscim.scim.protocol.message.SearchRequest;
import org.kcscim.scim.protocol.patch.PatchEngine;
import org.kcscim.scim.protocol.patch.PatchRequest;
import org.kcscim.scim.protocol.patch.PatchResult;
import org.kcscim.scim.protocol.resource.ResourceReader;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.keycloak.models.GroupModel;

import java.util.List;

/** {@code /Groups} (RFC 7644 §3.2-§3.6): the groups of the authenticated configuration. */
public class GroupsEndpoint {

    private static final ResourceTypeDefinition TYPE = ResourceTypeDefinition.GROUP;

    private final ScimResponder responder;

    GroupsEndpoint(ScimResponder responder) {
        this.responder = responder;
    }

    @GET
    public Response list(@QueryParam("filter") String filter, @QueryParam("sortBy") String sortBy,
                         @QueryParam("sortOrder") String sortOrder, @QueryParam("startIndex") String startIndex,
                         @QueryParam("count") String count, @QueryParam("attributes") String attributes,
                         @QueryParam("excludedAttributes") String excludedAttributes) {
        return responder.respond(scim -> ScimResponder.ok(ResourceListing.groups(scim,
                ListRequest.fromQuery(filter, sortBy, sortOrder, startIndex, count, attributes, excludedAttributes))));
    }

    @POST
    @Path(".search")
    public Response search(String body) {
        return responder.respond(scim ->
                ScimResponder.ok(ResourceListing.groups(scim, SearchRequest.parse(ScimRequestBody.parse(body)))));
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
    public Response create(String body) {
        return responder.respond(scim -> {
            ResourceReader.Read read = ResourceReader.read(ScimRequestBody.parse(body), TYPE);
            GroupModel group = scim.groups().create(read.resource(), members(read));
            return ScimResponder.resource(201, scim.groups().render(group, true));
        });
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        return responder.respond(scim -> {
            GroupModel group = scim.groups().require(id);
            Preconditions.requireMatch(ifMatch, scim.groups().render(group, false));
            ResourceReader.Read read = ResourceReader.read(ScimRequestBody.parse(body), TYPE);
            scim.groups().replace(group, read.resource(), members(read));
            return ScimResponder.resource(200, scim.groups().render(group, true));
        });
    }

    /**
     * Member changes come out of the engine as row changes; the group's own attributes as a patched copy of the
     * resource rendered without members, so the member list is never read to apply a PATCH.
     */
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @QueryParam("attributes") String attributes,
                          @QueryParam("excludedAttributes") String excludedAttributes, String body) {
        return responder.respond(scim -> {
            GroupModel group = scim.groups().require(id);
            ObjectNode current = scim.groups().render(group, false);
            Preconditions.requireMatch(ifMatch, current);
            PatchResult result = PatchEngine.apply(Preconditions.withoutServerAttributes(current),
                    PatchRequest.parse(ScimRequestBody.parse(body), TYPE), TYPE);
            scim.groups().update(group, result.resource(), result.membershipChanges());
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
            GroupModel group = scim.groups().require(id);
            Preconditions.requireMatch(ifMatch, scim.groups().render(group, false));
            scim.groups().delete(group);
            return Response.noContent().build();
        });
    }

    /** PUT and POST replace the member list: an absent {@code members} means no members. */
    private static List<String> members(ResourceReader.Read read) {
        return read.memberIds() == null ? List.of() : read.memberIds();
    }
}
