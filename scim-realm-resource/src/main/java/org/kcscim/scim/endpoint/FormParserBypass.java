package org.kcscim.scim.endpoint;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

import java.util.Locale;

/**
 * Keeps Keycloak's form parser away from SCIM bodies. Keycloak parses the body of every POST, PUT and PATCH whose
 * {@code Content-Type} says it is a form or multipart before the endpoint runs, and a body that is not what it
 * claims (JSON sent as {@code multipart/form-data}) fails there as a 500. SCIM reads no forms: marking the form as
 * already read (and empty) lets the request reach the endpoint, which answers 415.
 * <p>
 * This reaches into Quarkus REST's request context, the one place the extension does; if a Keycloak version moves
 * it, the bypass turns itself off and such a request is answered as Keycloak answers it.
 */
final class FormParserBypass {

    private static final Logger LOG = Logger.getLogger(FormParserBypass.class);
    private static volatile boolean available = true;

    private FormParserBypass() {
    }

    static void apply(String method, String contentType) {
        if (!available || contentType == null || !ScimRequestBody.isSentWith(method) || !isForm(contentType)) {
            return;
        }
        try {
            ResteasyReactiveRequestContext context = CurrentRequestManager.get();
            if (context != null && context.getFormData() == null) {
                context.setFormData(new FormData(0));
            }
        } catch (LinkageError e) {
            available = false;
            LOG.warn("Keycloak's HTTP layer changed: form bodies sent to SCIM are parsed by Keycloak again", e);
        }
    }

    private static boolean isForm(String contentType) {
        String type = contentType.trim().toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
    }
}
