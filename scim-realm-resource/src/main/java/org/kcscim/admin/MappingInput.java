package org.kcscim.admin;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a mapping as an administrator sent them, checked for shape. Whether the groups, realms, roles
 * and identity providers exist, and belong together, is checked against the server by {@link MappingValidation}.
 */
record MappingInput(
        Optional<String> name,
        Optional<String> configurationId,
        Optional<List<String>> groups,
        Optional<List<String>> roles,
        Optional<List<String>> accounts,
        Optional<List<String>> means) {

    /** Properties the API returns and a client may send back unchanged; ignored on input. */
    private static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt");

    static MappingInput parse(String body) {
        JsonNode json = ConfigurationInput.readObject(body);
        List<FieldError> errors = new ArrayList<>();
        Optional<String> name = Optional.empty();
        Optional<String> configurationId = Optional.empty();
        Optional<List<String>> groups = Optional.empty();
        Optional<List<String>> roles = Optional.empty();
        Optional<List<String>> accounts = Optional.empty();
        Optional<List<String>> means = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "name" -> name = name(value, errors);
                case "configurationId" -> configurationId = text("configurationId", value, errors);
                case "groups" -> groups = list("groups", value, errors, true);
                case "roles" -> roles = list("roles", value, errors, false);
                case "accounts" -> accounts = list("accounts", value, errors, false);
                case "means" -> means = list("means", value, errors, false);
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
        return new MappingInput(name, configurationId, groups, roles, accounts, means);
    }

    private static Optional<String> name(JsonNode value, List<FieldError> errors) {
        Optional<String> name = text("name", value, errors).map(String::strip);
        name.ifPresent(text -> {
            if (text.isEmpty()) {
                errors.add(new FieldError("name", "Must not be empty"));
            } else if (text.length() > 100) {
                errors.add(new FieldError("name", "Must be at most 100 characters"));
            }
        });
        return name;
    }

    private static Optional<String> text(String field, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "Must be a string"));
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /**
     * A non-empty array of strings. Groups may also be objects with an {@code id}, as the API returns them, so
     * that a mapping read can be sent back as it is.
     */
    private static Optional<List<String>> list(String field, JsonNode value, List<FieldError> errors,
                                               boolean objectsWithId) {
        if (!value.isArray()) {
            errors.add(new FieldError(field, "Must be an array"));
            return Optional.empty();
        }
        Set<String> items = new LinkedHashSet<>();
        for (JsonNode element : value) {
            JsonNode item = objectsWithId && element.isObject() ? element.path("id") : element;
            if (!item.isTextual() || item.asText().isBlank()) {
                errors.add(new FieldError(field, objectsWithId ? "Must be an array of group ids" : "Must be an array of strings"));
                return Optional.empty();
            }
            items.add(item.asText());
        }
        if (items.isEmpty()) {
            errors.add(new FieldError(field, "Must not be empty"));
        }
        return Optional.of(List.copyOf(items));
    }
}
