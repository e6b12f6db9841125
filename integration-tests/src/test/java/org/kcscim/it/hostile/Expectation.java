package org.kcscim.it.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kcscim.it.support.HttpResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the server must answer to one hostile request; {@link #problems} lists every way an answer falls short. */
interface Expectation {

    String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    ObjectMapper JSON = new ObjectMapper();

    /** Shown in the test name, such as {@code 400 invalidSyntax}. */
    String label();

    /** Empty when the answer is right. */
    List<String> problems(HttpResult answer);

    /** An RFC 7644 §3.12 error: this status, this scimType or none, a SCIM body and media type. */
    static Expectation error(int status, String scimType) {
        return new ScimError(status, scimType);
    }

    static Expectation error(int status) {
        return new ScimError(status, null);
    }

    /**
     * A request the server accepts: {@code status}, and whatever else {@code check} finds wrong with the answer
     * (it returns the problems, empty when none).
     */
    static Expectation accepted(int status, Function<HttpResult, List<String>> check) {
        return new Accepted(status, check);
    }

    static Expectation accepted(int status) {
        return new Accepted(status, answer -> List.of());
    }

    /** A bulk request answered 200 whose operations failed with these errors, in order, and ran no further. */
    static Expectation bulkOperations(ScimError... operations) {
        return new BulkFailures(List.of(operations));
    }

    /** An answer given by the HTTP server itself, before any SCIM code runs: only its status is ours to pin. */
    static Expectation platform(int status) {
        return new Accepted(status, answer -> List.of()) {
            @Override
            public String label() {
                return status + " from the HTTP server";
            }
        };
    }

    /** An RFC 7644 error answer. */
    record ScimError(int status, String scimType) implements Expectation {

        @Override
        public String label() {
            return status + (scimType == null ? "" : " " + scimType);
        }

        @Override
        public List<String> problems(HttpResult answer) {
            List<String> problems = new ArrayList<>();
            if (answer.status() != status) {
                problems.add("status " + answer.status() + ", expected " + status);
            }
            String type = answer.header("Content-Type").orElse("");
            if (!type.startsWith("application/scim+json")) {
                problems.add("Content-Type '" + type + "', expected application/scim+json");
            }
            if (status == 401 && !answer.header("WWW-Authenticate").orElse("").matches("Bearer realm=\".*\".*")) {
                problems.add("no WWW-Authenticate: Bearer realm=\"...\"");
            }
            if (status == 405 && answer.header("Allow").isEmpty()) {
                problems.add("no Allow header");
            }
            problems.addAll(body(parse(answer.body())));
            return problems;
        }

        /** The checks of an error body, also used for the {@code response} of a failed bulk operation. */
        List<String> body(JsonNode body) {
            List<String> problems = new ArrayList<>();
            if (body == null) {
                problems.add("body is not JSON");
                return problems;
            }
            boolean hasSchema = false;
            for (JsonNode schema : body.path("schemas")) {
                hasSchema |= ERROR_SCHEMA.equals(schema.asText());
            }
            if (!hasSchema) {
                problems.add("schemas lacks " + ERROR_SCHEMA);
            }
            JsonNode bodyStatus = body.get("status");
            if (bodyStatus == null || !bodyStatus.isTextual() || !bodyStatus.textValue().equals(Integer.toString(status))) {
                problems.add("body status " + bodyStatus + ", expected \"" + status + "\"");
            }
            JsonNode bodyType = body.get("scimType");
            if (scimType == null && bodyType != null) {
                problems.add("scimType " + bodyType + ", expected none");
            } else if (scimType != null && (bodyType == null || !scimType.equals(bodyType.asText()))) {
                problems.add("scimType " + bodyType + ", expected " + scimType);
            }
            return problems;
        }
    }

    /** A success, with checks of its own. */
    class Accepted implements Expectation {

        private final int status;
        private final Function<HttpResult, List<String>> check;

        Accepted(int status, Function<HttpResult, List<String>> check) {
            this.status = status;
            this.check = check;
        }

        @Override
        public String label() {
            return status + " (accepted)";
        }

        @Override
        public List<String> problems(HttpResult answer) {
            if (answer.status() != status) {
                return List.of("status " + answer.status() + ", expected " + status);
            }
            return check.apply(answer);
        }
    }

    /** 200 with one failed operation result per expected error. */
    record BulkFailures(List<ScimError> operations) implements Expectation {

        @Override
        public String label() {
            return "200 with operations " + operations.stream().map(ScimError::label).toList();
        }

        @Override
        public List<String> problems(HttpResult answer) {
            List<String> problems = new ArrayList<>();
            if (answer.status() != 200) {
                problems.add("status " + answer.status() + ", expected 200 with failed operations");
                return problems;
            }
            JsonNode results = parse(answer.body());
            if (results == null) {
                return List.of("body is not JSON");
            }
            JsonNode list = results.path("Operations");
            if (list.size() != operations.size()) {
                problems.add(list.size() + " operation results, expected " + operations.size());
            }
            for (int i = 0; i < Math.min(list.size(), operations.size()); i++) {
                ScimError expected = operations.get(i);
                JsonNode result = list.get(i);
                if (!Integer.toString(expected.status()).equals(result.path("status").asText())) {
                    problems.add("Operations[" + i + "].status " + result.path("status") + ", expected \""
                            + expected.status() + "\"");
                }
                for (String problem : expected.body(result.get("response"))) {
                    problems.add("Operations[" + i + "].response: " + problem);
                }
            }
            return problems;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
