package org.kcscim.authenticator;

import org.kcscim.mapping.AuthMeans;
import org.kcscim.mapping.Mapping;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decides whether a provisioned user may sign in by a means: the allowed means are the union over the
 * mappings whose groups contain the user, and a user in no mapped group may not sign in at all.
 */
final class SignInPolicy {

    static final String MEANS_NOT_ALLOWED = "means_not_allowed";
    static final String NO_MAPPING = "no_mapping";

    /**
     * @param allowedMeans every means the user's mappings allow, as text, sorted
     * @param reason       why the sign-in is refused; null when it is allowed
     */
    record Verdict(AuthMeans attempted, SortedSet<String> allowedMeans, String reason) {

        boolean allowed() {
            return reason == null;
        }
    }

    private SignInPolicy() {
    }

    /** @param mappings the mappings whose groups contain the user */
    static Verdict decide(AuthMeans attempted, Collection<Mapping> mappings) {
        SortedSet<String> allowed = new TreeSet<>();
        mappings.forEach(mapping -> mapping.settings().means().forEach(means -> allowed.add(means.toString())));
        String reason = mappings.isEmpty() ? NO_MAPPING
                : allowed.contains(attempted.toString()) ? null : MEANS_NOT_ALLOWED;
        return new Verdict(attempted, allowed, reason);
    }
}
