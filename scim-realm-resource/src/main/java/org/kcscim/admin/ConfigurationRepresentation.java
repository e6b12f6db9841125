package org.kcscim.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.config.ApiKey;
import org.kcscim.config.AttributeSettingsJson;
import org.kcscim.config.ScimConfiguration;

import java.time.Instant;
import java.util.List;

/** The JSON of a configuration in the admin REST API. It never holds a key or a key hash. */
final class ConfigurationRepresentation {

    private ConfigurationRepresentation() {
    }

    /** {@code keyLastUsedAt}: epoch milliseconds of the key's last use, 0 when never used. */
    static ObjectNode of(ScimConfiguration configuration, long keyLastUsedAt, List<String> accountNames,
                         String scimBaseUrl, long now) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", configuration.id());
        json.put("name", configuration.name());
        accountNames.forEach(json.putArray("accounts")::add);
        json.put("active", configuration.active());
        json.put("adoptExistingUsers", configuration.settings().adoptExistingUsers());
        json.put("userDeleteAction", configuration.settings().userDeleteAction().value());
        json.set("schemaExtensions", AttributeSettingsJson.extensions(configuration.settings().schemaExtensions()));
        json.set("attributeMappings", AttributeSettingsJson.mappings(configuration.settings().attributeMappings()));
        json.put("scimBaseUrl", scimBaseUrl);
        putTime(json, "createdAt", configuration.createdAt());
        putTime(json, "updatedAt", configuration.updatedAt());
        putTime(json, "keyCreatedAt", configuration.apiKey().createdAt());
        putTime(json, "keyLastUsedAt", keyLastUsedAt);
        putTime(json, "previousKeyValidUntil", configuration.apiKey().previousValidUntil(now));
        return json;
    }

    /** The same, plus the key in clear: only for the response that generated it. */
    static ObjectNode withKey(ObjectNode representation, ApiKey key) {
        representation.put("apiKey", key.value());
        return representation;
    }

    private static void putTime(ObjectNode json, String field, long epochMillis) {
        if (epochMillis > 0) {
            json.put(field, Instant.ofEpochMilli(epochMillis).toString());
        } else {
            json.putNull(field);
        }
    }
}
