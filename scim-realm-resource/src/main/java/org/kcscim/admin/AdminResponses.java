package org.kcscim.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.idm.ErrorRepresentation;

import java.util.function.Supplier;

/**
 * Runs an admin operation and answers an {@link AdminProblem} in Keycloak's own error shape
 * ({@code errorMessage}, {@code field}, and {@code errors} when there are several), so that the console's
 * error handling understands it. Permission failures are Keycloak's and pass through untouched.
 */
final class AdminResponses {

    private AdminResponses() {
    }

    static Response respond(KeycloakSession session, Supplier<Response> operation) {
        try {
            return operation.get();
        } catch (AdminProblem problem) {
            if (session.getTransactionManager().isActive()) {
                session.getTransactionManager().setRollbackOnly();
            }
            return Response.status(problem.status())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body(problem))
                    .build();
        }
    }

    private static ErrorRepresentation body(AdminProblem problem) {
        if (problem.errors().size() == 1) {
            return representation(problem.errors().get(0).field(), problem.getMessage());
        }
        ErrorRepresentation all = representation(null, problem.getMessage());
        if (!problem.errors().isEmpty()) {
            all.setErrors(problem.errors().stream().map(e -> representation(e.field(), e.message())).toList());
        }
        return all;
    }

    private static ErrorRepresentation representation(String field, String message) {
        ErrorRepresentation error = new ErrorRepresentation();
        error.setField(field);
        error.setErrorMessage(message);
        return error;
    }
}
