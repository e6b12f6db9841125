package org.kcscim.scim.protocol.bulk;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;

/**
 * What the {@code path} of a bulk operation addresses (RFC 7644 §3.7): a POST names a resource type endpoint
 * ({@code /Users}, {@code /Groups}), every other method one resource ({@code /Users/{id}}). The leading slash may
 * be left out and the endpoint name is matched ignoring case; anything else is 400 {@code invalidValue}.
 *
 * @param type the resource type of the endpoint
 * @param id   the resource's id; null for a POST
 */
public record BulkTarget(ResourceTypeDefinition type, String id) {

    private static final List<ResourceTypeDefinition> TYPES = List.of(ResourceTypeDefinition.USER,
            ResourceTypeDefinition.GROUP);

    /**
     * @param path a path whose {@code bulkId:} references were already resolved
     * @throws ScimException 400 {@code invalidValue} for a path this server has no bulk operation for
     */
    public static BulkTarget parse(BulkMethod method, String path) {
        String relative = path.strip();
        relative = relative.startsWith("/") ? relative.substring(1) : relative;
        int slash = relative.indexOf('/');
        String endpoint = slash < 0 ? relative : relative.substring(0, slash);
        String id = slash < 0 ? "" : relative.substring(slash + 1);
        ResourceTypeDefinition type = TYPES.stream()
                .filter(candidate -> candidate.endpoint().substring(1).equalsIgnoreCase(endpoint))
                .findFirst()
                .orElseThrow(() -> invalid("path " + path + " is not under /Users or /Groups"));
        if (method == BulkMethod.POST) {
            if (!id.isEmpty()) {
                throw invalid("The path of a POST is a resource type endpoint such as " + type.endpoint()
                        + ", not " + path);
            }
            return new BulkTarget(type, null);
        }
        if (id.isEmpty() || id.chars().anyMatch(c -> c == '/' || c == '?' || c == '#' || Character.isWhitespace(c))) {
            throw invalid("The path of a " + method + " names one resource, as in " + type.endpoint()
                    + "/{id}, not " + path);
        }
        return new BulkTarget(type, id);
    }

    private static ScimException invalid(String detail) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, detail);
    }
}
