package org.kcscim.scim.endpoint;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.kcscim.scim.endpoint.bulk.BulkProcessor;
import org.kcscim.scim.protocol.bulk.BulkRequest;
import org.kcscim.scim.protocol.discovery.Capabilities;
import org.kcscim.scim.protocol.discovery.DiscoveryCatalog;
import org.kcscim.scim.protocol.discovery.SchemaDocuments;
import org.kcscim.scim.protocol.discovery.ServiceProviderConfigDocument;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.message.ListRequest;
import org.kcscim.scim.protocol.message.ListResponse;
import org.kcscim.scim.protocol.message.SearchRequest;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.List;
import java.util.function.Function;

/** The SCIM 2.0 service root of one home realm: {@code /realms/{realm}/provisioning/scim/v2}. */
public class ScimV2Resource {

    /** What the endpoints below implement; the discovery documents are rendered from it. */
    static final Capabilities CAPABILITIES = new Capabilities(true, true, BulkRequest.MAX_OPERATIONS,
            BulkRequest.MAX_PAYLOAD_BYTES, true, ListRequest.MAX_COUNT, true, true, true);
    static final DiscoveryCatalog CATALOG = SchemaDocuments.catalog(
            List.of(ResourceTypeDefinition.USER, ResourceTypeDefinition.GROUP));

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ScimResponder responder;

    public ScimV2Resource(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.responder = new ScimResponder(session, realm);
    }

    @GET
    @Path("ServiceProviderConfig")
    public Response serviceProviderConfig() {
        return responder.respond(scim -> ScimResponder.ok(
                ServiceProviderConfigDocument.render(CAPABILITIES, baseUrl() + "ServiceProviderConfig")));
    }

    @GET
    @Path("ResourceTypes")
    public Response resourceTypes() {
        return responder.respond(scim -> ScimResponder.ok(ListResponse.complete(CATALOG.resourceTypes(baseUrl()))));
    }

    @GET
    @Path("ResourceTypes/{id}")
    public Response resourceType(@PathParam("id") String id) {
        return responder.respond(scim -> ScimResponder.ok(CATALOG.resourceType(id, baseUrl())
                .orElseThrow(() -> ScimException.notFound("No resource type " + id))));
    }

    @GET
    @Path("Schemas")
    public Response schemas() {
        return responder.respond(scim -> ScimResponder.ok(ListResponse.complete(CATALOG.schemas(baseUrl()))));
    }

    @GET
    @Path("Schemas/{id}")
    public Response schema(@PathParam("id") String id) {
        return responder.respond(scim -> ScimResponder.ok(CATALOG.schema(id, baseUrl())
                .orElseThrow(() -> ScimException.notFound("No schema " + id))));
    }

    /** RFC 7644 §3.4.3: users and groups in one list; see {@link RootSearch}. */
    @Path(".search")
    public PostOnlyPath search() {
        return new PostOnlyPath(responder, ".search", body -> scim ->
                ScimResponder.ok(RootSearch.search(scim, SearchRequest.parse(ScimRequestBody.parse(body)))));
    }

    /** RFC 7644 §3.7, with the limits {@link #CAPABILITIES} advertises; see {@link BulkProcessor}. */
    @Path("Bulk")
    public PostOnlyPath bulk() {
        return new PostOnlyPath(responder, "Bulk", body -> scim -> ScimResponder.ok(
                BulkProcessor.process(scim, ScimRequestBody.parse(body, BulkRequest.MAX_PAYLOAD_BYTES))));
    }

    @Path("Users")
    public UsersEndpoint users() {
        return new UsersEndpoint(responder);
    }

    @Path("Groups")
    public GroupsEndpoint groups() {
        return new GroupsEndpoint(responder);
    }

    /** RFC 7644 §3.11 lets a server without an authenticated-subject alias answer 501. */
    @Path("Me")
    public UnservedPath me() {
        return new UnservedPath(responder, ScimException.notImplemented("/Me is not supported: an API key authenticates a directory, not a user"));
    }

    /** Anything else is a SCIM 404, not the server's HTML one, and only after authentication. */
    @Path("{path: .*}")
    public UnservedPath unknown(@PathParam("path") String path) {
        return new UnservedPath(responder, ScimException.notFound("No SCIM endpoint /" + path));
    }

    /** The service root with a trailing slash, to which endpoint names are appended. */
    private String baseUrl() {
        return ScimBaseUrl.of(session, realm) + "/";
    }

    /** A path served by POST only: any other method is a SCIM 405, once the caller is authenticated. */
    public static class PostOnlyPath {

        private final ScimResponder responder;
        private final String name;
        private final Function<String, ScimResponder.Operation> post;

        PostOnlyPath(ScimResponder responder, String name, Function<String, ScimResponder.Operation> post) {
            this.responder = responder;
            this.name = name;
            this.post = post;
        }

        @POST
        public Response post(String body) {
            return responder.respond(post.apply(body));
        }

        @GET
        public Response get() {
            return refuse("GET");
        }

        @PUT
        public Response put() {
            return refuse("PUT");
        }

        @PATCH
        public Response patch() {
            return refuse("PATCH");
        }

        @DELETE
        public Response delete() {
            return refuse("DELETE");
        }

        private Response refuse(String method) {
            return responder.respond(scim -> {
                throw new ScimException(405, null, method + " is not served at /" + name + ": only POST is");
            });
        }
    }

    /** A path that answers every method with the same SCIM error, once the caller is authenticated. */
    public static class UnservedPath {

        private final ScimResponder responder;
        private final ScimException error;

        UnservedPath(ScimResponder responder, ScimException error) {
            this.responder = responder;
            this.error = error;
        }

        @GET
        public Response get() {
            return answer();
        }

        @POST
        public Response post() {
            return answer();
        }

        @PUT
        public Response put() {
            return answer();
        }

        @PATCH
        public Response patch() {
            return answer();
        }

        @DELETE
        public Response delete() {
            return answer();
        }

        private Response answer() {
            return responder.respond(scim -> {
                throw error;
            });
        }
    }
}
