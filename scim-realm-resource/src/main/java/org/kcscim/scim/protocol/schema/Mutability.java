package org.kcscim.scim.protocol.schema;

/** Whether and when a client may change an attribute (RFC 7643 §7, "mutability"). */
public enum Mutability {
    READ_ONLY("readOnly"),
    READ_WRITE("readWrite"),
    IMMUTABLE("immutable"),
    WRITE_ONLY("writeOnly");

    private final String keyword;

    Mutability(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
