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

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ScimResponder responder;

    ScimV2Resource(KeycloakSession session, RealmModel realm, ScimResponder responder) {
        this.session = session;
        this.realm = realm;
        this.responder = responder;
    }

    @Path("ServiceProviderConfig")
    public OneMethodPath serviceProviderConfig() {
        return OneMethodPath.get(responder, "ServiceProviderConfig", scim -> ScimResponder.ok(
                ServiceProviderConfigDocument.render(CAPABILITIES, baseUrl() + "ServiceProviderConfig")));
    }

    @Path("ResourceTypes")
    public OneMethodPath resourceTypes() {
        return OneMethodPath.get(responder, "ResourceTypes",
                scim -> ScimResponder.ok(ListResponse.complete(catalog(scim).resourceTypes(baseUrl()))));
    }

    @Path("ResourceTypes/{id}")
    public OneMethodPath resourceType(@PathParam("id") String id) {
        return OneMethodPath.get(responder, "ResourceTypes/" + id, scim -> ScimResponder.ok(catalog(scim).resourceType(id, baseUrl())
                .orElseThrow(() -> ScimException.notFound("No resource type " + id))));
    }

    @Path("Schemas")
    public OneMethodPath schemas() {
        return OneMethodPath.get(responder, "Schemas",
                scim -> ScimResponder.ok(ListResponse.complete(catalog(scim).schemas(baseUrl()))));
    }

    @Path("Schemas/{id}")
    public OneMethodPath schema(@PathParam("id") String id) {
        return OneMethodPath.get(responder, "Schemas/" + id, scim -> ScimResponder.ok(catalog(scim).schema(id, baseUrl())
                .orElseThrow(() -> ScimException.notFound("No schema " + id))));
    }

    /** RFC 7644 §3.4.3: users and groups in one list; see {@link RootSearch}. */
    @Path(".search")
    public OneMethodPath search() {
        return OneMethodPath.post(responder, ".search", (scim, body) ->
                ScimResponder.ok(RootSearch.search(scim, SearchRequest.parse(body.json()))));
    }

    /** RFC 7644 §3.7, with the limits {@link #CAPABILITIES} advertises; see {@link BulkProcessor}. */
    @Path("Bulk")
    public OneMethodPath bulk() {
        return OneMethodPath.post(responder, "Bulk", (scim, body) -> ScimResponder.ok(
                BulkProcessor.process(scim, body.json(BulkRequest.MAX_PAYLOAD_BYTES))));
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
        return new UnservedPath(responder, ScimException.notImplemented("/Me is not supported: an API key authenticates a directory, not a user"),
                rest -> ScimException.notFound("No SCIM endpoint /Me/" + rest));
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

    /**
     * A path served by one method only, GET (discovery) or POST (searches, bulk): any other method is a SCIM 405
     * naming it, once the caller is authenticated, and nothing lives below the path.
     */
    public static class OneMethodPath {

        private final ScimResponder responder;
        private final String name;
        private final String method;
        private final ScimResponder.BodyOperation operation;

        private OneMethodPath(ScimResponder responder, String name, String method, ScimResponder.BodyOperation operation) {
            this.responder = responder;
            this.name = name;
            this.method = method;
            this.operation = operation;
        }

        static OneMethodPath get(ScimResponder responder, String name, ScimResponder.Operation operation) {
            return new OneMethodPath(responder, name, "GET", (scim, body) -> operation.run(scim));
        }

        static OneMethodPath post(ScimResponder responder, String name, ScimResponder.BodyOperation operation) {
            return new OneMethodPath(responder, name, "POST", operation);
        }

        @GET
        public Response get() {
            return serve("GET", null);
        }

        @POST
        public Response post(byte[] body) {
            return serve("POST", body);
        }

        @PUT
        public Response put() {
            return serve("PUT", null);
        }

        @PATCH
        public Response patch() {
            return serve("PATCH", null);
        }

        @DELETE
        public Response delete() {
            return serve("DELETE", null);
        }

        @Path("{rest: .+}")
        public UnservedPath below(@PathParam("rest") String rest) {
            return new UnservedPath(responder, ScimException.notFound("No SCIM endpoint /" + name + "/" + rest));
        }

        private Response serve(String requested, byte[] body) {
            if (!requested.equals(method)) {
                return responder.refuse(requested, "/" + name, method);
            }
            if (method.equals("POST")) {
                return responder.respond(body, operation);
            }
            return responder.respond(scim -> operation.run(scim, null));
        }
    }

    /** A path that answers every method with the same SCIM error, once the caller is authenticated. */
    public static class UnservedPath {

        private final ScimResponder responder;
        private final ScimException error;
        private final Function<String, ScimException> errorBelow;

        /** Answers {@code error} here and at any depth below. */
        UnservedPath(ScimResponder responder, ScimException error) {
            this(responder, error, rest -> error);
        }

        /** Answers {@code error} here, and what {@code errorBelow} makes of the rest of the path below. */
        UnservedPath(ScimResponder responder, ScimException error, Function<String, ScimException> errorBelow) {
            this.responder = responder;
            this.error = error;
            this.errorBelow = errorBelow;
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

        @Path("{rest: .+}")
        public UnservedPath below(@PathParam("rest") String rest) {
            return new UnservedPath(responder, errorBelow.apply(rest));
        }

        private Response answer() {
            return responder.respond(scim -> {
                throw error;
            });
        }
    }

    /** The configuration's schemas: its User type lists the extensions it declares. */
    private static DiscoveryCatalog catalog(ScimSession scim) {
        return SchemaDocuments.catalog(List.of(scim.userType(), ResourceTypeDefinition.GROUP));
    }
}
