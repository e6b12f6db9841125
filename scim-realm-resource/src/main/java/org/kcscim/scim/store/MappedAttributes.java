package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.config.AttributeMapping;
import org.kcscim.config.MappedPath;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.scim.protocol.schema.AttributeDefinition;
import org.kcscim.scim.protocol.schema.ResolvedAttribute;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SCIM values a configuration keeps in user-profile attributes (issue 15): taken out of a resource before the
 * rest is encoded into hidden attributes, and put back when it is rendered. Pure: no Keycloak types.
 */
public final class MappedAttributes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One mapping, resolved; {@code scimPath} as the administrator wrote it, for messages. */
    public record Mapped(String scimPath, MappedPath path, String userAttribute) {
    }

    private final ResourceTypeDefinition type;
    private final List<Mapped> mapped;

    public MappedAttributes(ResourceTypeDefinition type, List<AttributeMapping> mappings) {
        this.type = type;
        List<Mapped> resolved = new ArrayList<>();
        for (AttributeMapping mapping : mappings) {
            try {
                resolved.add(new Mapped(mapping.scimPath(), MappedPath.parse(mapping.scimPath(), type),
                        mapping.userAttribute()));
            } catch (MappedPath.Unmappable e) {
                // Validated when stored; a mapping that no longer resolves keeps its values where they were
            }
        }
        this.mapped = List.copyOf(resolved);
    }

    public static MappedAttributes of(ScimConfiguration configuration) {
        return new MappedAttributes(configuration.userType(), configuration.settings().attributeMappings());
    }

    public List<Mapped> all() {
        return mapped;
    }

    public boolean isEmpty() {
        return mapped.isEmpty();
    }

    /**
     * The user attribute that holds a singular value ({@code title}, {@code name.middleName}, an extension's
     * attribute), for filters and sorting; empty for unmapped values and entries of multi-valued attributes.
     */
    public Optional<String> userAttributeOf(ResolvedAttribute resolved) {
        return mapped.stream()
                .filter(m -> !m.path().isEntry() && sameSchema(m.path().schema(), resolved)
                        && m.path().attribute().name().equals(resolved.attribute().name())
                        && sameName(m.path().sub(), resolved.subAttribute()))
                .map(Mapped::userAttribute)
                .findFirst();
    }

    /**
     * The mappings of entries of the multi-valued attribute {@code resolved} names ({@code phoneNumbers[type eq
     * "work"].value}), for filters: such an entry's sub-attribute is read from the user attribute.
     */
    public List<Mapped> entriesOf(ResolvedAttribute resolved) {
        return mapped.stream()
                .filter(m -> m.path().isEntry() && sameSchema(m.path().schema(), resolved)
                        && m.path().attribute().name().equals(resolved.attribute().name()))
                .toList();
    }

    /**
     * Compared by URN: each configuration read from the store (so at least each request) builds its own definitions
     * of its extensions.
     */
    private static boolean sameSchema(SchemaDefinition schema, ResolvedAttribute resolved) {
        return schema == null ? resolved.schema() == null
                : resolved.schema() != null && schema.id().equalsIgnoreCase(resolved.schema().id());
    }

    private static boolean sameName(AttributeDefinition a, AttributeDefinition b) {
        return a == null ? b == null : b != null && a.name().equals(b.name());
    }

    /**
     * Removes the mapped values from {@code resource} and returns them by user attribute; a mapped value the
     * resource lacks maps to an empty list, so that a replace clears it.
     */
    public Map<String, List<String>> extract(ObjectNode resource) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Mapped m : mapped) {
            values.put(m.userAttribute(), take(resource, m.path()));
        }
        return values;
    }

    private List<String> take(ObjectNode resource, MappedPath path) {
        ObjectNode container = container(resource, path, false);
        if (container == null) {
            return List.of();
        }
        String name = field(container, path.attribute().name());
        if (name == null) {
            return List.of();
        }
        JsonNode value = container.get(name);
        if (path.isEntry()) {
            ObjectNode entry = entry(value, path.entryType());
            String sub = entry == null ? null : field(entry, path.sub().name());
            return sub == null ? List.of() : texts(entry.remove(sub));
        }
        if (path.sub() != null) {
            String sub = value instanceof ObjectNode complex ? field(complex, path.sub().name()) : null;
            return sub == null ? List.of() : texts(((ObjectNode) value).remove(sub));
        }
        return texts(container.remove(name));
    }

    /** Puts the values of {@code attributes} back where the mappings say, into a decoded resource. */
    public void restore(ObjectNode resource, Map<String, List<String>> attributes) {
        for (Mapped m : mapped) {
            List<String> values = attributes.get(m.userAttribute());
            if (values == null || values.isEmpty() || values.get(0) == null) {
                continue;
            }
            put(resource, m.path(), values);
        }
    }

    private void put(ObjectNode resource, MappedPath path, List<String> values) {
        ObjectNode container = container(resource, path, true);
        AttributeDefinition target = path.target();
        String name = path.attribute().name();
        if (path.isEntry()) {
            ArrayNode entries = container.get(name) instanceof ArrayNode array ? array : container.putArray(name);
            ObjectNode entry = entry(entries, path.entryType());
            if (entry == null) {
                // Set in Keycloak (the console) with no entry of that type yet: the entry is the value
                entry = entries.addObject().put("type", path.entryType());
            }
            entry.set(path.sub().name(), AttributeCodec.typed(target, values.get(0)));
        } else if (path.sub() != null) {
            ObjectNode complex = container.get(name) instanceof ObjectNode object ? object : container.putObject(name);
            complex.set(path.sub().name(), AttributeCodec.typed(target, values.get(0)));
        } else if (target.multiValued()) {
            ArrayNode array = container.putArray(name);
            values.forEach(text -> array.add(AttributeCodec.typed(target, text)));
        } else {
            container.set(name, AttributeCodec.typed(target, values.get(0)));
        }
    }

    /** The object holding the attribute: the resource for core and common ones, the extension's object otherwise. */
    private ObjectNode container(ObjectNode resource, MappedPath path, boolean create) {
        if (path.schema() == null || path.schema() == type.schema()) {
            return resource;
        }
        String urn = field(resource, path.schema().id());
        if (urn != null && resource.get(urn) instanceof ObjectNode extension) {
            return extension;
        }
        return create ? resource.putObject(path.schema().id()) : null;
    }

    /** The first entry whose {@code type} is {@code entryType}, ignoring case as a filter on it would. */
    private static ObjectNode entry(JsonNode entries, String entryType) {
        if (entries instanceof ArrayNode array) {
            for (JsonNode entry : array) {
                if (entry instanceof ObjectNode object && object.path("type").isTextual()
                        && object.path("type").asText().equalsIgnoreCase(entryType)) {
                    return object;
                }
            }
        }
        return null;
    }

    /** The field of {@code object} named {@code name} ignoring case (RFC 7643 §2.1), or null. */
    private static String field(ObjectNode object, String name) {
        for (var names = object.fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            if (candidate.equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value.isArray() ? value : JSON.arrayNode().add(value)) {
            if (element != null && !element.isNull() && !element.isContainerNode()) {
                texts.add(element.asText());
            }
        }
        return texts;
    }
}
