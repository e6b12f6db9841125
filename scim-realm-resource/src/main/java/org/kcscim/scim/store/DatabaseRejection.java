package org.kcscim.scim.store;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.keycloak.models.ModelDuplicateException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The SCIM answer to a write the database refused for a reason the client can act on: a unique value that a
 * concurrent request (on this node or another) took first, or a value the database cannot store, such as a
 * character outside Unicode's Basic Multilingual Plane in the 3-byte utf8 columns Keycloak creates on MariaDB.
 * Any other failure is the server's, and stays a 500.
 */
public final class DatabaseRejection {

    /** SQL's class of "data exception" states: a value that does not fit its column. */
    private static final String DATA_EXCEPTION = "22";

    private DatabaseRejection() {
    }

    public static Optional<ScimException> of(RuntimeException failure) {
        if (failure instanceof ModelDuplicateException) {
            return Optional.of(new ScimException(409, ScimType.UNIQUENESS,
                    "A concurrent request created or changed a resource with the same unique value"));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(DATA_EXCEPTION)) {
                // The database's own text names its schema and columns: the client gets the gist only
                return Optional.of(ScimException.badRequest(ScimType.INVALID_VALUE,
                        "A value cannot be stored by this server's database (for example a character it cannot"
                                + " represent, or a value too long for it)"));
            }
        }
        return Optional.empty();
    }
}
