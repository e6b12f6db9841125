package org.kcscim.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An API key: the bearer token a directory presents. Only its hash is ever stored. Keys carry 256 random
 * bits, so a plain SHA-256 is enough: there is nothing to brute-force that a slow hash would protect.
 */
public final class ApiKey {

    /** Makes keys recognisable to secret scanners and to people reading a configuration screen. */
    public static final String PREFIX = "kcscim_";

    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    public static ApiKey generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiKey(PREFIX + BASE64URL.encodeToString(bytes));
    }

    /** The key in clear, to be shown once to the administrator. */
    public String value() {
        return value;
    }

    public String hash() {
        return hashOf(value);
    }

    /** The stored form of a presented key. */
    public static String hashOf(String presented) {
        return BASE64URL.encodeToString(sha256(presented));
    }

    /** Compares a presented key with a stored hash in time independent of where they differ. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null || storedHash.isEmpty()) {
            return false;
        }
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hashOf(presented).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        // Never let a key reach a log line by accident.
        return PREFIX + "…";
    }
}
