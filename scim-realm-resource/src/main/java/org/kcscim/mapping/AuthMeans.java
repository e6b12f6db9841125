package org.kcscim.mapping;

import java.util.Optional;

/**
 * A way of signing in that a mapping allows: {@code local}, the home realm's own sign-in (password, OTP,
 * passkeys...), or {@code idp:<alias>}, sign-in through that identity provider of the home realm.
 *
 * @param identityProvider the alias, or null for {@code local}
 */
public record AuthMeans(String identityProvider) {

    public static final AuthMeans LOCAL = new AuthMeans(null);
    private static final String IDP_PREFIX = "idp:";

    public static Optional<AuthMeans> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals("local")) {
            return Optional.of(LOCAL);
        }
        if (text.startsWith(IDP_PREFIX) && text.length() > IDP_PREFIX.length()) {
            return Optional.of(new AuthMeans(text.substring(IDP_PREFIX.length())));
        }
        return Optional.empty();
    }

    public boolean isLocal() {
        return identityProvider == null;
    }

    @Override
    public String toString() {
        return isLocal() ? "local" : IDP_PREFIX + identityProvider;
    }
}
