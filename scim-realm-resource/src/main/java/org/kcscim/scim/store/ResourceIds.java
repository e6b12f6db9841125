package org.kcscim.scim.store;

/**
 * What can be the id of a Keycloak user or group. An id from a URL or a body that cannot be one is answered as
 * "not found" without a query: PostgreSQL refuses a NUL character in a parameter outright, and Keycloak's id columns
 * hold at most 36 characters.
 */
public final class ResourceIds {

    private static final int MAX_LENGTH = 36;

    private ResourceIds() {
    }

    public static boolean isPlausible(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
