package org.kcscim.enforcement;

/**
 * The provider ids of the extension's authenticators: the installer (here) places them into flows, the
 * mapping-authenticator module implements them.
 */
public final class EnforcementAuthenticators {

    /** Checks that a provisioned user signs in by a means one of their mappings allows. */
    public static final String MEANS_ENFORCER = "kcscim-means-enforcer";

    /** In a first broker login, recognises the provisioned user the identity provider vouches for. */
    public static final String PROVISIONED_USER_LINK = "kcscim-provisioned-user-link";

    private EnforcementAuthenticators() {
    }
}
