package org.kcscim.scim.store;

/** Absolute resource locations under one SCIM service root, for {@code meta.location} and {@code $ref}. */
public record ScimUrls(String baseUrl) {

    public String user(String id) {
        return baseUrl + "/Users/" + id;
    }

    public String group(String id) {
        return baseUrl + "/Groups/" + id;
    }
}
