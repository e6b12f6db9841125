package org.kcscim.scim.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.patch.PatchEngine;
import org.kcscim.scim.protocol.patch.PatchRequest;
import org.kcscim.scim.protocol.patch.PatchResult;
import org.kcscim.scim.protocol.resource.ResourceReader;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.keycloak.models.UserModel;

import java.util.function.Supplier;

/**
 * The writes on {@code /Users} (RFC 7644 §3.3, §3.5, §3.6), whether they come as requests of their own
 * ({@link UsersEndpoint}) or as operations of a bulk request. Callers render the result as their response needs.
 * <p>
 * The body of a PUT or PATCH is read only once the user is found and the expected version matches: a request that
 * is wrong in several ways answers 404, then 412, then 400, the order the endpoints always had.
 */
public final class UserOperations {

    private UserOperations() {
    }

    public static UserModel create(ScimSession scim, JsonNode body) {
        ResourceReader.Read read = ResourceReader.read(body, scim.userType());
        return scim.users().create(read.resource(), read.password());
    }

    /** @param ifMatch the expected version ({@code If-Match}), or null for any */
    public static UserModel replace(ScimSession scim, String id, String ifMatch, Supplier<JsonNode> body) {
        UserModel user = scim.users().requireForWrite(id);
        Preconditions.requireMatch(ifMatch, scim.users().render(user));
        ResourceReader.Read read = ResourceReader.read(body.get(), scim.userType());
        scim.users().replace(user, read.resource(), read.password());
        return user;
    }

    /** @param ifMatch the expected version ({@code If-Match}), or null for any */
    public static UserModel patch(ScimSession scim, String id, String ifMatch, Supplier<JsonNode> body) {
        UserModel user = scim.users().requireForWrite(id);
        ObjectNode current = scim.users().render(user);
        Preconditions.requireMatch(ifMatch, current);
        ResourceTypeDefinition type = scim.userType();
        PatchResult result = PatchEngine.apply(Preconditions.withoutServerAttributes(current),
                PatchRequest.parse(body.get(), type), type);
        ObjectNode patched = result.resource();
        patched.remove("password");
        scim.users().replace(user, patched, result.password().orElse(null));
        return user;
    }

    /** @param ifMatch the expected version ({@code If-Match}), or null for any */
    public static void delete(ScimSession scim, String id, String ifMatch) {
        UserModel user = scim.users().requireForWrite(id);
        Preconditions.requireMatch(ifMatch, scim.users().render(user));
        scim.users().delete(user);
    }
}
