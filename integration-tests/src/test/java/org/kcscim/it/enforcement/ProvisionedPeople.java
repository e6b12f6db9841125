package org.kcscim.it.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A home realm with one SCIM configuration, seen from both sides: the directory that provisions people and
 * groups, and the administrator who maps groups to sign-in means and installs the enforcement.
 */
public final class ProvisionedPeople {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final AdminClient admin;
    private final String realm;
    private final ScimConfigurations.Created configuration;
    private final ScimClient scim;

    public ProvisionedPeople(AdminClient admin, String realm, String configurationName) {
        this.admin = admin;
        this.realm = realm;
        this.configuration = new ScimConfigurations(admin).create(realm, configurationName);
        this.scim = new ScimClient(admin, realm, configuration.apiKey());
    }

    public String configurationId() {
        return configuration.id();
    }

    /** A person the directory creates with a password and the e-mail {@code <userName>@example.test}; the id. */
    public String person(String userName, String password) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
        user.put("userName", userName);
        user.putObject("name").put("givenName", userName).put("familyName", "Provisioned");
        user.putArray("emails").addObject().put("value", userName + "@example.test").put("type", "work")
                .put("primary", true);
        user.put("active", true);
        user.put("password", password);
        return scim.create("Users", user).path("id").asText();
    }

    /** A group the directory creates with these members; the id. */
    public String group(String displayName, String... memberIds) {
        return scim.createGroup(displayName, memberIds);
    }

    /** Maps the groups to the sign-in means, with no roles; the mapping's id. */
    public String mapping(String name, List<String> groupIds, String... means) {
        return admin.send("POST", "/admin/realms/" + realm + "/provisioning/mappings", admin.adminToken(),
                body(name, groupIds, means)).expectStatus(201).json().path("id").asText();
    }

    public void changeMapping(String id, String name, List<String> groupIds, String... means) {
        admin.send("PUT", "/admin/realms/" + realm + "/provisioning/mappings/" + id, admin.adminToken(),
                body(name, groupIds, means)).expectStatus(200);
    }

    private ObjectNode body(String name, List<String> groupIds, String... means) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("configurationId", configuration.id());
        groupIds.forEach(body.putArray("groups")::add);
        // Every realm has this role; the roles are not what these tests are about
        body.putArray("roles").add("offline_access");
        body.putArray("accounts").add(realm);
        List.of(means).forEach(body.putArray("means")::add);
        return body;
    }

    /** The password grant at the token endpoint, as the public test client; the raw answer. */
    public static HttpResult directGrant(AdminClient admin, String realm, String clientId, String username, String password) {
        String form = "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(username)
                + "&password=" + enc(password);
        return admin.send("POST", "/realms/" + realm + "/protocol/openid-connect/token", null, form,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    public static HttpResult enforcementState(AdminClient admin, String realm) {
        return admin.send("GET", "/admin/realms/" + realm + "/provisioning/enforcement", admin.adminToken(), null);
    }

    public static HttpResult installEnforcement(AdminClient admin, String realm) {
        return admin.send("POST", "/admin/realms/" + realm + "/provisioning/enforcement", admin.adminToken(), null);
    }

    /** binding name -> enforced, from an enforcement answer. */
    public static Map<String, Boolean> enforcedByBinding(JsonNode answer) {
        Map<String, Boolean> enforced = new java.util.LinkedHashMap<>();
        answer.path("bindings").forEach(binding ->
                enforced.put(binding.path("binding").asText(), binding.path("enforced").asBoolean()));
        return enforced;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
