package org.kcscim.scim.protocol.schema;

/** How unique a value must be (RFC 7643 §7, "uniqueness"). */
public enum Uniqueness {
    NONE("none"),
    SERVER("server"),
    GLOBAL("global");

    private final String keyword;

    Uniqueness(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
