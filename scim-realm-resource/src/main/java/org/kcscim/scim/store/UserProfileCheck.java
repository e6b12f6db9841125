package org.kcscim.scim.store;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Holds the values a configuration maps to user-profile attributes to the realm's user profile: its validators
 * (pattern, length, required...) run on the user as written, as they would for an administrator editing it
 * ({@code USER_API}). A refusal is 400 {@code invalidValue} naming the SCIM path and the rule; the caller's
 * transaction is rolled back by the responder, so nothing of the request is kept. Problems with attributes no
 * mapping writes are not the directory's to fix, and do not block it.
 */
final class UserProfileCheck {

    private final KeycloakSession session;
    private final MappedAttributes mapped;

    UserProfileCheck(KeycloakSession session, MappedAttributes mapped) {
        this.session = session;
        this.mapped = mapped;
    }

    /** @throws ScimException 400 {@code invalidValue} when the profile refuses a mapped value */
    void require(UserModel user) {
        if (mapped.isEmpty()) {
            return;
        }
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
        UserProfile profile = session.getProvider(UserProfileProvider.class)
                .create(UserProfileContext.USER_API, attributes, user);
        try {
            profile.validate();
        } catch (ValidationException e) {
            for (ValidationException.Error error : e.getErrors()) {
                for (MappedAttributes.Mapped m : mapped.all()) {
                    if (m.userAttribute().equals(error.getAttribute())) {
                        throw ScimException.badRequest(ScimType.INVALID_VALUE, "The value of " + m.scimPath()
                                + " is refused by the realm's user profile: attribute " + m.userAttribute()
                                + ", rule " + rule(error));
                    }
                }
            }
        }
    }

    /** The validator's message key and its parameters past the attribute name, such as {@code error-invalid-length (2, 8)}. */
    private static String rule(ValidationException.Error error) {
        Object[] parameters = error.getMessageParameters();
        String details = parameters == null || parameters.length <= 1 ? ""
                : Arrays.stream(parameters).skip(1).map(String::valueOf).collect(Collectors.joining(", ", " (", ")"));
        return error.getMessage() + details;
    }
}
