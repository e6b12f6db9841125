package org.kcscim.scim.store.query;

import org.keycloak.storage.jpa.JpaHashUtils;

/**
 * Keycloak's handling of user attribute values longer than 255 characters: {@code UserAttributeEntity} moves them
 * from {@code value} to {@code longValue} (a CLOB on some databases, which cannot be compared portably) and keeps
 * SHA-512 hashes of the value and of its lower-case form. An equality test on such a value compares hashes, as
 * Keycloak's own attribute search does; ordering and substring operators see only {@code value}, so long values
 * never match them.
 */
final class LongValues {

    /** Longer values are kept in {@code longValue}. */
    static final int THRESHOLD = 255;
    static final String HASH = "longValueHash";
    static final String HASH_LOWER_CASE = "longValueHashLowerCase";

    private LongValues() {
    }

    static boolean isLong(String value) {
        return value.length() > THRESHOLD;
    }

    /** The hash column to compare with {@link #hash}. */
    static String hashAttribute(boolean caseExact) {
        return caseExact ? HASH : HASH_LOWER_CASE;
    }

    static byte[] hash(String value, boolean caseExact) {
        return caseExact ? JpaHashUtils.hashForAttributeValue(value) : JpaHashUtils.hashForAttributeValueLowerCase(value);
    }
}
