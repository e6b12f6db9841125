package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

/**
 * The schema check of a PATCH path against a resource type (RFC 7644 §3.5.2): the attribute resolves, a value
 * filter sits on a multi-valued complex attribute and passes the rules of {@link FilterValidator}, and the
 * sub-attribute after it exists. Everything is reported as 400 {@code invalidPath}. Mutability is not checked
 * here: whether an attribute may be changed depends on the operation.
 */
public final class PatchPathValidator {

    private PatchPathValidator() {
    }

    /**
     * @return {@code path} with its value filter normalised as {@link FilterValidator#validate} does
     * @throws ScimException 400 {@code invalidPath}
     */
    public static PatchPath validate(PatchPath path, ResourceTypeDefinition type) {
        if (path.isExtension()) {
            String urn = path.extensionUrn().orElseThrow();
            if (type.extensions().stream().noneMatch(extension -> extension.id().equalsIgnoreCase(urn))) {
                throw error("'" + urn + "' is not a schema extension of the resource type " + type.name());
            }
            return path;
        }
        AttributePath attribute = path.attribute();
        if (type.resolve(attribute).isEmpty()) {
            throw error(FilterValidator.unknown(attribute, type));
        }
        if (path.valueFilter().isEmpty()) {
            return path;
        }
        ValuePathFilter checked = FilterValidator.validatePatchFilter(
                Filter.valuePath(attribute, path.valueFilter().get()), type);
        String sub = path.subAttribute().orElse(null);
        if (sub != null && type.resolve(attribute.withSubAttribute(sub)).isEmpty()) {
            throw error("'" + attribute + "' has no sub-attribute '" + sub + "'");
        }
        return PatchPath.valueFilter(attribute, checked.filter(), sub);
    }

    private static ScimException error(String message) {
        return ScimException.badRequest(ScimType.INVALID_PATH, "Invalid PATCH path: " + message);
    }
}
