package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.scim.protocol.error.ScimErrorBody;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.store.DatabaseRejection;
import org.kcscim.scim.store.PendingWrites;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.List;
import java.util.Optional;

/**
 * The one place where a SCIM request becomes a response: it authenticates, runs the operation, and maps every
 * failure to an RFC 7644 error body. Nothing a client sends can produce a stack trace in a response.
 */
final class ScimResponder {

    private static final Logger LOG = Logger.getLogger(ScimResponder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A SCIM operation on behalf of an authenticated configuration. */
    @FunctionalInterface
    interface Operation {
        Response run(ScimSession scim);
    }

    /** A SCIM operation that reads the request body; it runs only once the body's media type is one SCIM reads. */
    @FunctionalInterface
    interface BodyOperation {
        Response run(ScimSession scim, ScimRequestBody body);
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    ScimResponder(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    Response respond(Operation operation) {
        try {
            ScimConfiguration configuration = ScimRequestAuthenticator.authenticate(session, realm);
            Response response = operation.run(ScimSession.of(session, realm, configuration));
            if (writes()) {
                PendingWrites.flush(session);
            }
            return response;
        } catch (ScimException e) {
            rollback();
            return error(e);
        } catch (RuntimeException e) {
            rollback();
            // Two requests raced for one unique value, here or on another node, or the database refused a value
            Optional<ScimException> rejection = DatabaseRejection.of(e);
            if (rejection.isPresent()) {
                return error(rejection.get());
            }
            LOG.errorf(e, "SCIM request in realm %s failed", realm.getName());
            return error(new ScimException(500, null, "The server could not complete the request"));
        }
    }

    /** Like {@link #respond(Operation)}, with a 415 for a body SCIM does not read, after authentication. */
    Response respond(byte[] body, BodyOperation operation) {
        return respond(scim -> {
            RequestMediaType.check(session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.CONTENT_TYPE));
            return operation.run(scim, new ScimRequestBody(body));
        });
    }

    static Response ok(JsonNode body) {
        return Response.ok(write(body), ScimMediaType.SCIM_JSON).build();
    }

    /** A resource response: its version as the ETag header too (RFC 7644 §3.14). */
    static Response resource(int status, JsonNode resource) {
        Response.ResponseBuilder response = Response.status(status).type(ScimMediaType.SCIM_JSON).entity(write(resource));
        String version = resource.path("meta").path("version").asText(null);
        if (version != null) {
            response.header(HttpHeaders.ETAG, version);
        }
        if (status == 201) {
            response.header(HttpHeaders.LOCATION, resource.path("meta").path("location").asText());
        }
        return response.build();
    }

    /** A 405 for {@code method} at {@code path}, naming the methods the path serves. */
    Response refuse(String method, String path, String... allowed) {
        return respond(scim -> {
            throw new MethodNotAllowed(method, path, List.of(allowed));
        });
    }

    /** The SCIM error response for {@code e}, with the headers its status calls for. */
    Response error(ScimException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(ScimMediaType.SCIM_JSON)
                .entity(write(ScimErrorBody.of(e)));
        if (e instanceof MethodNotAllowed refused) {
            response.header(HttpHeaders.ALLOW, refused.allowHeader());
        }
        if (e.status() == 401) {
            // RFC 6750 §3: the realm is a quoted string, so quotes and backslashes in a realm name must not end it.
            String quoted = realm.getName().replace("\\", "_").replace("\"", "_");
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + quoted + "\"");
        }
        if (e instanceof AuthenticationThrottledException throttled) {
            response.header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds());
        }
        return response.build();
    }

    /** Reads change nothing: only a write has pending changes worth sending before its answer. */
    private boolean writes() {
        String method = session.getContext().getHttpRequest().getHttpMethod();
        return !"GET".equals(method) && !"HEAD".equals(method);
    }

    private void rollback() {
        if (session.getTransactionManager().isActive()) {
            session.getTransactionManager().setRollbackOnly();
        }
    }

    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
