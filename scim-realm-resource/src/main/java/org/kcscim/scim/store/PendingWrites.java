package org.kcscim.scim.store;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Sends a request's pending writes to the database before its answer is decided. A unique constraint that a
 * concurrent request (on this node or another) got to first then fails inside the request, where it becomes a
 * SCIM 409, instead of at the commit that follows, where only a 500 is left.
 */
public final class PendingWrites {

    private PendingWrites() {
    }

    public static void flush(KeycloakSession session) {
        if (session.getTransactionManager().isActive()) {
            session.getProvider(JpaConnectionProvider.class).getEntityManager().flush();
        }
    }
}
