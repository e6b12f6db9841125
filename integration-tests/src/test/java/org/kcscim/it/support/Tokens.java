package org.kcscim.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What a test reads in a JWT access token: its payload, and the roles Keycloak put in it. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /**
     * An access token of {@code username} through the password grant on the public client {@code clientId} of
     * {@code realm}. For reading roles in a token use a client of your own: {@code admin-cli} issues lightweight
     * access tokens, without {@code realm_access} or {@code resource_access}.
     */
    public static String passwordGrant(AdminClient admin, String realm, String clientId, String username,
                                       String password) {
        String form = "grant_type=password"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return admin.send("POST", "/realms/" + realm + "/protocol/openid-connect/token", null, form,
                        Map.of("Content-Type", "application/x-www-form-urlencoded"))
                .expectStatus(200).json().path("access_token").asText();
    }

    /** The payload (second part) of a compact JWS, decoded; the signature is not checked. */
    public static JsonNode payload(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a compact JWT: " + jwt);
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("Payload of " + jwt + " is not JSON", e);
        }
    }

    /** {@code realm_access.roles}: the realm roles the token carries (empty if none). */
    public static Set<String> realmRoles(String jwt) {
        return texts(payload(jwt).path("realm_access").path("roles"));
    }

    /** {@code resource_access.<clientId>.roles}: the roles of that client the token carries (empty if none). */
    public static Set<String> clientRoles(String jwt, String clientId) {
        return texts(payload(jwt).path("resource_access").path(clientId).path("roles"));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
