package org.kcscim.scim.protocol.error;

/**
 * A SCIM request that cannot be served, carrying what RFC 7644 §3.12 puts in the error body.
 * Thrown anywhere in the protocol or store layer and turned into a response at one place.
 */
public class ScimException extends RuntimeException {

    private final int status;
    private final ScimType scimType;

    public ScimException(int status, ScimType scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimException unauthorized() {
        // One message for every failure: which part of the credential was wrong is nobody's business.
        return new ScimException(401, null, "Authentication failed: a valid API key is required as bearer token");
    }

    public static ScimException notFound(String detail) {
        return new ScimException(404, null, detail);
    }

    public static ScimException notImplemented(String detail) {
        return new ScimException(501, null, detail);
    }

    public static ScimException badRequest(ScimType scimType, String detail) {
        return new ScimException(400, scimType, detail);
    }

    public int status() {
        return status;
    }

    /** The keyword, or null where RFC 7644 defines none for this error. */
    public ScimType scimType() {
        return scimType;
    }

    public String detail() {
        return getMessage();
    }
}
