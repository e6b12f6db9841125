package org.kcscim.config;

/**
 * What is kept of a configuration's API keys: hashes and times, never a key.
 *
 * @param previousHash the key replaced by the last rotation, accepted until {@code previousExpiresAt}
 */
public record StoredApiKey(String hash, long createdAt, String previousHash, long previousExpiresAt) {

    public static StoredApiKey first(ApiKey key, long now) {
        return new StoredApiKey(key.hash(), now, null, 0);
    }

    /** Evaluates both hashes whatever the outcome, so timing does not tell which key was close. */
    public boolean accepts(String presented, long now) {
        boolean current = ApiKey.matches(presented, hash);
        boolean previous = ApiKey.matches(presented, previousHash) && now < previousExpiresAt;
        return current | previous;
    }

    public StoredApiKey rotatedTo(ApiKey key, long now, long graceSeconds) {
        if (graceSeconds <= 0) {
            return new StoredApiKey(key.hash(), now, null, 0);
        }
        return new StoredApiKey(key.hash(), now, hash, now + graceSeconds * 1000);
    }

    /** Epoch milliseconds until which the previous key still works, or 0 when there is none left. */
    public long previousValidUntil(long now) {
        return previousHash != null && now < previousExpiresAt ? previousExpiresAt : 0;
    }
}
