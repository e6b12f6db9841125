package org.kcscim.scim.protocol.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.PatchPath;
import org.kcscim.scim.protocol.filter.PatchPathParser;
import org.kcscim.scim.protocol.patch.ExtensionObjects;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.Returned;
import org.kcscim.scim.protocol.text.WellFormedText;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code attributes} and {@code excludedAttributes} parameters (RFC 7644 §3.4.2.5, §3.9): which attributes
 * a response carries. {@code id} and {@code schemas} are always returned. A schema extension's URN alone names
 * the extension's whole object (RFC 7643 §3.3 keys it by the URN); it is held as a path whose name is the URN.
 */
public final class AttributeSelection {

    /** The longest {@code attributes} or {@code excludedAttributes} list accepted, checked before splitting. */
    public static final int MAX_LIST_LENGTH = 4096;

    private final ResourceTypeDefinition type;
    private final List<AttributePath> attributes;
    private final List<AttributePath> excluded;

    public AttributeSelection(ResourceTypeDefinition type, List<AttributePath> attributes, List<AttributePath> excluded) {
        this.type = type;
        this.attributes = attributes;
        this.excluded = excluded;
        for (AttributePath path : attributes) {
            requireKnown(path);
        }
        for (AttributePath path : excluded) {
            requireKnown(path);
        }
    }

