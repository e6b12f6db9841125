package org.kcscim.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kcscim.config.AttributeMapping;
import org.kcscim.config.ConfigurationSettings;
import org.kcscim.config.SchemaExtension;
import org.kcscim.config.UserDeleteAction;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a configuration as an administrator sent them, checked for shape (known properties, types,
 * lengths). Absent fields stay empty: creation fills defaults, an update keeps the current values.
 * Whether the named realms exist is checked later, against the server.
 */
record ConfigurationInput(
        Optional<String> name,
        Optional<List<String>> accounts,
        Optional<Boolean> active,
        Optional<Boolean> adoptExistingUsers,
        Optional<UserDeleteAction> userDeleteAction,
        Optional<List<SchemaExtension>> schemaExtensions,
        Optional<List<AttributeMapping>> attributeMappings) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Properties the API returns and a client may send back unchanged; they are ignored on input. */
    private static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt", "keyCreatedAt",
            "keyLastUsedAt", "previousKeyValidUntil", "scimBaseUrl");

    static ConfigurationInput parse(String body) {
        JsonNode json = readObject(body);
        List<FieldError> errors = new ArrayList<>();
        Optional<String> name = Optional.empty();
        Optional<List<String>> accounts = Optional.empty();
        Optional<Boolean> active = Optional.empty();
        Optional<Boolean> adopt = Optional.empty();
        Optional<UserDeleteAction> deleteAction = Optional.empty();
        Optional<List<SchemaExtension>> extensions = Optional.empty();
        Optional<List<AttributeMapping>> mappings = Optional.empty();

        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "name" -> name = name(value, errors);
                case "accounts" -> accounts = accounts(value, errors);
                case "active" -> active = bool("active", value, errors);
                case "adoptExistingUsers" -> adopt = bool("adoptExistingUsers", value, errors);
                case "userDeleteAction" -> deleteAction = deleteAction(value, errors);
                case AttributeSettingsInput.EXTENSIONS -> extensions = AttributeSettingsInput.extensions(value, errors);
                case AttributeSettingsInput.MAPPINGS -> mappings = AttributeSettingsInput.mappings(value, errors);
                case "apiKey" -> errors.add(new FieldError("apiKey",
                        "An API key cannot be set; generate one with POST .../configurations/{id}/api-key"));
                default -> {
                    if (!READ_ONLY.contains(field.getKey())) {
                        errors.add(new FieldError(field.getKey(), "Unknown property"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw AdminProblem.invalid(errors);
        }
        return new ConfigurationInput(name, accounts, active, adopt, deleteAction, extensions, mappings);
    }

    /** Reads a body that must be one JSON object; an empty body counts as an empty object. */
    static JsonNode readObject(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw AdminProblem.invalid(null, "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw AdminProblem.invalid(null, "The body must be a JSON object");
        }
        return json;
    }

    private static Optional<String> name(JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            errors.add(new FieldError("name", "Must be a string"));
            return Optional.empty();
        }
        String name = value.asText().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "Must not be empty"));
        } else if (name.length() > ConfigurationSettings.NAME_MAX_LENGTH) {
            errors.add(new FieldError("name", "Must be at most " + ConfigurationSettings.NAME_MAX_LENGTH + " characters"));
        }
        return Optional.of(name);
    }

    private static Optional<List<String>> accounts(JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            errors.add(new FieldError("accounts", "Must be an array of realm names"));
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual() || element.asText().isBlank()) {
                errors.add(new FieldError("accounts", "Must be an array of realm names"));
                return Optional.empty();
            }
            names.add(element.asText());
        }
        if (names.isEmpty()) {
            errors.add(new FieldError("accounts", "Must name at least one realm"));
        }
        return Optional.of(List.copyOf(names));
    }

    private static Optional<Boolean> bool(String field, JsonNode value, List<FieldError> errors) {
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, "Must be true or false"));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    private static Optional<UserDeleteAction> deleteAction(JsonNode value, List<FieldError> errors) {
        Optional<UserDeleteAction> action = value.isTextual() ? UserDeleteAction.of(value.asText()) : Optional.empty();
        if (action.isEmpty()) {
            errors.add(new FieldError("userDeleteAction", "Must be \"delete\" or \"disable\""));
        }
        return action;
    }
}
