package org.kcscim.scim.protocol.schema;

/** When an attribute appears in a response (RFC 7643 §7, "returned"). */
public enum Returned {
    ALWAYS("always"),
    NEVER("never"),
    DEFAULT("default"),
    REQUEST("request");

    private final String keyword;

    Returned(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
