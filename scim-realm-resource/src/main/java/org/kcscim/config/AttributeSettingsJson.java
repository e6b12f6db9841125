package org.kcscim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.kcscim.scim.protocol.schema.AttributeType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON of schema extensions and attribute mappings, in the shape of the admin REST API (issue 15). The
 * component keeps the same JSON, so what an administrator sees is what is stored. Reading trusts its input:
 * it was validated before it was stored.
 */
public final class AttributeSettingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributeSettingsJson() {
    }

    public static ArrayNode extensions(List<SchemaExtension> extensions) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (SchemaExtension extension : extensions) {
            ArrayNode attributes = array.addObject().put("id", extension.id()).putArray("attributes");
            for (ExtensionAttribute attribute : extension.attributes()) {
                attributes.addObject().put("name", attribute.name()).put("type", attribute.type().keyword())
                        .put("multiValued", attribute.multiValued()).put("required", attribute.required())
                        .put("caseExact", attribute.caseExact());
            }
        }
        return array;
    }

    public static ArrayNode mappings(List<AttributeMapping> mappings) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        mappings.forEach(mapping -> array.addObject().put("scimPath", mapping.scimPath())
                .put("userAttribute", mapping.userAttribute()));
        return array;
    }

    static List<SchemaExtension> readExtensions(String text) {
        List<SchemaExtension> extensions = new ArrayList<>();
        for (JsonNode extension : parse(text)) {
            List<ExtensionAttribute> attributes = new ArrayList<>();
            for (JsonNode attribute : extension.path("attributes")) {
                type(attribute.path("type").asText()).ifPresent(type -> attributes.add(new ExtensionAttribute(
                        attribute.path("name").asText(), type, attribute.path("multiValued").asBoolean(),
                        attribute.path("required").asBoolean(), attribute.path("caseExact").asBoolean())));
            }
            extensions.add(new SchemaExtension(extension.path("id").asText(), attributes));
        }
        return extensions;
    }

    static List<AttributeMapping> readMappings(String text) {
        List<AttributeMapping> mappings = new ArrayList<>();
        for (JsonNode mapping : parse(text)) {
            mappings.add(new AttributeMapping(mapping.path("scimPath").asText(), mapping.path("userAttribute").asText()));
        }
        return mappings;
    }

    /** The type spelled as schema documents spell it ({@code dateTime}). */
    public static java.util.Optional<AttributeType> type(String keyword) {
        return Arrays.stream(AttributeType.values()).filter(type -> type.keyword().equals(keyword)).findFirst();
    }

    static String text(ArrayNode array) {
        return array.toString();
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored attribute settings are not JSON", e);
        }
    }
}
