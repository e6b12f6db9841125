package org.kcscim.admin;

import java.util.List;

/**
 * A request to the admin REST API that cannot be carried out, with the fields at fault. Raised by validation
 * and turned into a Keycloak-shaped error body by {@link AdminResponses}.
 */
final class AdminProblem extends RuntimeException {

    private final int status;
    private final List<FieldError> errors;

    private AdminProblem(int status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static AdminProblem invalid(List<FieldError> errors) {
        String message = errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid";
        return new AdminProblem(400, message, errors);
    }

    static AdminProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    static AdminProblem conflict(String field, String message) {
        return new AdminProblem(409, message, List.of(new FieldError(field, message)));
    }

    static AdminProblem notFound(String message) {
        return new AdminProblem(404, message, List.of());
    }

    int status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }
}
