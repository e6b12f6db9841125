package org.kcscim.enforcement;

/**
 * The details of the login error event that records a refused sign-in: written by the enforcement, read back
 * for a configuration's activity.
 */
public final class RefusalDetails {

    public static final String CONFIGURATION = "scim_configuration";
    public static final String CONFIGURATION_ID = "scim_configuration_id";
    public static final String ATTEMPTED_MEANS = "attempted_means";
    public static final String ALLOWED_MEANS = "allowed_means";
    public static final String REASON = "reason";
    /** Keycloak drops empty event details; the allowed means of a user in no mapped group. */
    public static final String NO_MEANS = "none";

    private RefusalDetails() {
    }
}
