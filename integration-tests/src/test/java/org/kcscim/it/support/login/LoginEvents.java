package org.kcscim.it.support.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.it.support.AdminClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A realm's user (login) events through the admin REST API: switching their storage on, and reading those of
 * one type, optionally of one user, since an instant.
 *
 * <p>Keycloak stores an event only if the realm has events enabled and the type is among its enabled types;
 * events are written when the request that raised them ends, so they can be read as soon as it has answered.
 */
public final class LoginEvents {

    /** What {@link #enable} switches on, besides any extra types it is given. */
    public static final List<String> DEFAULT_TYPES = List.of(
            "LOGIN", "LOGIN_ERROR", "CODE_TO_TOKEN", "CODE_TO_TOKEN_ERROR",
            "IDENTITY_PROVIDER_LOGIN", "IDENTITY_PROVIDER_LOGIN_ERROR",
            "IDENTITY_PROVIDER_FIRST_LOGIN", "IDENTITY_PROVIDER_FIRST_LOGIN_ERROR",
            "IDENTITY_PROVIDER_POST_LOGIN", "IDENTITY_PROVIDER_POST_LOGIN_ERROR",
            "IDENTITY_PROVIDER_LINK_ACCOUNT", "IDENTITY_PROVIDER_LINK_ACCOUNT_ERROR",
            "FEDERATED_IDENTITY_LINK", "FEDERATED_IDENTITY_LINK_ERROR",
            "REGISTER", "REGISTER_ERROR", "UPDATE_PROFILE", "UPDATE_PROFILE_ERROR", "LOGOUT", "LOGOUT_ERROR");

    private LoginEvents() {
    }

    /** Enables storing the {@link #DEFAULT_TYPES} and {@code extraTypes} of user events in {@code realm}. */
    public static void enable(AdminClient admin, String realm, String... extraTypes) {
        Set<String> types = new LinkedHashSet<>(DEFAULT_TYPES);
        types.addAll(List.of(extraTypes));
        // A partial representation: the realm update leaves what it does not name as it is
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("realm", realm).put("eventsEnabled", true);
        types.forEach(body.putArray("enabledEventTypes")::add);
        admin.send("PUT", "/admin/realms/" + realm, admin.adminToken(), body).expectStatus(204);
    }

    /**
     * The stored events of {@code type} in {@code realm} whose time is at or after {@code since} (the event time
     * has millisecond precision), of the user with id {@code userId} unless it is null; oldest first.
     */
    public static List<JsonNode> of(AdminClient admin, String realm, String type, String userId, Instant since) {
        StringBuilder path = new StringBuilder("/admin/realms/" + realm + "/events?max=1000&type=" + enc(type));
        if (userId != null) {
            path.append("&user=").append(enc(userId));
        }
        JsonNode events = admin.send("GET", path.toString(), admin.adminToken(), null).expectStatus(200).json();
        List<JsonNode> found = new ArrayList<>();
        long from = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        events.forEach(event -> {
            if (event.path("time").asLong() >= from) {
                found.add(event);
            }
        });
        found.sort(Comparator.comparingLong(event -> event.path("time").asLong()));
        return found;
    }

    /** Every stored event of {@code realm} (of any type) at or after {@code since}, oldest first. */
    public static List<JsonNode> all(AdminClient admin, String realm, Instant since) {
        JsonNode events = admin.send("GET", "/admin/realms/" + realm + "/events?max=1000", admin.adminToken(), null)
                .expectStatus(200).json();
        List<JsonNode> found = new ArrayList<>();
        events.forEach(event -> {
            if (since == null || event.path("time").asLong() >= since.toEpochMilli()) {
                found.add(event);
            }
        });
        found.sort(Comparator.comparingLong(event -> event.path("time").asLong()));
        return found;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
