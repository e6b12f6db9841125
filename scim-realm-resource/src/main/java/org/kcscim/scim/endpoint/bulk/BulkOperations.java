package org.kcscim.scim.endpoint.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.endpoint.GroupOperations;
import org.kcscim.scim.endpoint.ScimSession;
import org.kcscim.scim.endpoint.UserOperations;
import org.kcscim.scim.protocol.bulk.BulkOperation;
import org.kcscim.scim.protocol.bulk.BulkTarget;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.function.Supplier;

/**
 * Runs one resolved bulk operation with the same code as the request it stands for ({@link UserOperations},
 * {@link GroupOperations}), its {@code version} taking the place of {@code If-Match}, and reports what the
 * response of that request would have said: its status, and the resource's location and new version.
 */
final class BulkOperations {

    /**
     * @param status   the HTTP status of the equivalent request
     * @param id       the resource's id
     * @param location the resource's absolute URL
     * @param version  its version after the operation; null after a DELETE
     */
    record Outcome(int status, String id, String location, String version) {

        static Outcome of(int status, ObjectNode rendered) {
            return new Outcome(status, rendered.path("id").asText(), rendered.path("meta").path("location").asText(),
                    rendered.path("meta").path("version").asText(null));
        }
    }

    private BulkOperations() {
    }

    static Outcome execute(ScimSession scim, BulkTarget target, BulkOperation operation) {
        return target.type().isUser()
                ? user(scim, target.id(), operation)
                : group(scim, target.id(), operation);
    }

    private static Outcome user(ScimSession scim, String id, BulkOperation operation) {
        Supplier<JsonNode> data = operation::data;
        return switch (operation.method()) {
            case POST -> Outcome.of(201, scim.users().render(UserOperations.create(scim, operation.data())));
            case PUT -> Outcome.of(200, scim.users().render(UserOperations.replace(scim, id, operation.version(), data)));
            case PATCH -> Outcome.of(200, scim.users().render(UserOperations.patch(scim, id, operation.version(), data)));
            case DELETE -> {
                UserOperations.delete(scim, id, operation.version());
                yield new Outcome(204, id, scim.urls().user(id), null);
            }
        };
    }

    /** Members are not read: the outcome needs only the location and the version, which does not cover them. */
    private static Outcome group(ScimSession scim, String id, BulkOperation operation) {
        Supplier<JsonNode> data = operation::data;
        return switch (operation.method()) {
            case POST -> Outcome.of(201, scim.groups().render(GroupOperations.create(scim, operation.data()), false));
            case PUT -> Outcome.of(200, scim.groups().render(
                    GroupOperations.replace(scim, id, operation.version(), data), false));
            // A group PATCH answers 204 on its own too when no attributes are asked for
            case PATCH -> Outcome.of(204, scim.groups().render(
                    GroupOperations.patch(scim, id, operation.version(), data), false));
            case DELETE -> {
                GroupOperations.delete(scim, id, operation.version());
                yield new Outcome(204, id, scim.urls().group(id), null);
            }
        };
    }
}
