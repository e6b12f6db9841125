package org.kcscim.scim.protocol.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.message.RequestBodyText;
import org.kcscim.scim.protocol.message.SchemasMember;
import org.kcscim.scim.protocol.patch.MembershipChange;
import org.kcscim.scim.protocol.patch.PatchEngine;
import org.kcscim.scim.protocol.patch.PatchResult;
import org.kcscim.scim.protocol.schema.CoreSchemas;
import org.kcscim.scim.protocol.schema.Mutability;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the body of a POST or PUT (RFC 7644 §3.3, §3.5.1) into the resource as the store writes it. The body is
 * applied as one path-less {@code replace} to an empty resource, so it is checked, coerced (Entra's
 * {@code "False"}), and spelled exactly as PATCH values are, by the same rules: required attributes, value types
 * (a multi-valued attribute takes an array, a complex one an object), no NUL or unpaired surrogate in any string.
 * Read-only attributes a client sends back ({@code id}, {@code meta}, {@code groups}) are ignored, as RFC 7643 §2.2
 * asks. {@code schemas} follows {@link SchemasMember}: absent is accepted, present it must be an array of strings
 * (400 {@code invalidSyntax}) that lists the resource type's core schema (400 {@code invalidValue}); other URNs
 * beside it are accepted.
 */
public final class ResourceReader {

    private static final String PATCH_PATH = "Invalid PATCH path: ";

    private ResourceReader() {
    }

    /** A read resource and, for groups, the members it lists (null when it lists none: {@code members} absent). */
    public record Read(ObjectNode resource, List<String> memberIds, String password) {
    }

    public static Read read(JsonNode body, ResourceTypeDefinition type) {
        if (body == null || !body.isObject()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The body must be a JSON object");
        }
        RequestBodyText.requireWellFormed(body);
        SchemasMember.check((ObjectNode) body, type.schema().id(), SchemasMember.BodyKind.RESOURCE);
        ObjectNode value = ((ObjectNode) body).deepCopy();
        removeSchemas(value);
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (isReadOnly(field.getKey(), type) || field.getValue().isNull()) {
                fields.remove();
            } else if (isUnknownSchema(field.getKey(), type)) {
                // Entra and Okta send schemas of their own (ADSCIM group schema, custom extensions): not ours to keep
                fields.remove();
            }
        }
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        empty.putArray("schemas").add(type.schema().id());
        PatchResult result = applyBody(empty, value, type);
        ObjectNode resource = result.resource();
        String password = result.password().orElse(null);
        resource.remove("password");
        List<String> members = null;
        for (MembershipChange change : result.membershipChanges()) {
            members = change.memberIds();
        }
        return new Read(resource, members, password);
    }

    /**
     * The body applied by the patch engine, its errors told in the terms of a body: an attribute the schemas do not
     * have is 400 {@code invalidValue} naming it (RFC 7644 §3.12, "not compatible with ... resource schema"), not a
     * PATCH {@code invalidPath}. Okta sends custom attributes whose External namespace is the core one as core
     * attributes; its administrator reads this detail.
     */
    private static PatchResult applyBody(ObjectNode empty, ObjectNode value, ResourceTypeDefinition type) {
        try {
            return PatchEngine.applyBody(empty, value, type);
        } catch (ScimException error) {
            if (error.scimType() != ScimType.INVALID_PATH) {
                throw error;
            }
            String detail = error.detail();
            detail = detail.startsWith(PATCH_PATH) ? detail.substring(PATCH_PATH.length()) : detail;
            throw ScimException.badRequest(ScimType.INVALID_VALUE, Character.toUpperCase(detail.charAt(0))
                    + detail.substring(1) + ". Custom attributes belong in a schema extension the SCIM configuration"
                    + " declares");
        }
    }

    /** {@code schemas} in any case: checked above, and the engine writes its own. */
    private static void removeSchemas(ObjectNode value) {
        List<String> names = new ArrayList<>();
        value.fieldNames().forEachRemaining(name -> {
            if (name.equalsIgnoreCase("schemas")) {
                names.add(name);
            }
        });
        value.remove(names);
    }

    private static boolean isReadOnly(String field, ResourceTypeDefinition type) {
        if (field.equalsIgnoreCase("id") || field.equalsIgnoreCase("meta")) {
            return true;
        }
        return type.schema().attribute(field).map(a -> a.mutability() == Mutability.READ_ONLY).orElse(false);
    }

    /** A URN key that is neither one of the type's schemas nor an attribute qualified by one of them. */
    private static boolean isUnknownSchema(String field, ResourceTypeDefinition type) {
        String lower = field.toLowerCase(Locale.ROOT);
        return lower.startsWith("urn:") && type.schema(field).isEmpty()
                && !lower.startsWith(CoreSchemas.USER_URN.toLowerCase(Locale.ROOT) + ":")
                && !lower.startsWith(CoreSchemas.GROUP_URN.toLowerCase(Locale.ROOT) + ":")
                && type.schemas().stream().noneMatch(schema -> lower.startsWith(schema.id().toLowerCase(Locale.ROOT) + ":"));
    }
}