    /**
     * Splits a comma-separated list of attribute names; blank or null is an empty list.
     *
     * @throws ScimException 400 {@code invalidValue} for a name that is not an attribute name, or a list longer
     *                       than {@value #MAX_LIST_LENGTH} characters
     */
    public static List<AttributePath> parseList(String text) {
        List<AttributePath> paths = new ArrayList<>();
        if (text == null) {
            return paths;
        }
        if (text.length() > MAX_LIST_LENGTH) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "An attribute list may be at most "
                    + MAX_LIST_LENGTH + " characters long, not " + text.length());
        }
        if (text.isBlank()) {
            return paths;
        }
        for (String element : text.split(",")) {
            if (element.isBlank()) {
                continue;
            }
            PatchPath path;
            try {
                path = PatchPathParser.parse(element.strip());
            } catch (ScimException e) {
                throw notAName(element);
            }
            if (path.isExtension()) {
                paths.add(AttributePath.of(path.extensionUrn().orElseThrow()));
                continue;
            }
            if (path.valueFilter().isPresent() || path.subAttribute().isPresent()) {
                throw notAName(element);
            }
            paths.add(path.attribute());
        }
        return paths;
    }

    private static ScimException notAName(String element) {
        String name = element.strip();
        // Quoted in the detail only when it is harmless text: a NUL or lone surrogate would not survive the response.
        return ScimException.badRequest(ScimType.INVALID_VALUE, "Not an attribute name: "
                + (WellFormedText.isWellFormed(name) && name.length() <= 100 ? name : "(unprintable or too long)"));
    }

    /** Whether the response will carry the top-level attribute {@code name}: lets callers skip reading it. */
    public boolean includes(String name) {
        if (!attributes.isEmpty()) {
            return attributes.stream().anyMatch(path -> path.schemaUrn() == null && path.name().equalsIgnoreCase(name));
        }
        return excluded.stream().noneMatch(path -> path.schemaUrn() == null && path.name().equalsIgnoreCase(name)
                && path.subAttribute() == null);
    }

    public ObjectNode apply(ObjectNode resource) {
        if (attributes.isEmpty() && excluded.isEmpty()) {
            return resource;
        }
        ObjectNode selected = resource.deepCopy();
        if (!attributes.isEmpty()) {
            keepOnly(selected);
        } else {
            excluded.forEach(path -> remove(selected, path));
        }
        ExtensionObjects.dropEmpty(selected, type);
        return selected;
    }

    private void keepOnly(ObjectNode resource) {
        for (Iterator<String> fields = resource.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (field.equals("schemas") || field.equals("id")) {
                continue;
            }
            if (type.schema(field).isPresent() && resource.get(field) instanceof ObjectNode extension) {
                if (attributes.stream().anyMatch(path -> isExtension(path, type) && whole(path).equalsIgnoreCase(field))) {
                    continue;
                }
                keepOnlyInExtension(field, extension);
                if (extension.isEmpty()) {
                    fields.remove();
                }
                continue;
            }
            List<AttributePath> wanted = attributes.stream()
                    .filter(path -> belongsToCore(path) && path.name().equalsIgnoreCase(field)).toList();
            if (wanted.isEmpty()) {
                fields.remove();
            } else if (wanted.stream().noneMatch(path -> path.subAttribute() == null)) {
                keepSubAttributes(resource.get(field), wanted);
            }
        }
    }

    private void keepOnlyInExtension(String urn, ObjectNode extension) {
        for (Iterator<String> fields = extension.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            List<AttributePath> wanted = attributes.stream()
                    .filter(path -> urn.equalsIgnoreCase(path.schemaUrn()) && path.name().equalsIgnoreCase(field))
                    .toList();
            if (wanted.isEmpty()) {
                fields.remove();
            } else if (wanted.stream().noneMatch(path -> path.subAttribute() == null)) {
                keepSubAttributes(extension.get(field), wanted);
            }
        }
    }

    private static void keepSubAttributes(JsonNode value, List<AttributePath> wanted) {
        List<JsonNode> objects = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(objects::add);
        } else {
            objects.add(value);
        }
        for (JsonNode object : objects) {
            if (object instanceof ObjectNode complex) {
                for (Iterator<String> subs = complex.fieldNames(); subs.hasNext(); ) {
                    String sub = subs.next();
                    if (wanted.stream().noneMatch(path -> sub.equalsIgnoreCase(path.subAttribute()))) {
                        subs.remove();
                    }
                }
            }
        }
    }

    private void remove(ObjectNode resource, AttributePath path) {
        if (isExtension(path, type)) {
            String urn = type.schema(whole(path)).orElseThrow().id();
            resource.remove(urn);
            return;
        }
        ResolvedAttribute resolved = type.resolve(path).orElseThrow();
        if (resolved.target().returned() == Returned.ALWAYS) {
            return;
        }
        ObjectNode container = resource;
        if (resolved.schema() != null && resolved.schema() != type.schema()) {
            if (!(resource.get(resolved.schema().id()) instanceof ObjectNode extension)) {
                return;
            }
            container = extension;
        }
        String name = resolved.attribute().name();
        if (resolved.subAttribute() == null) {
            container.remove(name);
            return;
        }
        JsonNode value = container.get(name);
        if (value == null) {
            return;
        }
        if (value.isArray()) {
            value.forEach(entry -> {
                if (entry instanceof ObjectNode object) {
                    object.remove(resolved.subAttribute().name());
                }
            });
        } else if (value instanceof ObjectNode object) {
            object.remove(resolved.subAttribute().name());
        }
    }

    private boolean belongsToCore(AttributePath path) {
        return path.schemaUrn() == null || path.schemaUrn().equalsIgnoreCase(type.schema().id());
    }

    /** Whether {@code path} names a schema extension of {@code type} as a whole (see the class comment). */
    public static boolean isExtension(AttributePath path, ResourceTypeDefinition type) {
        return path.subAttribute() == null
                && type.extensions().stream().anyMatch(extension -> extension.id().equalsIgnoreCase(whole(path)));
    }

    /**
     * The path as one string: parsed without the resource type, a declared extension's URN reads as an attribute
     * ({@code User}) of a schema ({@code urn:…:acme:2.0}).
     */
    private static String whole(AttributePath path) {
        return path.schemaUrn() == null ? path.name() : path.schemaUrn() + ":" + path.name();
    }

    /** Whether {@code path} is an attribute of {@code type} or one of its schema extensions as a whole. */
    public static boolean isKnown(AttributePath path, ResourceTypeDefinition type) {
        return isExtension(path, type) || type.resolve(path).isPresent();
    }

    private void requireKnown(AttributePath path) {
        if (!isKnown(path, type)) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "Unknown attribute " + path);
        }
    }
}
