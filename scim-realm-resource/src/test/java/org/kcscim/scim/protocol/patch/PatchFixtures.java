package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Resources and request bodies shared by the PATCH tests, written as the JSON a client or the store would send. */
final class PatchFixtures {

    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /** A user as the store renders it: two emails, the work one primary, no extension. */
    static final String BJENSEN = """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
              "id": "2819c223-7f76-453a-919d-413861904646",
              "externalId": "bjensen",
              "userName": "bjensen@example.com",
              "name": {"givenName": "Barbara", "familyName": "Jensen"},
              "active": true,
              "emails": [
                {"value": "bjensen@example.com", "type": "work", "primary": true},
                {"value": "babs@jensen.org", "type": "home"}
              ],
              "meta": {
                "resourceType": "User",
                "created": "2024-01-23T04:56:22Z",
                "lastModified": "2024-05-13T04:42:34Z",
                "version": "W/\\"3694e05e9dff591\\"",
                "location": "https://kc.example.com/realms/acme/provisioning/scim/v2/Users/2819c223-7f76-453a-919d-413861904646"
              }
            }""";

    /** A user with nothing but a userName, as a directory creates it before it fills in attributes. */
    static final String MINIMAL = """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
              "id": "6c5bb468-14b2-4183-baf2-06d523e03bd3",
              "userName": "test.user@contoso.com",
              "active": true
            }""";

    /** A user with Enterprise User attributes. */
    static final String BJENSEN_ENTERPRISE = """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
              "id": "2819c223-7f76-453a-919d-413861904646",
              "userName": "bjensen@example.com",
              "active": true,
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "employeeNumber": "701984",
                "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}
              }
            }""";

    /** A group as the store renders it for a PATCH: without members, which it does not read. */
    static final String TOUR_GUIDES = """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
              "id": "e9e30dba-f08f-4109-8486-d5c6a331660a",
              "displayName": "Tour Guides",
              "meta": {"resourceType": "Group", "created": "2024-01-23T04:56:22Z", "version": "W/\\"1\\""}
            }""";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PatchFixtures() {
    }

    static ObjectNode object(String json) {
        return (ObjectNode) json(json);
    }

    static JsonNode json(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("Malformed JSON in a test table: " + json, malformed);
        }
    }

    /** A PatchOp body around operations written as a JSON array's content. */
    static JsonNode body(String operations) {
        return json("{\"schemas\": [\"" + PATCH_OP + "\"], \"Operations\": [" + operations + "]}");
    }

    /**
     * {@code base} with the top-level members of {@code changes} set, a null removing the member: the expected
     * result of a PATCH, written as what differs.
     */
    static ObjectNode with(String base, String changes) {
        ObjectNode expected = object(base);
        for (Iterator<Map.Entry<String, JsonNode>> fields = object(changes).fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                expected.remove(field.getKey());
            } else {
                expected.set(field.getKey(), field.getValue());
            }
        }
        return expected;
    }

    /**
     * Applies {@code operations} to the user or group {@code base} and checks the result is {@code base} changed by
     * {@code changes} (see {@link #with}), and that {@code base} itself was left alone.
     */
    static PatchResult assertPatched(ResourceTypeDefinition type, String base, String operations, String changes) {
        ObjectNode input = object(base);
        PatchResult result = PatchEngine.apply(input, PatchRequest.parse(body(operations), type), type);
        assertEquals(with(base, changes), result.resource());
        assertEquals(object(base), input, "the input resource must not change");
        return result;
    }

    /** Parses and applies {@code body}, as the endpoint will. */
    static PatchResult patch(String resource, JsonNode body, ResourceTypeDefinition type) {
        return PatchEngine.apply(object(resource), PatchRequest.parse(body, type), type);
    }
}
