package org.kcscim.scim.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Weak entity tags for {@code meta.version} (RFC 7644 §3.14). A tag is a digest of what the resource holds,
 * so any change, including one made in the admin console, yields a new tag without storing anything.
 */
public final class ResourceVersion {

    private ResourceVersion() {
    }

    public static String of(JsonNode content) {
        return "W/\"" + digest(content.toString()) + "\"";
    }

    /** True when an {@code If-Match} header value admits {@code version}: {@code *} or one of its tags. */
    public static boolean matches(String ifMatch, String version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || strong(tag).equals(strong(version))) {
                return true;
            }
        }
        return false;
    }

    /** Weak comparison (RFC 7232 §2.3.2): the {@code W/} prefix does not matter. */
    private static String strong(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
