package org.kcscim.config;

import java.util.Arrays;
import java.util.Optional;

/** What a SCIM DELETE of a user does in Keycloak. */
public enum UserDeleteAction {
    /** The Keycloak user is removed. */
    DELETE("delete"),
    /** The Keycloak user is kept, disabled and released by the configuration. */
    DISABLE("disable");

    private final String value;

    UserDeleteAction(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<UserDeleteAction> of(String value) {
        return Arrays.stream(values()).filter(action -> action.value.equals(value)).findFirst();
    }
}
