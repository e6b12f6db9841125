package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.PatchPath;
import org.kcscim.scim.protocol.filter.PatchPathParser;
import org.kcscim.scim.protocol.filter.PatchPathValidator;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Splits an operation into {@link PatchTarget}s. Without a path, each member of the value object is handled like
 * an operation with that member's name as path (RFC 7644 §3.5.2.1, §3.5.2.3), and clients use the full path
 * syntax there: Entra ID sends {@code "name.givenName"}, {@code "urn:…:enterprise:2.0:User:department"} and
 * {@code "emails[type eq \"work\"].value"} as member names. A member named by an extension URN, like a path that is
 * an extension URN, holds an object of that extension's attributes. The {@code schemas} member is skipped:
 * clients that send a whole resource include it, and the engine keeps {@code schemas} consistent itself.
 */
final class PatchTargets {

    private PatchTargets() {
    }

    static List<PatchTarget> of(PatchOperation operation, ResourceTypeDefinition type) {
        List<PatchTarget> targets = new ArrayList<>();
        JsonNode value = operation.value().orElse(null);
        if (operation.path().isEmpty()) {
            attributesOf(operation.type(), value, null, type, targets);
        } else {
            PatchPath path = PatchPathValidator.validate(operation.path().get(), type);
            collect(operation.type(), path, value, null, type, targets, true);
        }
        return targets;
    }

    /**
     * Adds the target(s) of one path to {@code targets}.
     *
     * @param extension the URN of the extension object {@code path} was a member of, or null
     * @param pathGiven whether {@code path} is the operation's own path, not a member name of its value
     */
    private static void collect(PatchOperation.Type op, PatchPath path, JsonNode value, String extension,
                                ResourceTypeDefinition type, List<PatchTarget> targets, boolean pathGiven) {
        if (!path.isExtension()) {
            ResolvedAttribute resolved = type.resolve(path.target()).orElseThrow(() ->
                    ScimException.badRequest(ScimType.INVALID_PATH, "Unknown attribute '" + path + "'"));
            targets.add(new PatchTarget(op, path, resolved, value, pathGiven));
            return;
        }
        if (extension != null) {
            throw ScimException.badRequest(ScimType.INVALID_PATH, "An extension cannot be nested in another: '"
                    + path + "' inside '" + extension + "'");
        }
        String urn = type.schema(path.extensionUrn().orElseThrow()).orElseThrow().id();
        if (op == PatchOperation.Type.REMOVE || value == null || value.isNull()) {
            // remove (a value says nothing more), or replace with null: the extension becomes unassigned.
            // Adding nothing changes nothing.
            if (op != PatchOperation.Type.ADD) {
                targets.add(new PatchTarget(op, PatchPath.extension(urn), null, null, pathGiven));
            }
            return;
        }
        attributesOf(op, value, urn, type, targets);
    }

    /**
     * Each member of {@code value} (an object, checked here) as a target, its name read as a path.
     *
     * @param extension the URN of the extension {@code value} holds the attributes of, null for the resource
     */
    private static void attributesOf(PatchOperation.Type op, JsonNode value, String extension,
                                     ResourceTypeDefinition type, List<PatchTarget> targets) {
        if (!value.isObject()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "The value for the extension " + extension
                    + " must be an object of its attributes");
        }
        String prefix = extension == null ? "" : extension + ":";
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase("schemas")) {
                continue;
            }
            PatchPath path = PatchPathValidator.validate(PatchPathParser.parse(prefix + field.getKey(), type), type);
            collect(op, path, field.getValue(), extension, type, targets, false);
        }
    }
}
