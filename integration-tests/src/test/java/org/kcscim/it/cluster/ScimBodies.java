package org.kcscim.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The SCIM request bodies and names the cluster tests send. */
final class ScimBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private ScimBodies() {
    }

    static ObjectNode user(String userName, String familyName, String email) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
        user.put("userName", userName);
        user.putObject("name").put("givenName", "Given").put("familyName", familyName);
        user.putArray("emails").addObject().put("value", email).put("type", "work").put("primary", true);
        user.put("active", true);
        return user;
    }

    static ObjectNode patch(String op, String path, JsonNode value) {
        ObjectNode patch = JSON.createObjectNode();
        patch.putArray("schemas").add(PATCH_OP);
        ObjectNode operation = patch.putArray("Operations").addObject().put("op", op).put("path", path);
        if (value != null) {
            operation.set("value", value);
        }
        return patch;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String unique(String prefix) {
        return prefix + Long.toHexString(System.nanoTime());
    }
}
