package org.kcscim.activity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing that happened to a configuration: a change its directory made over SCIM ({@code kind}
 * {@code provisioning}) or a sign-in the enforcement refused to one of its users ({@code refused-sign-in}).
 * Fields that do not apply to the kind are left out.
 *
 * @param time          milliseconds since the epoch
 * @param operation     CREATE, UPDATE, DELETE or ACTION (provisioning)
 * @param resourceType  USER, GROUP, GROUP_MEMBERSHIP... (provisioning)
 * @param resourcePath  the changed resource, e.g. {@code users/<id>} (provisioning)
 * @param eventType     LOGIN_ERROR, IDENTITY_PROVIDER_POST_LOGIN_ERROR... (refused-sign-in)
 * @param reason        means_not_allowed or no_mapping (refused-sign-in)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityEntry(long time, String kind, String operation, String resourceType, String resourcePath,
                            String eventType, String userId, String username, String clientId,
                            String attemptedMeans, String allowedMeans, String reason, String ipAddress) {

    public static final String PROVISIONING = "provisioning";
    public static final String REFUSED_SIGN_IN = "refused-sign-in";
}
